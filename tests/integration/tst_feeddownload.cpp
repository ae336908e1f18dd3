// FeedDownload against a real HTTP/1.1 server on loopback (tests/support/feed-http-server.py): conditional
// requests and 304, gzip Content-Encoding, dropped connections, HTTP errors, size caps, proxies, redirects,
// timeouts and cancellation. The server logs every request it receives, so the tests assert what was sent.
#include "../support/FeedHttpServer.h"

#include "intel/FeedDownload.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

namespace {

const QString ApiKey = QStringLiteral("k3y-5ecret-0f-the-nvd-4pi");
const QByteArray RawGzip =
    QByteArray::fromHex("1f8b08000000000002034b2e4bd5492d282ed629482d4a4ecd2bc9cc49e5720e73d5"
                        "35323032d135303030d431d03305624b2e00cf57a3a42a000000");

// A JSON-ish body of `size` bytes, compressible but not uniform.
QByteArray feedBody(int size)
{
    QByteArray body;
    body.reserve(size + 64);
    for (int i = 0; body.size() < size; ++i)
        body += "{\"cveID\":\"CVE-2024-" + QByteArray::number(10000 + i) + "\",\"dueDate\":\"2024-0" +
                QByteArray::number(i % 9 + 1) + "-1" + QByteArray::number(i % 10) + "\"},\n";
    body.truncate(size);
    return body;
}

FeedFetchOptions quickOptions()
{
    FeedFetchOptions options;
    options.transferTimeoutMs = 20000;
    return options;
}

// A port nobody listens on: bound, read, closed.
int closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// The server's log as text, for failure messages.
QByteArray logText(const QList<QJsonObject> &requests)
{
    QByteArray text;
    for (const QJsonObject &request : requests)
        text += QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

QJsonObject behaviour(std::initializer_list<QPair<QString, QJsonValue>> entries)
{
    QJsonObject object;
    for (const auto &entry : entries)
        object.insert(entry.first, entry.second);
    return object;
}

} // namespace

class TestFeedDownload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void okCarriesBodyAndValidators();
    void validatorsGiveNotModified();
    void lastModifiedAloneGivesNotModified();
    void gzipContentEncodingIsDecoded();
    void gzFileStaysRaw();
    void connectionDroppedMidBodyIsAnError();
    void gzipBodyDroppedMidwayIsAnError();
    void serverErrorNamesTheStatus();
    void notFoundNamesTheStatus();
    void connectionRefused();
    void unknownHost();
    void declaredBodyOverLimitIsRefused();
    void decodedBodyOverLimitIsRefused();
    void explicitProxyIsUsed();
    void systemProxyComesFromTheEnvironment();
    void unreachableProxyIsAProxyError();
    void redirectIsFollowed();
    void crossOriginRedirectDropsTheApiKey();
    void stalledTransferTimesOut();
    void progressIncreasesToTheTotal();
    void cancelFromProgressSlot();
    void cancelFromAnotherThread();
    void cancelBeforeFetchSendsNothing();
    void apiKeyIsSentButNeverShown();
    void nvdPagesAreServedByQuery();
    void sinkReceivesTheDecodedBodyInPieces_data();
    void sinkReceivesTheDecodedBodyInPieces();
    void sinkRefusalStopsTheDownload();

private:
    Result<FeedFetch> fetch(const QString &path, const FeedValidators &previous = {},
                            const FeedFetchOptions &options = quickOptions());
    QList<QJsonObject> requestsFor(const QString &path) const;

    std::unique_ptr<FeedHttpServer> m_server;
};

void TestFeedDownload::initTestCase()
{
    // Requests to 127.0.0.1 go direct unless a test sets a proxy itself.
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(name);
}

void TestFeedDownload::init()
{
    m_server = std::make_unique<FeedHttpServer>();
    const Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
}

void TestFeedDownload::cleanup()
{
    m_server.reset();
}

Result<FeedFetch> TestFeedDownload::fetch(const QString &path, const FeedValidators &previous,
                                          const FeedFetchOptions &options)
{
    FeedDownload download;
    return download.fetch(m_server->url(path), previous, options);
}

QList<QJsonObject> TestFeedDownload::requestsFor(const QString &path) const
{
    QList<QJsonObject> matching;
    const QList<QJsonObject> all = m_server->requests();
    for (const QJsonObject &request : all) {
        if (request.value(QStringLiteral("path")).toString() == path)
            matching.append(request);
    }
    return matching;
}

void TestFeedDownload::okCarriesBodyAndValidators()
{
    const QByteArray body = feedBody(5000);
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), body).ok());
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/kev.json"),
                              behaviour({{QStringLiteral("etag"), QStringLiteral("\"v1\"")},
                                         {QStringLiteral("last_modified"),
                                          QStringLiteral("Tue, 01 Aug 2023 10:00:00 GMT")}})}})
                .ok());

    const auto fetched = fetch(QStringLiteral("/kev.json"));
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QCOMPARE(fetched.value().httpStatus, 200);
    QVERIFY(!fetched.value().notModified);
    QCOMPARE(fetched.value().body, body);
    QCOMPARE(fetched.value().validators.etag, QStringLiteral("\"v1\""));
    QCOMPARE(fetched.value().validators.lastModified, QStringLiteral("Tue, 01 Aug 2023 10:00:00 GMT"));
    QCOMPARE(fetched.value().finalUrl, m_server->url(QStringLiteral("/kev.json")));

    const QList<QJsonObject> sent = requestsFor(QStringLiteral("/kev.json"));
    QCOMPARE(sent.size(), 1);
    const QJsonObject headers = sent.first().value(QStringLiteral("headers")).toObject();
    QVERIFY(!headers.contains(QStringLiteral("If-None-Match")));
    QVERIFY(
        headers.value(QStringLiteral("User-Agent")).toString().startsWith(QStringLiteral("Patchwright/")));
}

void TestFeedDownload::validatorsGiveNotModified()
{
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), feedBody(3000)).ok());
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/kev.json"),
                              behaviour({{QStringLiteral("etag"), QStringLiteral("\"v1\"")},
                                         {QStringLiteral("last_modified"),
                                          QStringLiteral("Tue, 01 Aug 2023 10:00:00 GMT")}})}})
                .ok());
    const auto first = fetch(QStringLiteral("/kev.json"));
    QVERIFY2(first.ok(), qPrintable(first.error().text()));

    const auto second = fetch(QStringLiteral("/kev.json"), first.value().validators);
    QVERIFY2(second.ok(), qPrintable(second.error().text()));
    QVERIFY(second.value().notModified);
    QCOMPARE(second.value().httpStatus, 304);
    QVERIFY(second.value().body.isEmpty());
    QCOMPARE(second.value().validators.etag, first.value().validators.etag);
    QCOMPARE(second.value().validators.lastModified, first.value().validators.lastModified);

    const QList<QJsonObject> sent = requestsFor(QStringLiteral("/kev.json"));
    QCOMPARE(sent.size(), 2);
    const QJsonObject headers = sent.at(1).value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("If-None-Match")).toString(), QStringLiteral("\"v1\""));
    QCOMPARE(headers.value(QStringLiteral("If-Modified-Since")).toString(),
             QStringLiteral("Tue, 01 Aug 2023 10:00:00 GMT"));
    QCOMPARE(sent.at(1).value(QStringLiteral("status")).toInt(), 304);

    // A changed feed (the server's ETag moved on) comes back whole with the new validator.
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/kev.json"),
                              behaviour({{QStringLiteral("etag"), QStringLiteral("\"v2\"")}})}})
                .ok());
    const auto third =
        fetch(QStringLiteral("/kev.json"), FeedValidators{QStringLiteral("\"v1\""), QString()});
    QVERIFY2(third.ok(), qPrintable(third.error().text()));
    QVERIFY(!third.value().notModified);
    QCOMPARE(third.value().body.size(), 3000);
    QCOMPARE(third.value().validators.etag, QStringLiteral("\"v2\""));
}

void TestFeedDownload::lastModifiedAloneGivesNotModified()
{
    QVERIFY(m_server->addFile(QStringLiteral("epss.csv"), "cve,epss\n").ok());
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/epss.csv"),
                              behaviour({{QStringLiteral("last_modified"),
                                          QStringLiteral("Tue, 01 Aug 2023 10:00:00 GMT")}})}})
                .ok());
    const auto fetched = fetch(QStringLiteral("/epss.csv"),
                               FeedValidators{QString(), QStringLiteral("Wed, 02 Aug 2023 08:00:00 GMT")});
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QVERIFY(fetched.value().notModified);
    QCOMPARE(fetched.value().validators.lastModified, QStringLiteral("Tue, 01 Aug 2023 10:00:00 GMT"));
}

void TestFeedDownload::gzipContentEncodingIsDecoded()
{
    const QByteArray body = feedBody(200000);
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), body).ok());
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/kev.json"),
                              behaviour({{QStringLiteral("content_encoding"), QStringLiteral("gzip")}})}})
                .ok());
    const auto fetched = fetch(QStringLiteral("/kev.json"));
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QCOMPARE(fetched.value().body.size(), body.size());
    QVERIFY(fetched.value().body == body);
    // The server really sent it compressed.
    const QList<QJsonObject> sent = requestsFor(QStringLiteral("/kev.json"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().value(QStringLiteral("content_encoding")).toString(), QStringLiteral("gzip"));
}

void TestFeedDownload::gzFileStaysRaw()
{
    QVERIFY(m_server->addFile(QStringLiteral("epss_scores-current.csv.gz"), RawGzip).ok());
    const auto fetched = fetch(QStringLiteral("/epss_scores-current.csv.gz"));
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QVERIFY(fetched.value().body.startsWith("\x1f\x8b"));
    QCOMPARE(fetched.value().body, RawGzip);
}

void TestFeedDownload::connectionDroppedMidBodyIsAnError()
{
    QVERIFY(m_server->addFile(QStringLiteral("drop.json"), feedBody(50000)).ok());
    QVERIFY(
        m_server
            ->setConfig({{QStringLiteral("/drop.json"), behaviour({{QStringLiteral("drop_after"), 100}})}})
            .ok());
    const auto fetched = fetch(QStringLiteral("/drop.json"));
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("truncated"));
    QVERIFY2(fetched.error().message.contains(QStringLiteral("/drop.json")),
             qPrintable(fetched.error().message));
    QCOMPARE(requestsFor(QStringLiteral("/drop.json")).size(), 1);
}

void TestFeedDownload::gzipBodyDroppedMidwayIsAnError()
{
    QVERIFY(m_server->addFile(QStringLiteral("drop.json"), feedBody(500000)).ok());
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/drop.json"),
                              behaviour({{QStringLiteral("drop_after"), 2000},
                                         {QStringLiteral("content_encoding"), QStringLiteral("gzip")}})}})
                .ok());
    const auto fetched = fetch(QStringLiteral("/drop.json"));
    QVERIFY(!fetched.ok());
    QVERIFY2(fetched.error().code == QLatin1String("truncated") ||
                 fetched.error().code == QLatin1String("network"),
             qPrintable(fetched.error().code + QLatin1Char(' ') + fetched.error().text()));
    QCOMPARE(requestsFor(QStringLiteral("/drop.json"))
                 .first()
                 .value(QStringLiteral("content_encoding"))
                 .toString(),
             QStringLiteral("gzip"));
}

void TestFeedDownload::serverErrorNamesTheStatus()
{
    QVERIFY(
        m_server->setConfig({{QStringLiteral("/fail.json"), behaviour({{QStringLiteral("status"), 500}})}})
            .ok());
    const auto fetched = fetch(QStringLiteral("/fail.json"));
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("http-status"));
    QVERIFY2(fetched.error().message.contains(QStringLiteral("500")), qPrintable(fetched.error().message));
    QVERIFY2(fetched.error().message.contains(QStringLiteral("Internal Server Error")),
             qPrintable(fetched.error().message));
    QVERIFY2(fetched.error().message.contains(m_server->url(QStringLiteral("/fail.json")).toString()),
             qPrintable(fetched.error().message));
    QVERIFY(!fetched.error().hint.isEmpty());
}

void TestFeedDownload::notFoundNamesTheStatus()
{
    const auto fetched = fetch(QStringLiteral("/missing.json"));
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("http-status"));
    QVERIFY2(fetched.error().message.contains(QStringLiteral("404")), qPrintable(fetched.error().message));
    QVERIFY2(fetched.error().message.contains(QStringLiteral("/missing.json")),
             qPrintable(fetched.error().message));
    QCOMPARE(requestsFor(QStringLiteral("/missing.json")).size(), 1);
}

void TestFeedDownload::connectionRefused()
{
    const int port = closedPort();
    QVERIFY(port > 0);
    FeedDownload download;
    const auto fetched =
        download.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/kev.json").arg(port)), {}, quickOptions());
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("connection-refused"));
    QVERIFY2(fetched.error().message.contains(QString::number(port)), qPrintable(fetched.error().message));
}

void TestFeedDownload::unknownHost()
{
    FeedDownload download;
    const auto fetched =
        download.fetch(QUrl(QStringLiteral("http://feeds.example.invalid/kev.json")), {}, quickOptions());
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("host-not-found"));
    QVERIFY2(fetched.error().message.contains(QStringLiteral("feeds.example.invalid")),
             qPrintable(fetched.error().message));
}

void TestFeedDownload::declaredBodyOverLimitIsRefused()
{
    QVERIFY(m_server->addFile(QStringLiteral("big.json"), feedBody(100000)).ok());
    FeedFetchOptions options = quickOptions();
    options.maxBytes = 10000;
    FeedDownload download;
    QSignalSpy progress(&download, &FeedDownload::progress);
    const auto fetched = download.fetch(m_server->url(QStringLiteral("/big.json")), {}, options);
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("too-large"));
    QVERIFY2(fetched.error().message.contains(QStringLiteral("10000")), qPrintable(fetched.error().message));
    for (const QList<QVariant> &emitted : std::as_const(progress))
        QVERIFY(emitted.at(0).toLongLong() <= options.maxBytes);
}

void TestFeedDownload::sinkReceivesTheDecodedBodyInPieces_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("identity") << false;
    QTest::newRow("gzip") << true;
}

// A feed parsed as it arrives (KEV, NVD): the decoded body goes to the sink, FeedFetch::body stays empty.
void TestFeedDownload::sinkReceivesTheDecodedBodyInPieces()
{
    QFETCH(bool, gzip);
    const QByteArray body = feedBody(400000);
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), body).ok());
    if (gzip)
        QVERIFY(m_server
                    ->setConfig({{QStringLiteral("/kev.json"),
                                  behaviour({{QStringLiteral("content_encoding"), QStringLiteral("gzip")}})}})
                    .ok());
    QByteArray received;
    int pieces = 0;
    FeedFetchOptions options = quickOptions();
    options.sink = [&](QByteArrayView decoded) {
        received += decoded;
        ++pieces;
        return true;
    };
    const auto fetched = fetch(QStringLiteral("/kev.json"), {}, options);
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QVERIFY(fetched.value().body.isEmpty());
    QVERIFY(received == body);
    QVERIFY(pieces >= 1);
}

void TestFeedDownload::sinkRefusalStopsTheDownload()
{
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), feedBody(400000)).ok());
    qint64 received = 0;
    FeedFetchOptions options = quickOptions();
    options.sink = [&](QByteArrayView decoded) {
        received += decoded.size();
        return false;
    };
    const auto fetched = fetch(QStringLiteral("/kev.json"), {}, options);
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("refused"));
    QVERIFY(received > 0);
}

void TestFeedDownload::decodedBodyOverLimitIsRefused()
{
    // 400 kB that compress far below the 50 kB limit: only the decoded size can trip it.
    QVERIFY(m_server->addFile(QStringLiteral("big.json"), QByteArray(400000, 'a')).ok());
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/big.json"),
                              behaviour({{QStringLiteral("content_encoding"), QStringLiteral("gzip")}})}})
                .ok());
    FeedFetchOptions options = quickOptions();
    options.maxBytes = 50000;
    const auto fetched = fetch(QStringLiteral("/big.json"), {}, options);
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("too-large"));
    QCOMPARE(
        requestsFor(QStringLiteral("/big.json")).first().value(QStringLiteral("content_encoding")).toString(),
        QStringLiteral("gzip"));
}

void TestFeedDownload::explicitProxyIsUsed()
{
    const QByteArray body = feedBody(2000);
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), body).ok());
    FeedFetchOptions options = quickOptions();
    options.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    FeedDownload download;
    const auto fetched =
        download.fetch(QUrl(QStringLiteral("http://feeds.example.invalid/kev.json")), {}, options);
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QCOMPARE(fetched.value().body, body);

    const QList<QJsonObject> sent = requestsFor(QStringLiteral("/kev.json"));
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().value(QStringLiteral("proxy")).toBool());
    QCOMPARE(sent.first().value(QStringLiteral("target")).toString(),
             QStringLiteral("http://feeds.example.invalid/kev.json"));
}

void TestFeedDownload::systemProxyComesFromTheEnvironment()
{
    const QByteArray body = feedBody(1500);
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), body).ok());
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()).toLatin1());
    FeedDownload download;
    const auto fetched =
        download.fetch(QUrl(QStringLiteral("http://feeds.example.invalid/kev.json")), {}, quickOptions());
    qunsetenv("http_proxy");
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QCOMPARE(fetched.value().body, body);
    const QList<QJsonObject> sent = requestsFor(QStringLiteral("/kev.json"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().value(QStringLiteral("target")).toString(),
             QStringLiteral("http://feeds.example.invalid/kev.json"));
}

void TestFeedDownload::unreachableProxyIsAProxyError()
{
    const int port = closedPort();
    QVERIFY(port > 0);
    FeedFetchOptions options = quickOptions();
    options.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    FeedDownload download;
    const auto fetched =
        download.fetch(QUrl(QStringLiteral("http://feeds.example.invalid/kev.json")), {}, options);
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("proxy"));
}

void TestFeedDownload::redirectIsFollowed()
{
    const QByteArray body = feedBody(4000);
    QVERIFY(m_server->addFile(QStringLiteral("feeds/kev-2024.json"), body).ok());
    QVERIFY(
        m_server
            ->setConfig({{QStringLiteral("/kev.json"),
                          behaviour({{QStringLiteral("status"), 301},
                                     {QStringLiteral("location"), QStringLiteral("/feeds/kev-2024.json")}})}})
            .ok());
    const auto fetched = fetch(QStringLiteral("/kev.json"));
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QCOMPARE(fetched.value().body, body);
    QCOMPARE(fetched.value().finalUrl, m_server->url(QStringLiteral("/feeds/kev-2024.json")));
    QVERIFY2(requestsFor(QStringLiteral("/kev.json")).size() == 1, logText(m_server->requests()).constData());
    QVERIFY2(requestsFor(QStringLiteral("/feeds/kev-2024.json")).size() == 1,
             logText(m_server->requests()).constData());
}

void TestFeedDownload::crossOriginRedirectDropsTheApiKey()
{
    FeedHttpServer mirror; // another port: another origin
    const Status started = mirror.start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
    const QByteArray body = feedBody(3000);
    QVERIFY(mirror.addFile(QStringLiteral("kev.json"), body).ok());
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/kev.json"),
                              behaviour({{QStringLiteral("status"), 302},
                                         {QStringLiteral("location"),
                                          mirror.url(QStringLiteral("/kev.json")).toString()}})}})
                .ok());
    FeedFetchOptions options = quickOptions();
    options.headers.append({"apiKey", ApiKey.toLatin1()});
    const auto fetched = fetch(QStringLiteral("/kev.json"), {}, options);
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QCOMPARE(fetched.value().body, body);
    QCOMPARE(fetched.value().finalUrl, mirror.url(QStringLiteral("/kev.json")));
    const QList<QJsonObject> origin = requestsFor(QStringLiteral("/kev.json"));
    const QList<QJsonObject> redirected = mirror.requests();
    QCOMPARE(origin.size(), 1);
    QCOMPARE(redirected.size(), 1);
    QCOMPARE(
        origin.first().value(QStringLiteral("headers")).toObject().value(QStringLiteral("apiKey")).toString(),
        ApiKey);
    QVERIFY(
        !redirected.first().value(QStringLiteral("headers")).toObject().contains(QStringLiteral("apiKey")));
}

void TestFeedDownload::stalledTransferTimesOut()
{
    QVERIFY(m_server->addFile(QStringLiteral("slow.json"), feedBody(10000)).ok());
    QVERIFY(
        m_server
            ->setConfig({{QStringLiteral("/slow.json"), behaviour({{QStringLiteral("pause_after"), 100},
                                                                   {QStringLiteral("pause_seconds"), 60}})}})
            .ok());
    FeedFetchOptions options = quickOptions();
    options.transferTimeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    const auto fetched = fetch(QStringLiteral("/slow.json"), {}, options);
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("timeout"));
    QVERIFY(clock.elapsed() < 30000);
}

void TestFeedDownload::progressIncreasesToTheTotal()
{
    const QByteArray body = feedBody(1 << 20);
    QVERIFY(m_server->addFile(QStringLiteral("nvd.json"), body).ok());
    QVERIFY(
        m_server
            ->setConfig({{QStringLiteral("/nvd.json"), behaviour({{QStringLiteral("chunk_size"), 65536},
                                                                  {QStringLiteral("chunk_delay"), 0.01}})}})
            .ok());
    FeedDownload download;
    QList<QPair<qint64, qint64>> seen;
    connect(&download, &FeedDownload::progress, this, [&seen](qint64 received, qint64 total) {
        seen.append({received, total});
    });
    const auto fetched = download.fetch(m_server->url(QStringLiteral("/nvd.json")), {}, quickOptions());
    QVERIFY2(fetched.ok(), qPrintable(fetched.error().text()));
    QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i).first > seen.at(i - 1).first);
    QCOMPARE(seen.last().first, qint64(body.size()));
    QCOMPARE(seen.last().second, qint64(body.size()));
}

void TestFeedDownload::cancelFromProgressSlot()
{
    QVERIFY(m_server->addFile(QStringLiteral("nvd.json"), feedBody(1 << 20)).ok());
    QVERIFY(
        m_server
            ->setConfig({{QStringLiteral("/nvd.json"), behaviour({{QStringLiteral("chunk_size"), 16384},
                                                                  {QStringLiteral("chunk_delay"), 0.05}})}})
            .ok());
    FeedDownload download;
    int emitted = 0;
    connect(&download, &FeedDownload::progress, this, [&download, &emitted] {
        ++emitted;
        download.cancel();
    });
    const auto fetched = download.fetch(m_server->url(QStringLiteral("/nvd.json")), {}, quickOptions());
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("cancelled"));
    QCOMPARE(emitted, 1);
    QVERIFY(download.isCancelled());
}

void TestFeedDownload::cancelFromAnotherThread()
{
    QVERIFY(m_server->addFile(QStringLiteral("slow.json"), feedBody(10000)).ok());
    QVERIFY(
        m_server
            ->setConfig({{QStringLiteral("/slow.json"), behaviour({{QStringLiteral("pause_after"), 100},
                                                                   {QStringLiteral("pause_seconds"), 60}})}})
            .ok());
    FeedDownload download;
    // The worker emits progress; this (main) thread receives it queued and cancels from here.
    connect(
        &download, &FeedDownload::progress, this, [&download] { download.cancel(); }, Qt::QueuedConnection);
    FeedFetchOptions options = quickOptions();
    options.transferTimeoutMs = 120000; // only the cancel can end it within the test's wait
    std::optional<Result<FeedFetch>> outcome;
    const QUrl url = m_server->url(QStringLiteral("/slow.json"));
    std::unique_ptr<QThread> worker(QThread::create(
        [&download, &outcome, &url, &options] { outcome = download.fetch(url, {}, options); }));
    QElapsedTimer clock;
    clock.start();
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 30000);
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, QStringLiteral("cancelled"));
    QVERIFY(clock.elapsed() < 30000);
}

void TestFeedDownload::cancelBeforeFetchSendsNothing()
{
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), feedBody(100)).ok());
    FeedDownload download;
    download.cancel();
    const auto fetched = download.fetch(m_server->url(QStringLiteral("/kev.json")), {}, quickOptions());
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("cancelled"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestFeedDownload::apiKeyIsSentButNeverShown()
{
    QVERIFY(m_server->addFile(QStringLiteral("drop.json"), feedBody(900)).ok()); // under maxBytes below
    QVERIFY(m_server->addFile(QStringLiteral("big.json"), feedBody(50000)).ok());
    // A server that echoes the key in its reason phrase, as some API gateways do.
    QVERIFY(m_server
                ->setConfig({{QStringLiteral("/nvd"),
                              behaviour({{QStringLiteral("status"), 403},
                                         {QStringLiteral("reason"),
                                          QString(QStringLiteral("Forbidden: bad apiKey ") + ApiKey)}})},
                             {QStringLiteral("/fail"), behaviour({{QStringLiteral("status"), 503}})},
                             {QStringLiteral("/drop.json"), behaviour({{QStringLiteral("drop_after"), 10}})}})
                .ok());
    FeedFetchOptions options = quickOptions();
    options.headers.append({"apiKey", ApiKey.toLatin1()});
    options.maxBytes = 1000;

    const int closed = closedPort();
    const QList<QUrl> urls{
        m_server->url(QStringLiteral("/nvd?startIndex=0")), m_server->url(QStringLiteral("/fail")),
        m_server->url(QStringLiteral("/drop.json")), m_server->url(QStringLiteral("/big.json")),
        QUrl(QStringLiteral("http://127.0.0.1:%1/nvd").arg(closed))};
    QStringList codes;
    for (const QUrl &url : urls) {
        FeedDownload download;
        const auto fetched = download.fetch(url, {}, options);
        QVERIFY2(!fetched.ok(), qPrintable(url.toString()));
        codes.append(fetched.error().code);
        QVERIFY2(!fetched.error().text().contains(ApiKey), qPrintable(fetched.error().text()));
        QVERIFY2(!fetched.error().code.contains(ApiKey), qPrintable(fetched.error().code));
        if (url.path() == QLatin1String("/nvd") && url.port() == m_server->port())
            QVERIFY2(fetched.error().message.contains(QStringLiteral("403 Forbidden: bad apiKey ***")),
                     qPrintable(fetched.error().message));
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("http-status"), QStringLiteral("http-status"),
                                 QStringLiteral("truncated"), QStringLiteral("too-large"),
                                 QStringLiteral("connection-refused")}));
    // The key did go to the server.
    const QList<QJsonObject> sent = requestsFor(QStringLiteral("/nvd"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(
        sent.first().value(QStringLiteral("headers")).toObject().value(QStringLiteral("apiKey")).toString(),
        ApiKey);
}

void TestFeedDownload::nvdPagesAreServedByQuery()
{
    QVERIFY(m_server->addFile(QStringLiteral("nvd-0.json"), "{\"startIndex\":0}").ok());
    QVERIFY(m_server->addFile(QStringLiteral("nvd-2.json"), "{\"startIndex\":2}").ok());
    QVERIFY(m_server
                ->setConfig(
                    {{QStringLiteral("/nvd"),
                      behaviour({{QStringLiteral("file_template"), QStringLiteral("nvd-{startIndex}.json")},
                                 {QStringLiteral("query_defaults"),
                                  QJsonObject{{QStringLiteral("startIndex"), QStringLiteral("0")}}}})}})
                .ok());
    const auto first = fetch(QStringLiteral("/nvd?resultsPerPage=2"));
    const auto second = fetch(QStringLiteral("/nvd?startIndex=2&resultsPerPage=2"));
    const auto beyond = fetch(QStringLiteral("/nvd?startIndex=4&resultsPerPage=2"));
    QVERIFY2(first.ok(), qPrintable(first.error().text()));
    QVERIFY2(second.ok(), qPrintable(second.error().text()));
    QCOMPARE(first.value().body, QByteArray("{\"startIndex\":0}"));
    QCOMPARE(second.value().body, QByteArray("{\"startIndex\":2}"));
    QVERIFY(!beyond.ok());
    QVERIFY(beyond.error().message.contains(QStringLiteral("404")));
    QCOMPARE(requestsFor(QStringLiteral("/nvd")).at(1).value(QStringLiteral("query")).toString(),
             QStringLiteral("startIndex=2&resultsPerPage=2"));
}

QTEST_GUILESS_MAIN(TestFeedDownload)
#include "tst_feeddownload.moc"
