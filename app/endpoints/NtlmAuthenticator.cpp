#include "NtlmAuthenticator.h"

#include "ChannelBinding.h"
#include "WinRmEncryptedBody.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWinRm)

NtlmAuthenticator::NtlmAuthenticator(WinRmTarget target, QString password)
    : m_target(std::move(target))
    , m_password(std::move(password))
{
}

NtlmAuthenticator::~NtlmAuthenticator()
{
    m_password.fill(QChar(0));
}

Result<HttpResponse> NtlmAuthenticator::send(HttpConnection &connection, bool freshConnection,
                                             const QByteArray &envelope, const QDeadlineTimer &deadline,
                                             const std::atomic_bool *cancel)
{
    if (freshConnection || !m_client || !m_client->isAuthenticated()) {
        auto answered = authenticate(connection, envelope, deadline, cancel);
        if (!answered || m_target.https || answered.value().status == 401)
            return answered;
    }
    if (m_target.https) {
        return connection.post(Path, commonHeaders(), envelope, deadline, cancel);
    }
    return sendSealed(connection, envelope, deadline, cancel);
}

Result<HttpResponse> NtlmAuthenticator::authenticate(HttpConnection &connection, const QByteArray &envelope,
                                                     const QDeadlineTimer &deadline,
                                                     const std::atomic_bool *cancel)
{
    QByteArray binding;
    if (m_target.https) {
        auto hash = ChannelBinding::tlsServerEndPoint(connection.peerCertificate());
        if (hash)
            binding = hash.value();
        else
            qCWarning(lcWinRm) << "no channel binding for" << m_target.describe() << ":"
                               << hash.error().message;
    }
    m_client = std::make_unique<NtlmClient>(NtlmCredentials::fromAccount(m_target.user, m_password), binding);
    m_client->setTargetHost(m_target.host);
    QList<HttpHeader> headers = commonHeaders();
    headers.append({"Authorization", "Negotiate " + m_client->negotiateMessage().toBase64()});
    auto challenged = connection.post(Path, headers, {}, deadline, cancel);
    if (!challenged)
        return challenged;
    QByteArray challenge;
    for (const QByteArray &offer : challenged.value().values("WWW-Authenticate")) {
        if (offer.startsWith("Negotiate ") || offer.startsWith("NTLM "))
            challenge = QByteArray::fromBase64(offer.mid(offer.indexOf(' ') + 1).trimmed());
    }
    if (challenged.value().status != 401 || challenge.isEmpty()) {
        m_client.reset();
        if (challenged.value().status == 401)
            return challenged
                .value(); // Negotiate not offered or the NEGOTIATE message refused: credentials refused
        return Error{tr("%1 answered the NTLM negotiation with HTTP %2 instead of a challenge.")
                         .arg(m_target.describe())
                         .arg(challenged.value().status)};
    }
    if (!connection.isOpen())
        return Error{
            tr("%1 closed the connection in the middle of the NTLM exchange.").arg(m_target.describe()),
            {},
            QString::fromLatin1(HttpConnection::ConnectionLostCode)};
    auto authenticateMessage = m_client->authenticateMessage(challenge);
    if (!authenticateMessage) {
        m_client.reset();
        return authenticateMessage.error();
    }
    headers = commonHeaders();
    headers.append({"Authorization", "Negotiate " + authenticateMessage.value().toBase64()});
    auto answered =
        connection.post(Path, headers, m_target.https ? envelope : QByteArray(), deadline, cancel);
    if (!answered || answered.value().status == 401)
        m_client.reset();
    return answered;
}

Result<HttpResponse> NtlmAuthenticator::sendSealed(HttpConnection &connection, const QByteArray &envelope,
                                                   const QDeadlineTimer &deadline,
                                                   const std::atomic_bool *cancel)
{
    if (!m_client->canSeal()) {
        connection.close();
        m_client.reset();
        return Error{tr("%1 did not agree to NTLM message sealing, which WinRM over HTTP needs.")
                         .arg(m_target.describe()),
                     tr("Use the HTTPS listener (port 5986).")};
    }
    QList<HttpHeader> headers = commonHeaders();
    headers[0] = {"Content-Type", WinRmEncryptedBody::contentType()};
    auto answered =
        connection.post(Path, headers, WinRmEncryptedBody::wrap(*m_client, envelope), deadline, cancel);
    if (!answered)
        return answered;
    HttpResponse response = std::move(answered).value();
    if (!response.body.isEmpty() && WinRmEncryptedBody::isEncrypted(response.value("Content-Type"))) {
        auto plain = WinRmEncryptedBody::unwrap(*m_client, response.body);
        if (!plain) {
            connection.close(); // the session's sequence is lost: a new connection authenticates again
            m_client.reset();
            return plain.error();
        }
        response.body = std::move(plain).value();
    } else if (!response.body.isEmpty()) {
        connection.close();
        m_client.reset();
        return Error{tr("%1 answered a sealed request in plain text.").arg(m_target.describe())};
    }
    return response;
}
