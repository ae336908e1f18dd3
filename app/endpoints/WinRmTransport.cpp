#include "WinRmTransport.h"

#include "CertificateFingerprint.h"
#include "NtlmAuthenticator.h"
#include "TlsServerTrust.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWinRm, "patchwright.winrm", QtWarningMsg)

WinRmTransport::WinRmTransport(WinRmTarget target, std::shared_ptr<const CredentialSource> credentials,
                               HostKeyVerifier *verifier, qint64 bodyCap)
    : m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , m_verifier(verifier)
    , m_bodyCap(bodyCap)
{
}

WinRmTransport::~WinRmTransport() = default;

void WinRmTransport::close()
{
    if (m_connection)
        m_connection->close();
}

bool WinRmTransport::isOpen()
{
    return m_connection && m_connection->isOpen();
}

int WinRmTransport::connectionsOpened() const
{
    return m_connection ? m_connection->connectionsOpened() : 0;
}

Status WinRmTransport::ensureAuthenticator()
{
    if (m_authenticator)
        return {};
    if (m_target.auth == WinRmAuth::Certificate) {
        m_authenticator = HeaderAuthenticator::clientCertificate();
        return {};
    }
    const QString account = m_target.passwordAccount();
    if (!m_credentials)
        return Error{tr("No password source to log in to %1 with.").arg(m_target.describe()),
                     tr("Store the password in the keychain under \"%1\".").arg(account),
                     QString::fromLatin1(PasswordMissingCode)};
    const CredentialLookup lookup = m_credentials->password(account);
    switch (lookup.outcome) {
    case CredentialLookup::Outcome::Unavailable:
        return Error{tr("The keychain did not answer for the password of %1: %2")
                         .arg(m_target.describe(), lookup.problem),
                     tr("Unlock the keychain (or start its service) and try again."),
                     QString::fromLatin1(KeychainUnavailableCode)};
    case CredentialLookup::Outcome::NotFound:
        return Error{tr("There is no password for %1 in the keychain.").arg(m_target.describe()),
                     tr("Store it in the keychain under \"%1\".").arg(account),
                     QString::fromLatin1(PasswordMissingCode)};
    case CredentialLookup::Outcome::Found:
        break;
    }
    switch (m_target.auth) {
    case WinRmAuth::Basic:
        m_authenticator = HeaderAuthenticator::basic(m_target.user, lookup.secret);
        return {};
    case WinRmAuth::Ntlm:
    case WinRmAuth::Negotiate: // Windows' Negotiate takes raw NTLM tokens; Kerberos is not offered
        m_authenticator = std::make_unique<NtlmAuthenticator>(m_target, lookup.secret);
        return {};
    case WinRmAuth::Certificate:
        break;
    }
    return {};
}

Result<HttpResponse> WinRmTransport::post(const QByteArray &envelope, const QDeadlineTimer &connectDeadline,
                                          const QDeadlineTimer &deadline, const std::atomic_bool *cancel,
                                          Reconnect reconnect)
{
    auto answered = sendOnce(envelope, connectDeadline, deadline, cancel, reconnect);
    if (!answered && answered.error().code == QLatin1String(HttpConnection::StaleConnectionCode) &&
        reconnect == Reconnect::Allowed) {
        qCDebug(lcWinRm) << "kept connection to" << m_target.describe() << "was closed; reconnecting";
        answered = sendOnce(envelope, connectDeadline, deadline, cancel, reconnect);
    }
    if (!answered)
        return answered;
    const HttpResponse &response = answered.value();
    if (response.status == 200 || (response.status == 500 && !response.body.isEmpty()))
        return answered;
    return statusError(response);
}

Result<HttpResponse> WinRmTransport::sendOnce(const QByteArray &envelope,
                                              const QDeadlineTimer &connectDeadline,
                                              const QDeadlineTimer &deadline, const std::atomic_bool *cancel,
                                              Reconnect reconnect)
{
    if (Status valid = m_target.validate(); !valid)
        return valid.error();
    if (Status ready = ensureAuthenticator(); !ready)
        return ready.error();
    if (!m_connection) {
        auto tls = TlsServerTrust::configurationFor(m_target);
        if (!tls)
            return tls.error();
        HttpConnection::Options options;
        options.host = m_target.host;
        options.port = m_target.effectivePort();
        options.tls = m_target.https;
        options.tlsConfiguration = tls.value();
        options.checkPeer = TlsServerTrust::peerCheck(m_target, m_verifier);
        options.bodyCap = m_bodyCap;
        m_connection = std::make_unique<HttpConnection>(std::move(options));
    }
    bool fresh = false;
    if (!m_connection->isOpen()) {
        if (reconnect == Reconnect::Never)
            return Error{tr("The connection to %1 was closed.").arg(m_target.describe()),
                         {},
                         QString::fromLatin1(HttpConnection::ConnectionLostCode)};
        const QDeadlineTimer openBy = std::min(connectDeadline, deadline);
        if (Status opened = m_connection->open(openBy, cancel); !opened)
            return opened.error();
        fresh = true;
    }
    return m_authenticator->send(*m_connection, fresh, envelope, deadline, cancel);
}

Error WinRmTransport::statusError(const HttpResponse &response) const
{
    const QString code = QStringLiteral("http-%1").arg(response.status);
    if (response.status == 401)
        return Error{
            tr("%1 refused the credentials (HTTP 401, %2 authentication).")
                .arg(m_target.describe(), storedText(m_target.auth)),
            m_target.auth == WinRmAuth::Certificate
                ? tr("Check that the client certificate is mapped to a local account on the host "
                     "(winrm create winrm/config/service/certmapping …) and that Certificate "
                     "authentication is enabled on the service.")
                : tr("Check the user name and the password stored in the keychain under \"%1\", that "
                     "the account is in Administrators or Remote Management Users on the host, and "
                     "that %2 authentication is enabled (winrm get winrm/config/service/auth).")
                      .arg(m_target.passwordAccount(), storedText(m_target.auth)),
            QString::fromLatin1(CredentialsRefusedCode)};
    if (response.status == 413)
        return Error{tr("%1 refused a request as larger than its MaxEnvelopeSize (HTTP 413).")
                         .arg(m_target.describe()),
                     tr("Raise it on the host: winrm set winrm/config @{MaxEnvelopeSizekb=\"500\"}"), code};
    const QString text = QString::fromUtf8(response.body.left(300)).simplified();
    // %3 is the server's reason phrase ("Not Found"), %4 the start of the body it sent, both as sent.
    const QString reason = QString::fromLatin1(response.reason);
    return Error{
        (text.isEmpty()
             ? tr("%1 answered HTTP %2 %3.").arg(m_target.describe()).arg(response.status).arg(reason)
             : tr("%1 answered HTTP %2 %3: %4")
                   .arg(m_target.describe())
                   .arg(response.status)
                   .arg(reason, text)),
        response.status == 415 || response.status == 404
            ? tr("Check that the address and port are a WinRM listener (path /wsman).")
            : QString(),
        code};
}

Result<TlsCertificateInfo> WinRmTransport::fetchCertificate(const WinRmTarget &target,
                                                            const QDeadlineTimer &deadline,
                                                            const std::atomic_bool *cancel)
{
    if (!target.https)
        return Error{
            tr("%1 is reached over plain HTTP: there is no certificate to show.").arg(target.describe())};
    WinRmTarget plain = target;
    plain.auth = WinRmAuth::Ntlm; // no client certificate is presented just to look at the server's
    auto tls = TlsServerTrust::configurationFor(plain);
    if (!tls)
        return tls.error();
    TlsCertificateInfo info;
    info.host = target.host;
    info.port = target.effectivePort();
    info.verifiedAgainst = target.caFile.isEmpty() ? tr("the system's CAs") : target.caFile;
    HttpConnection::Options options;
    options.host = target.host;
    options.port = target.effectivePort();
    options.tls = true;
    options.tlsConfiguration = tls.value();
    options.checkPeer = [&info](const QList<QSslCertificate> &chain, const QList<QSslError> &errors) {
        info.chain = chain;
        for (const QSslError &error : errors) {
            if (!info.problems.contains(error.errorString()))
                info.problems << error.errorString();
        }
        return Status(); // only looking
    };
    HttpConnection connection(std::move(options));
    if (Status opened = connection.open(deadline, cancel); !opened)
        return opened.error();
    connection.close();
    if (info.chain.isEmpty())
        return Error{tr("%1 presented no certificate.").arg(target.describe()),
                     {},
                     QString::fromLatin1(HttpConnection::TlsFailedCode)};
    const QSslCertificate &leaf = info.chain.first();
    info.fingerprint = CertificateFingerprint::of(leaf);
    info.subject = leaf.subjectDisplayName();
    info.issuer = leaf.issuerDisplayName();
    info.notBefore = leaf.effectiveDate().toUTC();
    info.notAfter = leaf.expiryDate().toUTC();
    const auto names = leaf.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        info.alternativeNames << (it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:")
                                  : it.key() == QSsl::DnsEntry     ? QStringLiteral("DNS:")
                                                                   : QStringLiteral("email:")) +
                                     it.value();
    info.verified = info.problems.isEmpty();
    return info;
}
