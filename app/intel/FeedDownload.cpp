#include "FeedDownload.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <memory>
#include <optional>

#define ZLIB_CONST
#include <zlib.h>

Q_LOGGING_CATEGORY(lcFeed, "patchwright.intel", QtWarningMsg)

namespace {

enum class Stop
{
    None,
    Cancelled,
    Timeout,
    TooLarge,
    Corrupt,
    Unsupported
};

// The system's proxy settings (on Linux the http_proxy/https_proxy/no_proxy environment) for this manager
// only, without QNetworkProxyFactory::setUseSystemConfiguration's process-wide switch.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

// Every secret of the request (extra header values, URL and proxy passwords) out of an error's text.
Error redacted(Error error, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        const QString text = QString::fromUtf8(secret);
        error.message.replace(text, QStringLiteral("***"));
        error.hint.replace(text, QStringLiteral("***"));
    }
    return error;
}

int statusOf(const QNetworkReply &reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Result<QNetworkProxy> proxyFrom(const QString &text)
{
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != QLatin1String("http"))
        return Error{FeedDownload::tr("The proxy %1 is not an http:// or socks5:// URL.").arg(shown(url)),
                     FeedDownload::tr("Write it as http://host:port."), QStringLiteral("proxy")};
    if (!url.isValid() || url.host().isEmpty())
        return Error{FeedDownload::tr("The proxy %1 is not a valid URL.").arg(shown(url)),
                     FeedDownload::tr("Write it as http://host:port."), QStringLiteral("proxy")};
    return QNetworkProxy(type, url.host(), quint16(url.port(type == QNetworkProxy::HttpProxy ? 8080 : 1080)),
                         url.userName(), url.password());
}

Error httpStatusError(const QUrl &url, int status, const QString &reason)
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
    const QString said = reason.isEmpty() ? QString() : QLatin1Char(' ') + reason;
    return Error{FeedDownload::tr("%1 answered HTTP %2%3.").arg(shown(url)).arg(status).arg(said), hint,
                 QStringLiteral("http-status")};
}

Error networkError(const QNetworkReply &reply, const QUrl &url, const QString &tlsDetail,
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
        return Error{FeedDownload::tr("The TLS handshake with %1 failed: %2")
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

// Streaming gzip decoding (RFC 1952, concatenated members too) with a cap on the decoded size.
class GzipStream
{
public:
    enum class Outcome
    {
        Ok,
        Corrupt,
        TooLarge
    };

    GzipStream() { m_ready = inflateInit2(&m_stream, 15 + 16) == Z_OK; }
    ~GzipStream() { inflateEnd(&m_stream); }
    GzipStream(const GzipStream &) = delete;
    GzipStream &operator=(const GzipStream &) = delete;

    // Decodes `input` onto `output`; TooLarge as soon as `output` would pass `limit` bytes.
    Outcome feed(const QByteArray &input, QByteArray *output, qint64 limit)
    {
        if (!m_ready)
            return Outcome::Corrupt;
        m_stream.next_in = reinterpret_cast<const Bytef *>(input.constData());
        m_stream.avail_in = uInt(input.size());
        char buffer[64 * 1024];
        while (m_stream.avail_in > 0) {
            if (m_ended) { // another member follows
                if (inflateReset(&m_stream) != Z_OK)
                    return Outcome::Corrupt;
                m_ended = false;
            }
            m_stream.next_out = reinterpret_cast<Bytef *>(buffer);
            m_stream.avail_out = sizeof buffer;
            const int result = inflate(&m_stream, Z_NO_FLUSH);
            if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR)
                return Outcome::Corrupt;
            const qint64 produced = qint64(sizeof buffer) - m_stream.avail_out;
            if (output->size() + produced > limit)
                return Outcome::TooLarge;
            output->append(buffer, produced);
            m_ended = result == Z_STREAM_END;
            if (result == Z_BUF_ERROR && produced == 0)
                break; // needs more input
        }
        return Outcome::Ok;
    }
    bool ended() const { return m_ended; }

private:
    z_stream m_stream = {};
    bool m_ready = false;
    bool m_ended = false;
};

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(-1) == b.port(-1);
}

// The proxy a request to `url` goes through; NoProxy when direct.
QNetworkProxy proxyFor(const QUrl &url, const std::optional<QNetworkProxy> &explicitProxy)
{
    if (explicitProxy)
        return *explicitProxy;
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}

} // namespace

struct FeedDownload::Transfer
{
    int status = 0;
    QUrl url;
    QUrl location; // of a redirect, resolved
    QByteArray body;
    QString etag;
    QString lastModified;
};

FeedDownload::FeedDownload(QObject *parent)
    : QObject(parent)
{
}

FeedDownload::~FeedDownload() = default;

void FeedDownload::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_activeLock);
    if (m_activeReply)
        QMetaObject::invokeMethod(m_activeReply, &QNetworkReply::abort, Qt::QueuedConnection);
}

void FeedDownload::setActiveReply(QNetworkReply *reply)
{
    QMutexLocker lock(&m_activeLock);
    m_activeReply = reply;
}

Result<FeedFetch> FeedDownload::fetch(const QUrl &url, const FeedValidators &previous,
                                      const FeedFetchOptions &options)
{
    QList<QByteArray> secrets;
    for (const auto &header : options.headers) {
        if (!header.second.isEmpty())
            secrets.append(header.second);
    }
    if (!url.password().isEmpty())
        secrets.append(url.password().toUtf8());
    if (const QString proxyPassword = QUrl(options.proxyUrl).password(); !proxyPassword.isEmpty())
        secrets.append(proxyPassword.toUtf8());
    const auto fail = [&secrets](Error error) -> Result<FeedFetch> {
        return redacted(std::move(error), secrets);
    };

    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(Error{tr("%1 is not an http:// or https:// URL.").arg(shown(url)),
                          tr("Check the feed URL in the settings."), QStringLiteral("invalid-url")});

    QNetworkAccessManager manager;
    if (options.proxyUrl.isEmpty()) {
        manager.setProxyFactory(new SystemProxyFactory); // the manager owns it
    } else {
        const auto proxy = proxyFrom(options.proxyUrl);
        if (!proxy)
            return fail(proxy.error());
        manager.setProxy(proxy.value());
    }

    QUrl current = url;
    for (int hop = 0;; ++hop) {
        // Redirects are followed here rather than by Qt (whose own following sent some requests twice and
        // mixed the redirect's headers into the final answer), as NoLessSafeRedirectPolicy would: never from
        // https to http. The extra headers (API keys) go only to the origin they were configured for.
        QNetworkRequest request(current);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setHeader(QNetworkRequest::UserAgentHeader, options.userAgent.isEmpty()
                                                                ? QByteArray("Patchwright/" PW_VERSION)
                                                                : options.userAgent);
        // Asking for gzip ourselves turns Qt's decoding off: transfer() decodes and checks completeness.
        request.setRawHeader("Accept-Encoding", "gzip");
        if (!previous.etag.isEmpty())
            request.setRawHeader("If-None-Match", previous.etag.toLatin1());
        if (!previous.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", previous.lastModified.toLatin1());
        if (sameOrigin(current, url)) {
            for (const auto &header : options.headers) {
                if (header.first.compare("Accept-Encoding", Qt::CaseInsensitive) != 0)
                    request.setRawHeader(header.first, header.second);
            }
        }
        qCDebug(lcFeed) << "fetching" << shown(current);

        auto answered = transfer(manager, request, options);
        if (!answered)
            return fail(answered.error());
        Transfer &answer = answered.value();
        if (isRedirect(answer.status)) {
            if (hop >= 10)
                return fail(Error{tr("%1 redirected more than 10 times.").arg(shown(url)),
                                  tr("Use the feed's final URL."), QStringLiteral("redirect")});
            if (!answer.location.isValid() || (answer.location.scheme() != QLatin1String("http") &&
                                               answer.location.scheme() != QLatin1String("https")))
                return fail(Error{tr("%1 redirected to an invalid location.").arg(shown(current)),
                                  tr("Check the feed URL."), QStringLiteral("redirect")});
            if (current.scheme() == QLatin1String("https") &&
                answer.location.scheme() == QLatin1String("http"))
                return fail(
                    Error{tr("%1 redirected from https to plain http (%2); the redirect was not followed.")
                              .arg(shown(current), shown(answer.location)),
                          tr("Use the feed's final https:// URL."), QStringLiteral("redirect")});
            current = answer.location;
            continue;
        }

        FeedFetch fetched;
        fetched.finalUrl = current;
        fetched.httpStatus = answer.status;
        if (answer.status == 304) {
            fetched.notModified = true;
            fetched.validators = previous;
            if (!answer.etag.isEmpty())
                fetched.validators.etag = answer.etag;
            if (!answer.lastModified.isEmpty())
                fetched.validators.lastModified = answer.lastModified;
            return fetched;
        }
        fetched.body = std::move(answer.body);
        fetched.validators = FeedValidators{answer.etag, answer.lastModified};
        return fetched;
    }
}

Result<FeedDownload::Transfer> FeedDownload::transfer(QNetworkAccessManager &manager,
                                                      const QNetworkRequest &request,
                                                      const FeedFetchOptions &options)
{
    const QUrl url = request.url();
    const QString target = shown(url);
    const Error cancelled{tr("The download of %1 was cancelled.").arg(target), QString(),
                          QStringLiteral("cancelled")};
    if (m_cancelled.load())
        return cancelled;

    Stop stop = Stop::None;
    Transfer answer;
    answer.url = url;
    qint64 received = 0; // as sent, before decoding
    qint64 declared = -1;
    std::unique_ptr<GzipStream> gzip;
    QString tlsDetail;
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(std::max(1, options.transferTimeoutMs));

    const auto stopWith = [&](Stop why) {
        if (stop == Stop::None)
            stop = why;
        reply->abort();
    };
    const auto successful = [&reply] {
        const int status = statusOf(*reply);
        return status >= 200 && status < 300;
    };
    // Takes the body's next bytes; false once the transfer was stopped.
    const auto consume = [&](const QByteArray &chunk) {
        received += chunk.size();
        if (gzip) {
            switch (gzip->feed(chunk, &answer.body, options.maxBytes)) {
            case GzipStream::Outcome::Ok:
                break;
            case GzipStream::Outcome::Corrupt:
                stopWith(Stop::Corrupt);
                return false;
            case GzipStream::Outcome::TooLarge:
                stopWith(Stop::TooLarge);
                return false;
            }
        } else {
            if (answer.body.size() + chunk.size() > options.maxBytes) {
                stopWith(Stop::TooLarge);
                return false;
            }
            answer.body += chunk;
        }
        return true;
    };
    connect(&idle, &QTimer::timeout, &loop, [&] { stopWith(Stop::Timeout); });
    connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        idle.start();
        if (!successful())
            return;
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (encoding == "gzip" || encoding == "x-gzip") {
            if (!gzip)
                gzip = std::make_unique<GzipStream>();
        } else if (!encoding.isEmpty() && encoding != "identity") {
            stopWith(Stop::Unsupported);
            return;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        declared = length.isValid() ? length.toLongLong() : -1;
        if (!gzip && declared > options.maxBytes)
            stopWith(Stop::TooLarge);
    });
    connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        idle.start();
        if (!successful()) {
            (void)reply->readAll(); // an error page or a redirect's: not the feed
            return;
        }
        if (!consume(reply->readAll()))
            return;
        emit progress(received, declared);
        if (m_cancelled.load())
            stopWith(Stop::Cancelled);
    });
#if QT_CONFIG(ssl)
    connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        tlsDetail = texts.join(QStringLiteral("; "));
    });
#endif
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);

    setActiveReply(reply.get());
    if (m_cancelled.load())
        stopWith(Stop::Cancelled);
    if (!reply->isFinished()) {
        idle.start();
        loop.exec();
    }
    setActiveReply(nullptr);
    idle.stop();
    if (stop == Stop::None && reply->error() == QNetworkReply::NoError && successful() &&
        reply->bytesAvailable() > 0)
        consume(reply->readAll());

    answer.status = statusOf(*reply);
    qCDebug(lcFeed) << "answered" << target << "status" << answer.status << "error" << reply->error();
    if (stop == Stop::Cancelled || m_cancelled.load())
        return cancelled;
    switch (stop) {
    case Stop::Timeout:
        return Error{tr("No data from %1 for %2 s; the download was stopped.")
                         .arg(target)
                         .arg(options.transferTimeoutMs / 1000.0),
                     tr("The network or the server is slow; try again later or raise the timeout."),
                     QStringLiteral("timeout")};
    case Stop::TooLarge:
        return Error{
            tr("%1 is larger than the limit of %2 bytes; the download was stopped.")
                .arg(target)
                .arg(options.maxBytes),
            tr("Check the feed URL, or raise the size limit if the feed is expected to be this large."),
            QStringLiteral("too-large")};
    case Stop::Corrupt:
        return Error{tr("The gzip-encoded answer of %1 is corrupt.").arg(target),
                     tr("Try again later; a proxy may be altering the download."), QStringLiteral("network")};
    case Stop::Unsupported:
        return Error{tr("%1 answered in an encoding that was not asked for (%2).")
                         .arg(target, QString::fromLatin1(reply->rawHeader("Content-Encoding"))),
                     tr("A proxy may be altering the download."), QStringLiteral("network")};
    case Stop::None:
    case Stop::Cancelled:
        break;
    }
    if (answer.status >= 400)
        return httpStatusError(url, answer.status,
                               reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (reply->error() != QNetworkReply::NoError)
        return networkError(*reply, url, tlsDetail,
                            proxyFor(url, manager.proxy().type() == QNetworkProxy::DefaultProxy
                                              ? std::nullopt
                                              : std::optional(manager.proxy())));
    answer.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    answer.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (isRedirect(answer.status)) {
        answer.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        return answer;
    }
    if (answer.status == 304)
        return answer;
    if (!successful() || answer.status == 206)
        return httpStatusError(url, answer.status,
                               reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (declared >= 0 && received != declared)
        return Error{tr("The download of %1 was cut short: %2 of %3 bytes arrived.")
                         .arg(target)
                         .arg(received)
                         .arg(declared),
                     tr("The connection dropped; try again."), QStringLiteral("truncated")};
    if (gzip && !gzip->ended())
        return Error{tr("The download of %1 was cut short: the gzip-encoded body ends early.").arg(target),
                     tr("The connection dropped; try again."), QStringLiteral("truncated")};
    return answer;
}
