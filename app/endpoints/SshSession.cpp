#include "SshSession.h"

#include "TcpConnect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QThread>

#ifdef Q_OS_UNIX
#include <poll.h>
#endif

Q_LOGGING_CATEGORY(lcSsh, "patchwright.ssh", QtWarningMsg)

namespace {

// Never prompt for a key's passphrase: there is nobody to answer on a worker thread.
int refusePrompt(const char *, char *, size_t, int, int, void *)
{
    return -1;
}

struct KeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyFree>;

// Host key algorithms to ask for, the types already trusted for this host first (as OpenSSH orders them),
// so a server with several host keys keeps showing the one that was accepted.
QString hostKeyAlgorithms(const QStringList &knownTypes)
{
    static const QStringList defaults{
        QStringLiteral("ssh-ed25519"),         QStringLiteral("ecdsa-sha2-nistp521"),
        QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp256"),
        QStringLiteral("rsa-sha2-512"),        QStringLiteral("rsa-sha2-256")};
    QStringList ordered;
    for (const QString &type : knownTypes) {
        if (type == QLatin1String("ssh-rsa"))
            ordered << QStringLiteral("rsa-sha2-512") << QStringLiteral("rsa-sha2-256");
        else if (defaults.contains(type))
            ordered << type;
    }
    for (const QString &algorithm : defaults) {
        if (!ordered.contains(algorithm))
            ordered << algorithm;
    }
    return ordered.join(QLatin1Char(','));
}

// The password digest's key: random, drawn once per process, never stored.
const QByteArray &digestKey()
{
    static const QByteArray key = [] {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / int(sizeof(quint32)));
        return bytes;
    }();
    return key;
}

QByteArray passwordDigest(const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(secret, digestKey(), QCryptographicHash::Sha256);
}

} // namespace

SshSession::SshSession(const SshTarget &target)
    : m_target(target)
    , m_session(ssh_new())
{
}

SshSession::~SshSession()
{
    if (!m_session)
        return;
    // libssh 0.10 does not close a socket it was given (SSH_OPTIONS_FD) on disconnect, but may on a
    // failed connect. Forgetting the option makes its own close run, exactly once, whichever happened.
    if (m_ownSocket) {
        socket_t none = SSH_INVALID_SOCKET;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &none);
    }
    ssh_disconnect(m_session);
    ssh_free(m_session);
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session) != 0;
}

bool SshSession::loggedInWith(const QString &secret) const
{
    QByteArray bytes = secret.toUtf8();
    const bool same = loggedInWithPassword() && passwordDigest(bytes) == m_passwordDigest;
    bytes.fill('\0');
    return same;
}

QString SshSession::lastError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

Status SshSession::connect(const Options &options)
{
    if (!m_session)
        return Error{tr("libssh could not create a session."), {}, QString::fromLatin1(ConnectFailedCode)};
    ssh_session s = m_session;
    const QByteArray alias = m_target.alias.toUtf8();
    ssh_options_set(s, SSH_OPTIONS_HOST, alias.constData());
    // The same ~/.ssh/config the target was resolved with (its IdentityFile list, ciphers ...), then what
    // the target says explicitly on top; libssh must not parse it again at connect.
    const QString configPath =
        options.configPath.isEmpty() ? SshConfig::defaultConfigPath() : options.configPath;
    if (QFile::exists(configPath)) {
        const QByteArray file = QFile::encodeName(configPath);
        ssh_options_parse_config(s, file.constData());
    }
    bool no = false;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const unsigned int port = unsigned(m_target.port);
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    if (!m_target.proxyCommand.isEmpty()) {
        const QByteArray proxy = m_target.proxyCommand.toUtf8();
        ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, proxy.constData());
    }
    // Trust comes from the console's own table only: keep libssh away from ~/.ssh/known_hosts.
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (options.verifier) {
        const QByteArray algorithms =
            hostKeyAlgorithms(options.verifier->knownKeyTypes(m_target.host, m_target.port)).toLatin1();
        ssh_options_set(s, SSH_OPTIONS_HOSTKEYS, algorithms.constData());
    }
    // One deadline for the whole attempt: the TCP connection (every address), then the banner and the key
    // exchange get what is left.
    QElapsedTimer clock;
    clock.start();
    if (m_target.proxyCommand.isEmpty()) {
        const auto connected = TcpConnect::open(m_target.host, m_target.port, options.connectTimeout,
                                                TcpConnect::HeadStart, options.cancel);
        if (!connected && connected.error().code == QLatin1String(TcpConnect::CanceledCode))
            return connected.error();
        if (!connected)
            return Error{tr("Cannot connect to %1: %2").arg(m_target.describe(), connected.error().message),
                         tr("Check that the host is up, that sshd listens on port %1, and that no firewall "
                            "is in the way.")
                             .arg(m_target.port),
                         QString::fromLatin1(ConnectFailedCode)};
        // libssh owns the socket from here; teardown() lets it close it.
        socket_t fd = socket_t(connected.value().socket);
        ssh_options_set(s, SSH_OPTIONS_FD, &fd);
        m_ownSocket = true;
    }
    const long long timeoutMs = std::max<long long>(1, options.connectTimeout.count() - clock.elapsed());
    const long seconds = long(timeoutMs / 1000);
    const long microseconds = long((timeoutMs % 1000) * 1000);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &microseconds);

    m_callbacks.userdata = this;
    m_callbacks.auth_function = &refusePrompt;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_callbacks(s, &m_callbacks);

    const Handshake handshake = options.cancel ? handshakeUnlessCanceled(*options.cancel, options, clock)
                                : ssh_connect(s) == SSH_OK ? Handshake::Done
                                                           : Handshake::Failed;
    if (handshake == Handshake::Canceled)
        return Error{tr("Canceled while connecting to %1.").arg(m_target.describe()),
                     {},
                     QString::fromLatin1(TcpConnect::CanceledCode)};
    if (handshake != Handshake::Done) {
        const QString reason =
            handshake == Handshake::TimedOut ? tr("no answer within the connect timeout") : lastError();
        return Error{tr("Cannot connect to %1: %2").arg(m_target.describe(), reason),
                     tr("Check that the host is up, that sshd listens on port %1, and that no firewall "
                        "is in the way.")
                         .arg(m_target.port),
                     QString::fromLatin1(ConnectFailedCode)};
    }
    return {};
}

SshSession::Handshake SshSession::handshakeUnlessCanceled(const std::atomic_bool &cancel,
                                                          const Options &options, const QElapsedTimer &clock)
{
    // Non-blocking, so the wait for the banner and the key exchange can be cut short: libssh answers
    // SSH_AGAIN until it is done, and between two calls we wait for the server (at most a slice).
    ssh_set_blocking(m_session, 0);
    Handshake outcome = Handshake::Failed;
    for (;;) {
        const int rc = ssh_connect(m_session);
        if (rc != SSH_AGAIN) {
            outcome = rc == SSH_OK ? Handshake::Done : Handshake::Failed;
            break;
        }
        if (cancel.load()) {
            outcome = Handshake::Canceled;
            break;
        }
        const qint64 left = options.connectTimeout.count() - clock.elapsed();
        if (left <= 0) {
            outcome = Handshake::TimedOut;
            break;
        }
        const int waitMs = int(std::min<qint64>(left, TcpConnect::CancelSlice.count()));
#ifdef Q_OS_UNIX
        pollfd server{ssh_get_fd(m_session), POLLIN, 0}; // a negative fd: poll just waits
        ::poll(&server, 1, waitMs);
#else
        QThread::msleep(unsigned(std::min(waitMs, 10)));
#endif
    }
    ssh_set_blocking(m_session, 1);
    return outcome;
}

Result<HostKeyInfo> SshSession::serverHostKey() const
{
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(m_session, &raw) != SSH_OK || !raw)
        return Error{tr("%1 did not present a host key.").arg(m_target.describe()),
                     {},
                     QString::fromLatin1(ConnectFailedCode)};
    KeyPtr key(raw);
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return Error{tr("Cannot fingerprint the host key of %1.").arg(m_target.describe()),
                     {},
                     QString::fromLatin1(ConnectFailedCode)};
    char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    HostKeyInfo info;
    info.host = m_target.host;
    info.port = m_target.port;
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    info.fingerprint = QString::fromLatin1(fingerprint);
    ssh_string_free_char(fingerprint);
    return info;
}

Status SshSession::authenticate(const Options &options)
{
    ssh_session s = m_session;
    QStringList tried;
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return Error{tr("The connection to %1 failed during login: %2").arg(m_target.describe(), lastError()),
                     {},
                     QString::fromLatin1(ConnectFailedCode)};
    const int methods = ssh_userauth_list(s, nullptr);

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        for (const QString &path : m_target.identityFiles) {
            ssh_key raw = nullptr;
            const QByteArray file = QFile::encodeName(path);
            if (ssh_pki_import_privkey_file(file.constData(), nullptr, &refusePrompt, nullptr, &raw) !=
                SSH_OK) {
                tried << tr("identity file %1 (unreadable, not a private key, or protected by a passphrase)")
                             .arg(path);
                continue;
            }
            KeyPtr key(raw);
            rc = ssh_userauth_publickey(s, nullptr, key.get());
            if (rc == SSH_AUTH_SUCCESS)
                return {};
            if (rc == SSH_AUTH_ERROR)
                break;
            tried << tr("identity file %1 (refused)").arg(path);
        }
        if (rc != SSH_AUTH_ERROR) {
            rc = ssh_userauth_publickey_auto(s, nullptr, nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return {};
            tried
                << (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")
                        ? tr("the keys of ~/.ssh/config and ~/.ssh (no ssh-agent: SSH_AUTH_SOCK is not set)")
                        : tr("ssh-agent, then the keys of ~/.ssh/config and ~/.ssh"));
        }
    }
    if (rc != SSH_AUTH_ERROR && (methods & SSH_AUTH_METHOD_PASSWORD) && options.credentials) {
        rc = tryPassword(*options.credentials, &tried);
        if (rc == SSH_AUTH_SUCCESS)
            return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return Error{tr("The connection to %1 failed during login: %2").arg(m_target.describe(), lastError()),
                     {},
                     QString::fromLatin1(ConnectFailedCode)};
    QStringList offered;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        offered << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        offered << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        offered << QStringLiteral("keyboard-interactive");
    return Error{tr("%1 refused the login. Tried: %2. The server accepts: %3.")
                     .arg(m_target.describe(),
                          tried.isEmpty() ? tr("nothing it accepts") : tried.join(QStringLiteral("; ")),
                          offered.isEmpty() ? tr("nothing") : offered.join(QStringLiteral(", "))),
                 tr("Give the asset an identity file whose public key is in the account's "
                    "~/.ssh/authorized_keys, load the key into ssh-agent, or store the password in the "
                    "keychain under \"%1\".")
                     .arg(m_target.passwordAccount()),
                 QString::fromLatin1(AuthFailedCode)};
}

int SshSession::tryPassword(const CredentialSource &credentials, QStringList *tried)
{
    const CredentialLookup password = credentials.password(m_target.passwordAccount());
    switch (password.outcome) {
    case CredentialLookup::Outcome::Unavailable:
        *tried << tr("a password from the keychain (%1)").arg(password.problem);
        return SSH_AUTH_DENIED;
    case CredentialLookup::Outcome::NotFound:
        *tried << tr("a password (none in the keychain under \"%1\")").arg(m_target.passwordAccount());
        return SSH_AUTH_DENIED;
    case CredentialLookup::Outcome::Found:
        break;
    }
    QByteArray secret = password.secret.toUtf8();
    const int rc = ssh_userauth_password(m_session, nullptr, secret.constData());
    if (rc == SSH_AUTH_SUCCESS)
        m_passwordDigest = passwordDigest(secret);
    secret.fill('\0');
    if (rc != SSH_AUTH_SUCCESS && rc != SSH_AUTH_ERROR)
        *tried << tr("the password from the keychain (refused)");
    return rc;
}

Result<std::unique_ptr<SshSession>> SshSession::open(const SshTarget &target, const Options &options)
{
    if (!options.verifier)
        return Error{tr("No host key verifier: refusing to connect to %1 blindly.").arg(target.describe())};
    std::unique_ptr<SshSession> session(new SshSession(target));
    if (Status connected = session->connect(options); !connected)
        return connected.error();
    const auto key = session->serverHostKey();
    if (!key)
        return key.error();
    if (Status trusted = options.verifier->verify(key.value()); !trusted) {
        qCInfo(lcSsh) << "host key refused for" << target.describe() << trusted.error().code;
        return trusted.error();
    }
    session->m_hostKey = key.value();
    if (Status authenticated = session->authenticate(options); !authenticated)
        return authenticated.error();
    qCInfo(lcSsh) << "logged in to" << target.describe();
    return session;
}

Result<HostKeyInfo> SshSession::fetchHostKey(const SshTarget &target, const Options &options)
{
    SshSession session(target);
    if (Status connected = session.connect(options); !connected)
        return connected.error();
    return session.serverHostKey();
}
