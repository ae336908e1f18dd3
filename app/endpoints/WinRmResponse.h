#pragma once

#include "domain/Result.h"
#include "WsmanFault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One rsp:Stream of a ReceiveResponse: a chunk of a command's stdout or stderr.
struct WinRmStream
{
    QString name; // "stdout" or "stderr"
    QString commandId;
    bool end = false; // the last chunk of this stream
    QByteArray data;  // decoded from base64
};

enum class WinRmCommandState
{
    Unknown, // no rsp:CommandState in the response
    Pending,
    Running,
    Done,
};

// A WinRM response envelope, read with QXmlStreamReader by namespace URI (never by prefix): the shell id of a
// CreateResponse, the command id of a CommandResponse, the streams, state and exit code of a ReceiveResponse,
// or the s:Fault of any. Refused with an Error: a body over the byte cap, malformed or truncated XML, any
// DOCTYPE (so no entity is ever declared or expanded), a root that is not a SOAP 1.2 envelope, an id that
// is not a GUID-like token, stream content that is not base64, an exit code that is not a number.
struct WinRmResponse
{
    Q_DECLARE_TR_FUNCTIONS(WinRmResponse)

public:
    QString action;             // wsa:Action
    QString relatesTo;          // wsa:RelatesTo: the request's MessageID
    QString shellId;            // rsp:ShellId, else the ShellId selector of x:ResourceCreated
    QString commandId;          // rsp:CommandId
    QList<WinRmStream> streams; // stdout and stderr chunks in document order; other stream names are skipped
    WinRmCommandState state = WinRmCommandState::Unknown;
    QString stateCommandId;      // rsp:CommandState's CommandId
    std::optional<int> exitCode; // rsp:ExitCode (a DWORD: 4294967295 reads as -1)
    std::optional<WsmanFault> fault;

    // `byteCap`: the largest body accepted (the transport has already stopped reading beyond it).
    static Result<WinRmResponse> parse(const QByteArray &body, qsizetype byteCap);

    // The chunks of one stream, concatenated.
    QByteArray output(const QString &streamName) const;
    bool isDone() const { return state == WinRmCommandState::Done; }
};
