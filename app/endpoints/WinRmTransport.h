#pragma once

#include "CredentialSource.h"
#include "HostKeyVerifier.h"
#include "HttpConnection.h"
#include "TlsCertificateInfo.h"
#include "WinRmAuthenticator.h"
#include "WinRmTarget.h"

#include <QCoreApplication>

#include <memory>

// Carries WinRM's SOAP envelopes to one target over one kept, authenticated connection (the asset's pool
// holds one WinRmTransport): it checks the target before anything is sent (WinRmTarget::validate), opens the
// connection with its TLS trust (TlsServerTrust), fetches the password from the CredentialSource under
// WinRmTarget::passwordAccount() when the method needs one, and sends each envelope through the target's
// WinRmAuthenticator. A new connection (authenticated again) is opened only when the caller allows it, and
// a request whose reused connection turned out closed before any answer is sent once more on a new one.
//
// Thread use: one request at a time, from one thread at a time.
class WinRmTransport
{
    Q_DECLARE_TR_FUNCTIONS(WinRmTransport)

public:
    static constexpr const char *CredentialsRefusedCode = "credentials-refused";
    static constexpr const char *PasswordMissingCode = "credentials-missing";
    static constexpr const char *KeychainUnavailableCode = "keychain-unavailable";

    enum class Reconnect
    {
        Allowed, // a new connection may be opened (and authenticated) for this request
        Never    // only the open connection may carry it (e.g. a request that belongs to its handshake)
    };

    // `verifier` decides on certificates that neither the pinned fingerprint nor a CA vouches for; it must
    // outlive the transport (may be null: such certificates are refused).
    WinRmTransport(WinRmTarget target, std::shared_ptr<const CredentialSource> credentials,
                   HostKeyVerifier *verifier, qint64 bodyCap = HttpConnection::DefaultBodyCap);
    ~WinRmTransport();

    // Sends the envelope and returns the server's answer with status 200 or 500 (a SOAP fault, for the
    // caller to read), body plain. An Error for everything else: the target refused before sending, the
    // connection, TLS or trust failing, 401 after authenticating (CredentialsRefusedCode, the hint naming
    // the keychain account), 413 and other statuses, the deadline or cancel (HttpConnection's codes).
    // `connectDeadline` bounds opening and authenticating a new connection, `deadline` the whole request.
    Result<HttpResponse> post(const QByteArray &envelope, const QDeadlineTimer &connectDeadline,
                              const QDeadlineTimer &deadline, const std::atomic_bool *cancel = nullptr,
                              Reconnect reconnect = Reconnect::Allowed);

    // Connects to an HTTPS target, finishes the TLS handshake and returns what its certificate says and
    // whether it verifies (against the CA file, else the system's CAs); sends no request and no credentials,
    // and trusts nothing (the pinned fingerprint is not consulted). For `asset trust` and the certificate
    // dialog.
    static Result<TlsCertificateInfo> fetchCertificate(const WinRmTarget &target,
                                                       const QDeadlineTimer &deadline,
                                                       const std::atomic_bool *cancel = nullptr);

    void close();
    bool isOpen();
    const WinRmTarget &target() const { return m_target; }
    // The largest response body read (HttpConnection::Options::bodyCap).
    qint64 bodyCap() const { return m_bodyCap; }
    // TCP connections opened so far; each was authenticated once.
    int connectionsOpened() const;

private:
    Status ensureAuthenticator();
    Result<HttpResponse> sendOnce(const QByteArray &envelope, const QDeadlineTimer &connectDeadline,
                                  const QDeadlineTimer &deadline, const std::atomic_bool *cancel,
                                  Reconnect reconnect);
    Error statusError(const HttpResponse &response) const;

    WinRmTarget m_target;
    std::shared_ptr<const CredentialSource> m_credentials;
    HostKeyVerifier *m_verifier;
    qint64 m_bodyCap;
    std::unique_ptr<HttpConnection> m_connection;
    std::unique_ptr<WinRmAuthenticator> m_authenticator;
};
