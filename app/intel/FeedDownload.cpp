#include "FeedDownload.h"

#include "FeedDownloadErrors.h"
#include "GzipStream.h"

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

#include <functional>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcFeed, "patchwright.intel", QtWarningMsg)

namespace {

using FeedDownloadErrors::shown;
using FeedDownloadErrors::statusOf;

enum class Stop
{
    None,
    Cancelled,
    Timeout,
    TooLarge,
    Corrupt,
    Unsupported,
    Refused // by the sink
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
    if (options.directConnection) {
        manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    } else if (options.proxyUrl.isEmpty()) {
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

namespace {

// One GET's answer read as it arrives, on the calling thread's event loop: the body decoded (gzip) and
// capped, the inactivity timer fed on every sign of life, progress reported, and the first reason to stop
// remembered (the reply is aborted then). Error pages and redirects' bodies are read and dropped.
class ReplyReader
{
public:
    ReplyReader(QNetworkReply &reply, const FeedFetchOptions &options,
                std::function<void(qint64, qint64)> progress, std::function<bool()> cancelled)
        : m_reply(reply)
        , m_options(options)
        , m_progress(std::move(progress))
        , m_cancelled(std::move(cancelled))
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(std::max(1, options.transferTimeoutMs));
        QObject::connect(&m_idle, &QTimer::timeout, &m_loop, [this] { stopWith(Stop::Timeout); });
        QObject::connect(&reply, &QNetworkReply::metaDataChanged, &m_loop, [this] { onMetaData(); });
        QObject::connect(&reply, &QNetworkReply::readyRead, &m_loop, [this] { onReadyRead(); });
#if QT_CONFIG(ssl)
        QObject::connect(&reply, &QNetworkReply::sslErrors, &m_loop, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &error : errors)
                texts.append(error.errorString());
            m_tlsDetail = texts.join(QStringLiteral("; "));
        });
#endif
        QObject::connect(&reply, &QNetworkReply::finished, &m_loop, &QEventLoop::quit);
    }

    // Until the reply finishes or is stopped; then the bytes still buffered.
    void read()
    {
        if (m_cancelled())
            stopWith(Stop::Cancelled);
        if (!m_reply.isFinished()) {
            m_idle.start();
            m_loop.exec();
        }
        m_idle.stop();
        if (m_stop == Stop::None && m_reply.error() == QNetworkReply::NoError && successful() &&
            m_reply.bytesAvailable() > 0)
            consume(m_reply.readAll());
    }

    Stop stop() const
    {
        return m_stop;
    }
    QByteArray takeBody()
    {
        return std::move(m_body);
    }
    const QString &tlsDetail() const
    {
        return m_tlsDetail;
    }

    // Why a complete-looking answer is not the whole body; nullopt when it is.
    std::optional<Error> incompleteBody(const QString &target) const
    {
        if (m_declared >= 0 && m_received != m_declared)
            return Error{FeedDownload::tr("The download of %1 was cut short: %2 of %3 bytes arrived.")
                             .arg(target)
                             .arg(m_received)
                             .arg(m_declared),
                         FeedDownload::tr("The connection dropped; try again."), QStringLiteral("truncated")};
        if (m_gzip && !m_gzip->finish())
            return Error{
                FeedDownload::tr("The download of %1 was cut short: the gzip-encoded body ends early.")
                    .arg(target),
                FeedDownload::tr("The connection dropped; try again."), QStringLiteral("truncated")};
        return std::nullopt;
    }

private:
    void stopWith(Stop why)
    {
        if (m_stop == Stop::None)
            m_stop = why;
        m_reply.abort();
    }

    bool successful() const
    {
        const int status = statusOf(m_reply);
        return status >= 200 && status < 300;
    }

    void onMetaData()
    {
        m_idle.start();
        if (!successful())
            return;
        const QByteArray encoding = m_reply.rawHeader("Content-Encoding").trimmed().toLower();
        if (encoding == "gzip" || encoding == "x-gzip") {
            if (!m_gzip)
                m_gzip = std::make_unique<GzipStream>(m_options.maxBytes);
        } else if (!encoding.isEmpty() && encoding != "identity") {
            stopWith(Stop::Unsupported);
            return;
        }
        const QVariant length = m_reply.header(QNetworkRequest::ContentLengthHeader);
        m_declared = length.isValid() ? length.toLongLong() : -1;
        if (!m_gzip && m_declared > m_options.maxBytes)
            stopWith(Stop::TooLarge);
    }

    void onReadyRead()
    {
        m_idle.start();
        if (!successful()) {
            (void)m_reply.readAll(); // an error page or a redirect's: not the feed
            return;
        }
        if (!consume(m_reply.readAll()))
            return;
        m_progress(m_received, m_declared);
        if (m_cancelled())
            stopWith(Stop::Cancelled);
    }

    // Takes the body's next bytes; false once the transfer was stopped.
    bool consume(const QByteArray &chunk)
    {
        m_received += chunk.size();
        if (m_options.sink)
            return consumeIntoSink(chunk);
        if (m_gzip) {
            if (const Status fed = m_gzip->feed(chunk, m_body); !fed) {
                stopWith(fed.error().code == QLatin1String("too-large") ? Stop::TooLarge : Stop::Corrupt);
                return false;
            }
            return true;
        }
        if (m_body.size() + chunk.size() > m_options.maxBytes) {
            stopWith(Stop::TooLarge);
            return false;
        }
        m_body += chunk;
        return true;
    }

    // consume() with FeedFetchOptions::sink: the decoded bytes handed on, counted against maxBytes.
    bool consumeIntoSink(const QByteArray &chunk)
    {
        bool refused = false;
        const auto hand = [&](QByteArrayView decoded) -> Status {
            if (!m_options.sink(decoded)) {
                refused = true;
                return Error{QString(), QString(), QStringLiteral("refused")};
            }
            return Status();
        };
        if (m_gzip) {
            if (const Status fed = m_gzip->feed(chunk, hand); !fed) {
                stopWith(refused                                          ? Stop::Refused
                         : fed.error().code == QLatin1String("too-large") ? Stop::TooLarge
                                                                          : Stop::Corrupt);
                return false;
            }
            return true;
        }
        if (m_decoded + chunk.size() > m_options.maxBytes) {
            stopWith(Stop::TooLarge);
            return false;
        }
        m_decoded += chunk.size();
        if (!hand(chunk)) {
            stopWith(Stop::Refused);
            return false;
        }
        return true;
    }

    QNetworkReply &m_reply;
    const FeedFetchOptions &m_options;
    std::function<void(qint64, qint64)> m_progress;
    std::function<bool()> m_cancelled;
    QEventLoop m_loop;
    QTimer m_idle;
    Stop m_stop = Stop::None;
    QByteArray m_body;
    qint64 m_received = 0; // as sent, before decoding
    qint64 m_decoded = 0;  // handed to the sink (without gzip: GzipStream counts its own)
    qint64 m_declared = -1;
    std::unique_ptr<GzipStream> m_gzip;
    QString m_tlsDetail;
};

// The error of a transfer that was stopped for `stop` (not cancelled); nullopt for Stop::None.
std::optional<Error> stopError(Stop stop, const QString &target, const FeedFetchOptions &options,
                               const QNetworkReply &reply)
{
    switch (stop) {
    case Stop::Timeout:
        return Error{
            FeedDownload::tr("No data from %1 for %2 s; the download was stopped.")
                .arg(target)
                .arg(options.transferTimeoutMs / 1000.0),
            FeedDownload::tr("The network or the server is slow; try again later or raise the timeout."),
            QStringLiteral("timeout")};
    case Stop::TooLarge:
        return Error{
            FeedDownload::tr("%1 is larger than the limit of %2 bytes; the download was stopped.")
                .arg(target)
                .arg(options.maxBytes),
            FeedDownload::tr(
                "Check the feed URL, or raise the size limit if the feed is expected to be this large."),
            QStringLiteral("too-large")};
    case Stop::Corrupt:
        return Error{FeedDownload::tr("The gzip-encoded answer of %1 is corrupt.").arg(target),
                     FeedDownload::tr("Try again later; a proxy may be altering the download."),
                     QStringLiteral("network")};
    case Stop::Refused:
        return Error{FeedDownload::tr("The download of %1 was stopped: its content was refused.").arg(target),
                     QString(), QStringLiteral("refused")};
    case Stop::Unsupported:
        return Error{FeedDownload::tr("%1 answered in an encoding that was not asked for (%2).")
                         .arg(target, QString::fromLatin1(reply.rawHeader("Content-Encoding"))),
                     FeedDownload::tr("A proxy may be altering the download."), QStringLiteral("network")};
    case Stop::None:
    case Stop::Cancelled:
        break;
    }
    return std::nullopt;
}

} // namespace

Result<FeedDownload::Transfer> FeedDownload::transfer(QNetworkAccessManager &manager,
                                                      const QNetworkRequest &request,
                                                      const FeedFetchOptions &options)
{
    const QUrl url = request.url();
    const QString target = shown(url);
    const Error cancelled{tr("The download of %1 was canceled.").arg(target), QString(),
                          QStringLiteral("cancelled")};
    if (m_cancelled.load())
        return cancelled;

    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    ReplyReader reader(
        *reply, options, [this](qint64 received, qint64 total) { emit progress(received, total); },
        [this] { return m_cancelled.load(); });
    setActiveReply(reply.get());
    reader.read();
    setActiveReply(nullptr);

    Transfer answer;
    answer.url = url;
    answer.status = statusOf(*reply);
    qCDebug(lcFeed) << "answered" << target << "status" << answer.status << "error" << reply->error();
    if (reader.stop() == Stop::Cancelled || m_cancelled.load())
        return cancelled;
    if (std::optional<Error> stopped = stopError(reader.stop(), target, options, *reply))
        return *stopped;
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (answer.status >= 400)
        return FeedDownloadErrors::httpStatus(url, answer.status, reason);
    if (reply->error() != QNetworkReply::NoError)
        return FeedDownloadErrors::network(*reply, url, reader.tlsDetail(),
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
    if (answer.status < 200 || answer.status >= 300 || answer.status == 206)
        return FeedDownloadErrors::httpStatus(url, answer.status, reason);
    if (std::optional<Error> incomplete = reader.incompleteBody(target))
        return *incomplete;
    answer.body = reader.takeBody();
    return answer;
}
