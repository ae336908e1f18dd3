#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// A WS-Management fault (a SOAP 1.2 s:Fault, as WinRmResponse reads it) or a bare HTTP status that Windows
// answers instead of one (401, 413), and what the admin can do about it.
//
// Windows words a fault in three places: s:Reason/s:Text (the WS-Management layer), s:Detail/f:WSManFault
// with its numeric Code (an HRESULT or Win32 error) and f:Message (the shell plugin's text, sometimes inside
// f:ProviderFault), and w:FaultDetail (a DSP0226 detail URI). Subcodes are compared by namespace URI and
// local name, never by the prefix a server chose.
struct WsmanFault
{
    Q_DECLARE_TR_FUNCTIONS(WsmanFault)

public:
    enum class Kind
    {
        TimedOut,         // w:TimedOut: no output within OperationTimeout; Receive again
        Quota,            // w:QuotaLimit: too many shells, users or processes
        EnvelopeSize,     // w:EncodingLimit / MaxEnvelopeSize, or HTTP 413
        AccessDenied,     // w:AccessDenied, Win32 error 5, or HTTP 401
        InvalidSelectors, // w:InvalidSelectors: the shell or command no longer exists
        Other,
    };

    static constexpr quint32 TimedOutCode = 2150858793;         // 0x80338029
    static constexpr quint32 QuotaCode = 2150859173;            // 0x803381A5
    static constexpr quint32 EnvelopeSizeCode = 2150859025;     // 0x80338111
    static constexpr quint32 InvalidSelectorsCode = 2150858843; // 0x8033805B
    static constexpr quint32 AccessDeniedCode = 5;              // ERROR_ACCESS_DENIED

    QString code;    // s:Code/s:Value, local name: "Sender" or "Receiver"
    QString subcode; // s:Subcode/s:Value, local name: "TimedOut", "QuotaLimit" …
    // the subcode's namespace URI (WS-Management's, or WS-Addressing's for ActionNotSupported)
    QString subcodeNamespace;
    QString reason;                   // s:Reason/s:Text
    QString faultDetail;              // w:FaultDetail URI
    std::optional<quint32> wsmanCode; // f:WSManFault Code
    QString machine;                  // f:WSManFault Machine
    QString message;                  // f:Message text, including f:ProviderFault's
    int httpStatus = 0;               // the HTTP status it came with (500 for SOAP faults), 0 when unknown

    // A bare HTTP error without a SOAP body: 401 (credentials refused), 413 (envelope too large) or other.
    static WsmanFault fromHttpStatus(int status);

    Kind kind() const;
    bool isTimedOut() const { return kind() == Kind::TimedOut; }
    // The server's own words: f:Message, else s:Reason, trimmed and bounded.
    QString serverText() const;

    // An Error naming the host and the server's text, with a hint that says how to fix it and a code
    // ("winrm-timed-out", "winrm-quota", "winrm-envelope-size", "winrm-access-denied", "winrm-shell-expired",
    // "winrm-fault"). `keychainAccount` is the password's account (winrm-password:USER@HOST:PORT) if known.
    Error toError(const QString &host, const QString &keychainAccount = {}) const;
};
