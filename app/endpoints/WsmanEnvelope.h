#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <chrono>
#include <functional>

class QXmlStreamWriter;

// The header values every request of one WinRM session carries.
struct WsmanHeaderValues
{
    QString url; // wsa:To, the endpoint, e.g. https://host:5986/wsman
    // Source of the wsa:MessageID of each request; a fixed sequence in tests.
    std::function<QUuid()> newMessageId = [] {
        return QUuid::createUuid();
    };
    // bytes; 153600 (150 KiB) is what pypsrp sends first; the host's MaxEnvelopeSizekb may allow more
    int maxEnvelopeSize = 153600;
    std::chrono::seconds operationTimeout{20}; // how long the server may hold a Receive before w:TimedOut
    QUuid sessionId;                           // p:SessionId, omitted when null
    QString locale = QStringLiteral("en-US");  // w:Locale and p:DataLocale
};

// What a new shell gets (WinRS options of MS-WSMV 2.2.4.31).
struct ShellOptions
{
    bool noProfile = true; // WINRS_NOPROFILE TRUE: do not load the user's profile
    int codePage = 65001;  // WINRS_CODEPAGE: the console code page of the shell's output (UTF-8); 0 omits it
    QStringList environment{}; // NAME=value, as Command::environment: rsp:Environment/rsp:Variable
};

// How a command is started (MS-WSMV 2.2.4.7).
struct CommandOptions
{
    bool consoleModeStdin = true; // WINRS_CONSOLEMODE_STDIN TRUE, omitted when false
    // WINRS_SKIP_CMD_SHELL: FALSE runs the command line through `cmd.exe /c` (the program is found on PATH),
    // and then WindowsCommandLine refuses cmd.exe's metacharacters in every argument.
    bool skipCmdShell = false;
};

enum class WsmanSignal
{
    Terminate, // .../signal/terminate: stop the command
    CtrlC,     // .../signal/ctrl_c
};

// One request: the SOAP envelope and its wsa:MessageID (the response's wsa:RelatesTo).
struct WsmanRequest
{
    QString messageId; // "uuid:…"
    QByteArray xml;    // UTF-8
};

// Builds the SOAP 1.2 requests of the WS-Management shell protocol as Windows accepts them (the header, its
// order and mustUnderstand flags as in the requests pypsrp sent to real Windows servers, see
// tests/fixtures/winrm/pypsrp-recordings). Every value is written by QXmlStreamWriter, which escapes it; text
// that XML 1.0 cannot carry at all (control characters, lone surrogates) is refused. Pure: no network.
class WsmanEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(WsmanEnvelope)

public:
    explicit WsmanEnvelope(WsmanHeaderValues header);

    const WsmanHeaderValues &header() const { return m_header; }

    // Create a cmd shell with stdin and stdout/stderr. An Error for an invalid environment entry.
    Result<WsmanRequest> createShell(const ShellOptions &options = {}) const;
    // Start `program` with `arguments` in the shell: rsp:Command is the program and each rsp:Arguments one
    // argument, quoted by WindowsCommandLine (Windows joins them with spaces into the command line).
    Result<WsmanRequest> command(const QString &shellId, const QString &program, const QStringList &arguments,
                                 const CommandOptions &options = {}) const;
    // Bytes for the command's stdin (base64); `end` closes it.
    WsmanRequest send(const QString &shellId, const QString &commandId, const QByteArray &bytes,
                      bool end) const;
    // Ask for the command's stdout and stderr (and, once it is done, its exit code).
    WsmanRequest receive(const QString &shellId, const QString &commandId) const;
    WsmanRequest signal(const QString &shellId, const QString &commandId, WsmanSignal signal) const;
    WsmanRequest deleteShell(const QString &shellId) const;

    // The most stdin bytes one send() may carry so that its envelope stays within maxEnvelopeSize.
    qsizetype maxSendChunk() const;

    // The first character XML 1.0 cannot carry (a control character other than tab, CR, LF; a lone
    // surrogate; U+FFFE/U+FFFF), or -1 when every character can be written.
    static qsizetype unwritableCharacter(const QString &text);

private:
    struct Option
    {
        QString name;
        QString value;
        bool mustComply = false;
    };
    void writeHeader(QXmlStreamWriter &xml, const QString &messageId, QLatin1String action,
                     const QString &shellId, const QList<Option> &options) const;
    WsmanRequest request(QLatin1String action, const QString &shellId, const QList<Option> &options,
                         const std::function<void(QXmlStreamWriter &)> &body) const;

    WsmanHeaderValues m_header;
};
