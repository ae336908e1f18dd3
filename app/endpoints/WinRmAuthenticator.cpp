#include "WinRmAuthenticator.h"

QList<HttpHeader> WinRmAuthenticator::commonHeaders()
{
    return {{"Content-Type", SoapContentType}, {"User-Agent", "Patchwright WinRM client"}, {"Accept", "*/*"}};
}

HeaderAuthenticator::HeaderAuthenticator(QByteArray authorization)
    : m_authorization(std::move(authorization))
{
}

HeaderAuthenticator::~HeaderAuthenticator()
{
    m_authorization.fill('\0');
}

std::unique_ptr<HeaderAuthenticator> HeaderAuthenticator::basic(const QString &user, const QString &password)
{
    QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    std::unique_ptr<HeaderAuthenticator> made(new HeaderAuthenticator("Basic " + pair.toBase64()));
    pair.fill('\0');
    return made;
}

std::unique_ptr<HeaderAuthenticator> HeaderAuthenticator::clientCertificate()
{
    return std::unique_ptr<HeaderAuthenticator>(new HeaderAuthenticator(MutualCertificateProfile));
}

Result<HttpResponse> HeaderAuthenticator::send(HttpConnection &connection, bool, const QByteArray &envelope,
                                               const QDeadlineTimer &deadline, const std::atomic_bool *cancel)
{
    QList<HttpHeader> headers = commonHeaders();
    headers.append({"Authorization", m_authorization});
    return connection.post(Path, headers, envelope, deadline, cancel);
}
