// FeedDownload's transfer against a real HTTP/1.1 server on loopback (tests/support/feed-http-server.py):
// explicit and environment proxies, redirects (a cross-origin one drops the API key), a stalled transfer's
// timeout, progress, cancellation from a progress slot, another thread or before the fetch, and an API key
// sent but never shown. The server logs every request it receives, so the tests assert what was sent.
#include "../support/FeedDownloads.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace FeedDownloads;

class TestFeedTransfer : public FeedServerTest
{
    Q_OBJECT

private slots:
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
};

void TestFeedTransfer::explicitProxyIsUsed()
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

void TestFeedTransfer::systemProxyComesFromTheEnvironment()
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

void TestFeedTransfer::unreachableProxyIsAProxyError()
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

void TestFeedTransfer::redirectIsFollowed()
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

void TestFeedTransfer::crossOriginRedirectDropsTheApiKey()
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

void TestFeedTransfer::stalledTransferTimesOut()
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

void TestFeedTransfer::progressIncreasesToTheTotal()
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

void TestFeedTransfer::cancelFromProgressSlot()
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

void TestFeedTransfer::cancelFromAnotherThread()
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

void TestFeedTransfer::cancelBeforeFetchSendsNothing()
{
    QVERIFY(m_server->addFile(QStringLiteral("kev.json"), feedBody(100)).ok());
    FeedDownload download;
    download.cancel();
    const auto fetched = download.fetch(m_server->url(QStringLiteral("/kev.json")), {}, quickOptions());
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().code, QStringLiteral("cancelled"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestFeedTransfer::apiKeyIsSentButNeverShown()
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

QTEST_GUILESS_MAIN(TestFeedTransfer)
#include "tst_feedtransfer.moc"
