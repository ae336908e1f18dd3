// FeedDownload against a real HTTP/1.1 server on loopback (tests/support/feed-http-server.py): conditional
// requests and 304, gzip Content-Encoding, dropped connections, HTTP errors, size caps, a sink taking the
// body in pieces, NVD's pages by query. The server logs every request it receives, so the tests assert what
// was sent. Proxies, redirects, timeouts, progress, cancellation and the API key: tst_feedtransfer.
#include "../support/FeedDownloads.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace FeedDownloads;

class TestFeedDownload : public FeedServerTest
{
    Q_OBJECT

private slots:
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
    void nvdPagesAreServedByQuery();
    void sinkReceivesTheDecodedBodyInPieces_data();
    void sinkReceivesTheDecodedBodyInPieces();
    void sinkRefusalStopsTheDownload();
};

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
