#pragma once

#include "HttpConnection.h"
#include "WinRmTarget.h"

#include "domain/Result.h"

#include <QCoreApplication>

#include <memory>

// How one WinRM request travels on a connection with a login method: the SOAP envelope in, the server's HTTP
// response (its body plain again) out. The connection-based methods (NTLM) run their handshake when
// `freshConnection` says the connection is new; the per-request ones (Basic, client certificate) only add
// their Authorization header. A 401 is returned as a response: WinRmTransport turns it into an Error.
//
// An authenticator holds the password it was made with; it never logs it or puts it in an Error.
class WinRmAuthenticator
{
public:
    static constexpr const char *Path = "/wsman";
    static constexpr const char *SoapContentType = "application/soap+xml;charset=UTF-8";

    virtual ~WinRmAuthenticator() = default;
    virtual Result<HttpResponse> send(HttpConnection &connection, bool freshConnection,
                                      const QByteArray &envelope, const QDeadlineTimer &deadline,
                                      const std::atomic_bool *cancel) = 0;

    // The headers every WinRM request carries besides Authorization.
    static QList<HttpHeader> commonHeaders();
};

// Basic (`Authorization: Basic base64(user:password)`, UTF-8) or a client certificate (`Authorization:
// http://schemas.dmtf.org/wbem/wsman/1/wsman/secprofile/https/mutual`, the certificate itself is in the TLS
// handshake): the same header on every request.
class HeaderAuthenticator : public WinRmAuthenticator
{
public:
    static constexpr const char *MutualCertificateProfile =
        "http://schemas.dmtf.org/wbem/wsman/1/wsman/secprofile/https/mutual";

    static std::unique_ptr<HeaderAuthenticator> basic(const QString &user, const QString &password);
    static std::unique_ptr<HeaderAuthenticator> clientCertificate();
    ~HeaderAuthenticator() override;

    Result<HttpResponse> send(HttpConnection &connection, bool freshConnection, const QByteArray &envelope,
                              const QDeadlineTimer &deadline, const std::atomic_bool *cancel) override;

private:
    explicit HeaderAuthenticator(QByteArray authorization);
    QByteArray m_authorization;
};
