#pragma once

#include "CredentialSource.h"
#include "HostKeyVerifier.h"
#include "SshTarget.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <atomic>
#include <chrono>
#include <memory>

// One connected, host-key-verified and authenticated libssh session (blocking mode, bounded by the connect
// timeout). The TCP connection is TcpConnect's (every resolved address, IPv6 and IPv4 interleaved) unless a
// ProxyCommand makes it. Auth order: the asset's identity file → ssh-agent (SSH_AUTH_SOCK), then the
// IdentityFile keys of ~/.ssh/config and the default ~/.ssh/id_* keys → the password the CredentialSource
// (the OS keychain in the console) keeps under SshTarget::passwordAccount(), only when the server offers
// password login. Keys with a passphrase are skipped (nobody is asked); the password is never logged or
// stored anywhere else.
class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    struct Options
    {
        std::chrono::milliseconds connectTimeout{std::chrono::seconds(30)};
        HostKeyVerifier *verifier = nullptr;                 // required; not owned
        std::shared_ptr<const CredentialSource> credentials; // none: no password login
        QString configPath;                                  // ~/.ssh/config when empty
        // When set, connecting stops soon after it turns true (TcpConnect::CancelSlice), error code
        // TcpConnect::CanceledCode; the login that follows is bounded by the connect timeout only.
        const std::atomic_bool *cancel = nullptr;
    };

    // Error codes besides the host-key ones (HostKeyVerifier).
    static constexpr const char *ConnectFailedCode = "ssh-connect-failed";
    static constexpr const char *AuthFailedCode = "ssh-auth-failed";

    static Result<std::unique_ptr<SshSession>> open(const SshTarget &target, const Options &options);
    // Connects and returns the key the server offers, without verifying or logging in (`asset trust`).
    static Result<HostKeyInfo> fetchHostKey(const SshTarget &target, const Options &options);

    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    ssh_session handle() const { return m_session; }
    bool isConnected() const;
    QString lastError() const;
    const SshTarget &target() const { return m_target; }
    // The host key the server proved at connect and the verifier trusted (open()).
    const HostKeyInfo &hostKey() const { return m_hostKey; }
    // Whether this session logged in with a password, and whether `secret` is that password. Only a keyed
    // digest is kept (HMAC-SHA-256 under a key drawn once per process), never the password itself; Qt has
    // the primitives, so this is no own crypto.
    bool loggedInWithPassword() const { return !m_passwordDigest.isEmpty(); }
    bool loggedInWith(const QString &secret) const;

private:
    enum class Handshake
    {
        Done,
        Failed,
        TimedOut,
        Canceled
    };

    explicit SshSession(const SshTarget &target);
    Status connect(const Options &options);
    // ssh_connect's banner and key exchange, stopped when `cancel` turns true or the connect timeout passes.
    Handshake handshakeUnlessCanceled(const std::atomic_bool &cancel, const Options &options,
                                      const QElapsedTimer &clock);
    Result<HostKeyInfo> serverHostKey() const;
    Status authenticate(const Options &options);
    // One password attempt when the server offers it; what was tried goes into `tried`. Returns libssh's rc.
    int tryPassword(const CredentialSource &credentials, QStringList *tried);

    SshTarget m_target;
    ssh_session m_session = nullptr;
    ssh_callbacks_struct m_callbacks{};
    bool m_ownSocket = false; // the TCP socket came from TcpConnect
    HostKeyInfo m_hostKey;
    QByteArray m_passwordDigest; // empty: no password login
};
