#include "FeedDownloadErrors.h"

#include "FeedDownload.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace FeedDownloadErrors {

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

int statusOf(const QNetworkReply &reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Error httpStatus(const QUrl &url, int status, const QString &reason)
{
    QString hint;
    if (status == 401 || status == 403)
        hint = FeedDownload::tr("Check the API key or credentials configured for this feed.");
    else if (status == 404 || status == 410)
        hint = FeedDownload::tr("Check the feed URL; the publisher may have moved it.");
    else if (status == 429)
        hint = FeedDownload::tr("The server limits the request rate; try again later (an NVD API key raises "
                                "the limit).");
    else if (status >= 500)
        hint = FeedDownload::tr("The server failed; try again later.");
    else
        hint = FeedDownload::tr("Check the feed URL and the proxy settings.");
    // %3 is the server's reason phrase ("Not Found"), as the server sent it.
    const QString answered =
        reason.isEmpty()
            ? FeedDownload::tr("%1 answered HTTP %2.").arg(shown(url)).arg(status)
            : FeedDownload::tr("%1 answered HTTP %2 %3.").arg(shown(url)).arg(status).arg(reason);
    return Error{answered, hint, QStringLiteral("http-status")};
}

Error network(const QNetworkReply &reply, const QUrl &url, const QString &tlsDetail,
              const QNetworkProxy &proxy)
{
    const QString target = shown(url);
    const bool viaProxy =
        proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy;
    const bool unanswered = statusOf(reply) == 0;
    if (viaProxy && unanswered &&
        (reply.error() == QNetworkReply::ConnectionRefusedError ||
         reply.error() == QNetworkReply::HostNotFoundError || reply.error() == QNetworkReply::TimeoutError ||
         reply.error() == QNetworkReply::RemoteHostClosedError))
        return Error{
            FeedDownload::tr("Cannot reach the proxy %1:%2 to fetch %3: %4")
                .arg(proxy.hostName())
                .arg(proxy.port())
                .arg(target, reply.errorString()),
            FeedDownload::tr("Check the proxy setting (or http_proxy/https_proxy) and that the proxy is up."),
            QStringLiteral("proxy")};
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error{
            FeedDownload::tr("Cannot connect to %1 (%2): connection refused.").arg(hostAndPort(url), target),
            FeedDownload::tr("Check the URL's host and port, and that the server is up."),
            QStringLiteral("connection-refused")};
    case QNetworkReply::HostNotFoundError:
        return Error{FeedDownload::tr("Cannot resolve the host name %1 (%2).").arg(url.host(), target),
                     FeedDownload::tr("Check the URL and the DNS settings; behind a proxy, set it in the "
                                      "settings or in http_proxy/https_proxy."),
                     QStringLiteral("host-not-found")};
    case QNetworkReply::TimeoutError:
        return Error{FeedDownload::tr("The connection to %1 timed out.").arg(target),
                     FeedDownload::tr("Check the network and the proxy settings, or try again later."),
                     QStringLiteral("timeout")};
    case QNetworkReply::RemoteHostClosedError:
        if (statusOf(reply) != 0)
            return Error{
                FeedDownload::tr("The download of %1 was cut short: the server closed the connection "
                                 "before the whole body arrived.")
                    .arg(target),
                FeedDownload::tr("The connection dropped; try again."), QStringLiteral("truncated")};
        return Error{FeedDownload::tr("%1 closed the connection without answering.").arg(target),
                     FeedDownload::tr("Check the URL and the proxy settings, or try again later."),
                     QStringLiteral("network")};
    case QNetworkReply::SslHandshakeFailedError:
        // Qt's certificate errors end without a full stop; the hint follows in the same line.
        return Error{FeedDownload::tr("The TLS handshake with %1 failed: %2.")
                         .arg(target, tlsDetail.isEmpty() ? reply.errorString() : tlsDetail),
                     FeedDownload::tr("Check the system clock and CA certificates; a proxy that inspects TLS "
                                      "needs its CA certificate installed."),
                     QStringLiteral("tls")};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error{
            FeedDownload::tr("The proxy failed while fetching %1: %2").arg(target, reply.errorString()),
            FeedDownload::tr("Check the proxy setting (or http_proxy/https_proxy) and its credentials."),
            QStringLiteral("proxy")};
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Error{
            FeedDownload::tr("Redirects from %1 were not followed: %2").arg(target, reply.errorString()),
            FeedDownload::tr("Use the feed's final https:// URL."), QStringLiteral("redirect")};
    default:
        return Error{FeedDownload::tr("Downloading %1 failed: %2").arg(target, reply.errorString()),
                     FeedDownload::tr("Check the network and the proxy settings, or try again later."),
                     QStringLiteral("network")};
    }
}

} // namespace FeedDownloadErrors
