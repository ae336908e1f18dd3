#pragma once

#include "NtlmClient.h"
#include "WinRmAuthenticator.h"

#include <QCoreApplication>

#include <memory>

// NTLM inside HTTP Negotiate, as WinRM takes it (MS-WSMV 2.2.9.1): on each new connection
// `Authorization: Negotiate <NEGOTIATE>` (empty body) → 401 `WWW-Authenticate: Negotiate <CHALLENGE>` →
// `Authorization: Negotiate <AUTHENTICATE>`; the connection is then authenticated and no further
// Authorization header is sent on it. Over HTTPS the AUTHENTICATE message carries the first envelope and the
// TLS channel binding (ChannelBinding of the server's certificate); over HTTP it goes with an empty body and
// every envelope after it is sealed (WinRmEncryptedBody), as Windows requires with AllowUnencrypted=false.
// A certificate whose channel binding RFC 5929 cannot name (ChannelBinding refuses e.g. Ed25519) is bound
// with no hash: servers with CbtHardeningLevel Strict then refuse the login (401, credentials refused);
// Relaxed (Windows' default) accepts it. After any unseal error the connection is dropped: its sequence is
// lost.
class NtlmAuthenticator : public WinRmAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(NtlmAuthenticator)

public:
    NtlmAuthenticator(WinRmTarget target, QString password);
    ~NtlmAuthenticator() override;

    Result<HttpResponse> send(HttpConnection &connection, bool freshConnection, const QByteArray &envelope,
                              const QDeadlineTimer &deadline, const std::atomic_bool *cancel) override;

private:
    // The three-message exchange; over HTTPS its last message carries `envelope` and its answer is returned.
    Result<HttpResponse> authenticate(HttpConnection &connection, const QByteArray &envelope,
                                      const QDeadlineTimer &deadline, const std::atomic_bool *cancel);
    Result<HttpResponse> sendSealed(HttpConnection &connection, const QByteArray &envelope,
                                    const QDeadlineTimer &deadline, const std::atomic_bool *cancel);

    WinRmTarget m_target;
    QString m_password;
    std::unique_ptr<NtlmClient> m_client; // of the current connection
};
