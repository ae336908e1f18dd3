#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The pypsrp recordings of real Windows WinRM exchanges (tests/fixtures/winrm/pypsrp-recordings), read with
// yaml-cpp, and a canonical form of a SOAP envelope to compare ours with theirs.
struct RecordedExchange
{
    QByteArray request;
    QByteArray response; // empty when the message recorded a transport error instead
};

// The messages of one recording, e.g. "test_winrs_standard.yml"; empty (and a warning) when unreadable.
QList<RecordedExchange> loadWinRmRecording(const QString &fileName);

// One line per element, indented by depth: "{namespace}local [attr=value …] 'text'", attributes sorted, text
// trimmed. With maskIds, the texts of MessageID, SessionId, To, RelatesTo, ShellId, CommandId and the ShellId
// selector, and CommandId attributes, are "*" (as tests/support/winrm/winrm_double.py --replay compares).
// A line starting with "XML ERROR" when the document is malformed.
QString wsmanTree(const QByteArray &xml, bool maskIds = true);
