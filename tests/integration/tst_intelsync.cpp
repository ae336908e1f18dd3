#include "intel/EpssFeed.h"
#include "intel/FeedSettings.h"
#include "intel/IntelSync.h"
#include "intel/KevFeed.h"

#include "storage/FeedAttemptRepository.h"
#include "storage/FeedStateRepository.h"
#include "storage/VulnerabilityRepository.h"

#include "../support/FeedHttpServer.h"
#include "../support/Samples.h"
#include "../support/TableDump.h"
#include "../support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <zlib.h>

#include <tuple>

// `intel sync` against a real HTTP server on loopback: conditional downloads, gzip, NVD paging, and failures
// (dropped connection, HTTP 500) that leave the stored data exactly as it was.
class TestIntelSync : public QObject
{
    Q_OBJECT

private slots:
    void kevSyncIsConditional()
    {
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        FeedHttpServer server;
        QVERIFY(start(server));
        QVERIFY(server.addFile(QStringLiteral("kev.json"), Samples::read(kev)).ok());
        QVERIFY(server
                    .setConfig(QJsonObject{{QStringLiteral("/kev.json"),
                                            QJsonObject{{QStringLiteral("etag"), QStringLiteral("\"v1\"")}}}})
                    .ok());
        TestDatabase db;
        IntelSync sync(*db);
        QSignalSpy progress(&sync, &IntelSync::progress);
        const IntelSync::Options options =
            optionsFor(IntelFeed::Kev, server.url(QStringLiteral("/kev.json")));
        auto first = sync.sync(IntelFeed::Kev, options);
        QVERIFY2(first.ok(), qPrintable(first.error().text()));
        QVERIFY(!first.value().notModified);
        QCOMPARE(first.value().import.counts.added, 20);
        QVERIFY(!progress.isEmpty());
        const auto state = FeedStateRepository(db->connection()).find(QStringLiteral("kev"));
        QCOMPARE(state.value().etag, QStringLiteral("\"v1\""));
        QCOMPARE(state.value().source, server.url(QStringLiteral("/kev.json")).toString());

        const QString before = TableDump::dump(*db, "vulnerabilities");
        auto second = sync.sync(IntelFeed::Kev, options);
        QVERIFY2(second.ok(), qPrintable(second.error().text()));
        QVERIFY(second.value().notModified);
        QCOMPARE(TableDump::dump(*db, "vulnerabilities"), before);
        const QList<QJsonObject> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.last().value(QStringLiteral("status")).toInt(), 304);
        QCOMPARE(header(requests.last(), "if-none-match"), QStringLiteral("\"v1\""));
    }

    void epssSyncReadsTheGzipFile()
    {
        FeedHttpServer server;
        QVERIFY(start(server));
        QByteArray csv =
            "#model_version:v2025.03.14,score_date:2025-11-24T00:00:00+0000\ncve,epss,percentile\n";
        for (int i = 1; i <= 500; ++i)
            csv += QStringLiteral("CVE-2024-%1,0.%2,0.5\n")
                       .arg(10000 + i)
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .toLatin1();
        QVERIFY(server.addFile(QStringLiteral("epss_scores-current.csv.gz"), gzip(csv)).ok());
        TestDatabase db;
        IntelSync sync(*db);
        auto synced =
            sync.sync(IntelFeed::Epss,
                      optionsFor(IntelFeed::Epss, server.url(QStringLiteral("/epss_scores-current.csv.gz"))));
        QVERIFY2(synced.ok(), qPrintable(synced.error().text()));
        QCOMPARE(synced.value().import.counts.added, 500);
        QCOMPARE(VulnerabilityRepository(db->connection())
                     .find({QStringLiteral("CVE-2024-10007")})
                     .value()
                     .value(QStringLiteral("CVE-2024-10007"))
                     .epss,
                 0.00007);
    }

    void epssDownloadStopsAtTheEpssLimit()
    {
        FeedHttpServer server;
        QVERIFY(start(server));
        QVERIFY(
            server.addFile(QStringLiteral("epss.csv"), QByteArray(EpssFeed::MaxInputBytes + 1, '\n')).ok());
        TestDatabase db;
        IntelSync sync(*db);
        const auto refused =
            sync.sync(IntelFeed::Epss, optionsFor(IntelFeed::Epss, server.url(QStringLiteral("/epss.csv"))));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("too-large"));
        QVERIFY2(refused.error().message.contains(QLatin1String("larger than the limit of 67108864 bytes")),
                 qPrintable(refused.error().text()));
        QCOMPARE(VulnerabilityRepository(db->connection()).count().value(), 0);
    }

    // KEV is parsed as it downloads: past the record cap the download is stopped, the parser's refusal is
    // the error, and nothing is stored.
    void kevDownloadStopsAtTheRecordLimitWhileStreaming()
    {
        FeedHttpServer server;
        QVERIFY(start(server));
        const QByteArray entry = R"({"cveID":"CVE-2024-10001","dateAdded":"2024-01-01"},)";
        QByteArray body = R"({"vulnerabilities":[)" + entry.repeated(KevFeed::MaxEntries + 5000);
        body.chop(1);
        body += "]}";
        QVERIFY(server.addFile(QStringLiteral("kev.json"), body).ok());
        TestDatabase db;
        IntelSync sync(*db);
        const auto refused =
            sync.sync(IntelFeed::Kev, optionsFor(IntelFeed::Kev, server.url(QStringLiteral("/kev.json"))));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String(
                     "at least 100001 entries, more than 100000, the limit of one KEV catalog")),
                 qPrintable(refused.error().text()));
        QCOMPARE(VulnerabilityRepository(db->connection()).count().value(), 0);
    }

    void nvdSyncPagesThroughTheApi()
    {
        PW_SAMPLE(nvd, "intel", "nvd_cve_api2_page_trimmed.json");
        const QJsonObject whole = QJsonDocument::fromJson(Samples::read(nvd)).object();
        const QJsonArray cves = whole.value(QStringLiteral("vulnerabilities")).toArray();
        QCOMPARE(cves.size(), 2);
        FeedHttpServer server;
        QVERIFY(start(server));
        for (int i = 0; i < 2; ++i) {
            QJsonObject page = whole;
            page.insert(QStringLiteral("resultsPerPage"), 1);
            page.insert(QStringLiteral("startIndex"), i);
            page.insert(QStringLiteral("totalResults"), 2);
            page.insert(QStringLiteral("vulnerabilities"), QJsonArray{cves.at(i)});
            QVERIFY(server.addFile(QStringLiteral("nvd-%1.json").arg(i), QJsonDocument(page).toJson()).ok());
        }
        QVERIFY(
            server
                .setConfig(QJsonObject{
                    {QStringLiteral("/rest/json/cves/2.0"),
                     QJsonObject{{QStringLiteral("file_template"), QStringLiteral("nvd-{startIndex}.json")},
                                 {QStringLiteral("query_defaults"),
                                  QJsonObject{{QStringLiteral("startIndex"), QStringLiteral("0")}}}}}})
                .ok());
        TestDatabase db;
        IntelSync sync(*db);
        IntelSync::Options options =
            optionsFor(IntelFeed::Nvd, server.url(QStringLiteral("/rest/json/cves/2.0")));
        options.nvdPageSize = 1;
        options.nvdApiKey = "secret-api-key";
        auto synced = sync.sync(IntelFeed::Nvd, options);
        QVERIFY2(synced.ok(), qPrintable(synced.error().text()));
        QCOMPARE(synced.value().pages, 2);
        QCOMPARE(synced.value().import.counts.added, 2);
        const QList<QJsonObject> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0)
                    .value(QStringLiteral("target"))
                    .toString()
                    .contains(QLatin1String("startIndex=0")));
        QVERIFY(requests.at(1)
                    .value(QStringLiteral("target"))
                    .toString()
                    .contains(QLatin1String("startIndex=1")));
        QCOMPARE(header(requests.at(0), "apikey"), QStringLiteral("secret-api-key"));
        QCOMPARE(VulnerabilityRepository(db->connection()).count().value(), 2);
        QVERIFY(
            FeedStateRepository(db->connection()).find(QStringLiteral("nvd")).value().importedAt.isValid());
    }

    // The default OSV source is a URL template: one archive per ecosystem family the fleet runs, each with
    // its own state and validators.
    void osvSyncFetchesOneArchivePerEcosystemFamily()
    {
        PW_SAMPLE(dla, "intel", "osv_debian_DLA-3008-1.json");
        TestDatabase db;
        QSqlQuery query(db->connection());
        for (const auto &[name, os, version] :
             {std::tuple{"deb-a", "debian", "12"}, std::tuple{"deb-b", "debian", "9"},
              std::tuple{"alp", "alpine", "3.19.1"}, std::tuple{"odd", "plan9", "4"}}) {
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO assets (name, transport, created_at, os_id, os_version) "
                               "VALUES ('%1', 'ssh', '2026-11-01T00:00:00.000Z', '%2', '%3')")
                    .arg(QLatin1String(name), QLatin1String(os), QLatin1String(version))));
        }
        FeedHttpServer server;
        QVERIFY(start(server));
        QVERIFY(server.addFile(QStringLiteral("debian.json"), Samples::read(dla)).ok());
        const QByteArray alpine = R"({"id": "ALPINE-TEST-1", "aliases": ["CVE-2024-0727"], "affected": [
            {"package": {"name": "openssl", "ecosystem": "Alpine:v3.19"},
             "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.1.4-r5"}]}]}]})";
        QVERIFY(server.addFile(QStringLiteral("alpine.json"), alpine).ok());
        QVERIFY(
            server
                .setConfig(QJsonObject{{QStringLiteral("/osv/Debian/all.zip"),
                                        QJsonObject{{QStringLiteral("file"), QStringLiteral("debian.json")},
                                                    {QStringLiteral("etag"), QStringLiteral("\"d1\"")}}},
                                       {QStringLiteral("/osv/Alpine/all.zip"),
                                        QJsonObject{{QStringLiteral("file"), QStringLiteral("alpine.json")},
                                                    {QStringLiteral("etag"), QStringLiteral("\"a1\"")}}}})
                .ok());
        IntelSync sync(*db);
        IntelSync::Options options =
            optionsFor(IntelFeed::Osv, QUrl(server.url(QStringLiteral("/osv/")).toString() +
                                            QStringLiteral("{ecosystem}/all.zip")));
        auto first = sync.sync(IntelFeed::Osv, options);
        QVERIFY2(first.ok(), qPrintable(first.error().text()));
        QCOMPARE(first.value().archives, (QStringList{QStringLiteral("Alpine"), QStringLiteral("Debian")}));
        QCOMPARE(first.value().import.counts.added, 2);
        QCOMPARE(FeedStateRepository(db->connection()).find(QStringLiteral("osv:Debian")).value().etag,
                 QStringLiteral("\"d1\""));
        QCOMPARE(FeedStateRepository(db->connection()).find(QStringLiteral("osv:Alpine")).value().etag,
                 QStringLiteral("\"a1\""));

        auto second = sync.sync(IntelFeed::Osv, options);
        QVERIFY2(second.ok(), qPrintable(second.error().text()));
        QVERIFY(second.value().notModified);
        const QList<QJsonObject> requests = server.requests();
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.at(2).value(QStringLiteral("status")).toInt(), 304);
        QCOMPARE(requests.at(3).value(QStringLiteral("status")).toInt(), 304);
    }

    // Intel ▸ Feeds… syncs one source alone: one OSV family's archive, and nothing else; every attempt is
    // recorded with how it ended, so the view (and a CLI sync) shows a failure next to the last success.
    void oneSourceSyncsAloneAndEachAttemptIsRecorded()
    {
        PW_SAMPLE(dla, "intel", "osv_debian_DLA-3008-1.json");
        TestDatabase db;
        QSqlQuery query(db->connection());
        for (const auto &[name, os, version] :
             {std::tuple{"deb-a", "debian", "12"}, std::tuple{"alp", "alpine", "3.19.1"}}) {
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO assets (name, transport, created_at, os_id, os_version) "
                               "VALUES ('%1', 'ssh', '2026-11-01T00:00:00.000Z', '%2', '%3')")
                    .arg(QLatin1String(name), QLatin1String(os), QLatin1String(version))));
        }
        FeedHttpServer server;
        QVERIFY(start(server));
        QVERIFY(server.addFile(QStringLiteral("osv/Debian/all.zip"), Samples::read(dla)).ok());
        QVERIFY(FeedSettings(*db)
                    .setMirror(IntelFeed::Osv, server.url(QStringLiteral("/osv/")).toString() +
                                                   QStringLiteral("{ecosystem}/all.zip"))
                    .ok());
        QVERIFY(FeedSettings(*db)
                    .setMirror(IntelFeed::Kev, server.url(QStringLiteral("/gone.json")).toString())
                    .ok());
        IntelSync sync(*db);
        IntelSync::Options options;
        options.transferTimeoutMs = 20000;
        const auto sources = sync.sources(options);
        QVERIFY(sources.ok());
        QStringList keys;
        for (const FeedSource &source : sources.value())
            keys.append(source.key());
        QCOMPARE(keys, (QStringList{QStringLiteral("kev"), QStringLiteral("epss"), QStringLiteral("nvd"),
                                    QStringLiteral("osv:Alpine"), QStringLiteral("osv:Debian")}));

        auto debian = sync.sync(FeedSource{IntelFeed::Osv, QStringLiteral("Debian")}, options);
        QVERIFY2(debian.ok(), qPrintable(debian.error().text()));
        QCOMPARE(debian.value().import.counts.added, 1);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/osv/Debian/all.zip"));
        auto kev = sync.sync(FeedSource{IntelFeed::Kev, {}}, options);
        QVERIFY(!kev.ok());

        const auto attempts = FeedAttemptRepository(db->connection()).list();
        QVERIFY(attempts.ok());
        QCOMPARE(attempts.value().size(), 2);
        QCOMPARE(attempts.value().at(0).feed, QStringLiteral("kev"));
        QCOMPARE(attempts.value().at(0).outcome, QStringLiteral("failed"));
        QVERIFY2(attempts.value().at(0).error.contains(QLatin1String("HTTP 404")),
                 qPrintable(attempts.value().at(0).error));
        QCOMPARE(attempts.value().at(1).feed, QStringLiteral("osv:Debian"));
        QCOMPARE(attempts.value().at(1).outcome, QStringLiteral("ok"));
        QVERIFY(attempts.value().at(1).error.isEmpty());
    }

    // The stored proxy reaches every feed, NVD's pages included; "none" goes direct whatever the
    // environment says.
    void theStoredProxyReachesEveryFeed()
    {
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        PW_SAMPLE(nvd, "intel", "nvd_cve_api2_page_trimmed.json");
        FeedHttpServer server;
        QVERIFY(start(server));
        QVERIFY(server.addFile(QStringLiteral("kev.json"), Samples::read(kev)).ok());
        QJsonObject page = QJsonDocument::fromJson(Samples::read(nvd)).object();
        page.insert(QStringLiteral("totalResults"),
                    page.value(QStringLiteral("vulnerabilities")).toArray().size());
        QVERIFY(server.addFile(QStringLiteral("cves"), QJsonDocument(page).toJson()).ok());
        TestDatabase db;
        FeedSettings settings(*db);
        QVERIFY(settings.setMirror(IntelFeed::Nvd, QStringLiteral("http://nvd.example.invalid/cves")).ok());
        QVERIFY(
            settings.setMirror(IntelFeed::Kev, QStringLiteral("http://kev.example.invalid/kev.json")).ok());
        QVERIFY(settings
                    .setProxy(FeedProxy{FeedProxy::Mode::Manual,
                                        QStringLiteral("http://127.0.0.1:%1").arg(server.port())})
                    .ok());
        IntelSync sync(*db);
        IntelSync::Options options;
        options.nvdPageDelayMs = 0;
        options.transferTimeoutMs = 20000;
        auto nvdSynced = sync.sync(IntelFeed::Nvd, options);
        QVERIFY2(nvdSynced.ok(), qPrintable(nvdSynced.error().text()));
        auto kevSynced = sync.sync(IntelFeed::Kev, options);
        QVERIFY2(kevSynced.ok(), qPrintable(kevSynced.error().text()));
        QCOMPARE(server.requests().size(), 2);
        for (const QJsonObject &request : server.requests())
            QVERIFY2(request.value(QStringLiteral("proxy")).toBool(),
                     qPrintable(request.value(QStringLiteral("target")).toString()));

        // Direct: a dead proxy in the environment is ignored.
        QVERIFY(settings.setMirror(IntelFeed::Kev, server.url(QStringLiteral("/kev.json")).toString()).ok());
        QVERIFY(settings.setProxy(FeedProxy{FeedProxy::Mode::None, {}}).ok());
        qputenv("http_proxy", "http://127.0.0.1:1");
        auto direct = sync.sync(IntelFeed::Kev, options);
        qunsetenv("http_proxy");
        QVERIFY2(direct.ok(), qPrintable(direct.error().text()));
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(!server.requests().last().value(QStringLiteral("proxy")).toBool());
    }

    void failedDownloadsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("behaviour");
        QTest::addColumn<QString>("code");
        QTest::newRow("dropped mid-body") << QJsonObject{{QStringLiteral("drop_after"), 4000}} << "truncated";
        QTest::newRow("HTTP 500") << QJsonObject{{QStringLiteral("status"), 500}} << "http-status";
        QTest::newRow("not found") << QJsonObject{{QStringLiteral("status"), 404}} << "http-status";
    }
    void failedDownloadsChangeNothing()
    {
        QFETCH(QJsonObject, behaviour);
        QFETCH(QString, code);
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        FeedHttpServer server;
        QVERIFY(start(server));
        QVERIFY(server.addFile(QStringLiteral("kev.json"), Samples::read(kev)).ok());
        TestDatabase db;
        IntelSync sync(*db);
        const IntelSync::Options options =
            optionsFor(IntelFeed::Kev, server.url(QStringLiteral("/kev.json")));
        QVERIFY(sync.sync(IntelFeed::Kev, options).ok());
        const QString before = TableDump::dump(*db, "vulnerabilities") + TableDump::dump(*db, "feed_state") +
                               TableDump::dump(*db, "audit_events");

        QVERIFY(server.setConfig(QJsonObject{{QStringLiteral("/kev.json"), behaviour}}).ok());
        QVERIFY(
            server.addFile(QStringLiteral("kev.json"), Samples::read(kev).replace("Known", "Unknown")).ok());
        const auto failed = sync.sync(IntelFeed::Kev, options);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, code);
        QVERIFY(failed.error().message.startsWith(QLatin1String("Sync of kev failed")));
        QCOMPARE(TableDump::dump(*db, "vulnerabilities") + TableDump::dump(*db, "feed_state") +
                     TableDump::dump(*db, "audit_events"),
                 before);
    }

    void aMalformedDownloadIsRefusedWhole()
    {
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        FeedHttpServer server;
        QVERIFY(start(server));
        QVERIFY(server.addFile(QStringLiteral("kev.json"), Samples::read(kev).left(5000))
                    .ok()); // complete HTTP, broken JSON
        TestDatabase db;
        IntelSync sync(*db);
        const auto refused =
            sync.sync(IntelFeed::Kev, optionsFor(IntelFeed::Kev, server.url(QStringLiteral("/kev.json"))));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("line")), qPrintable(refused.error().text()));
        QCOMPARE(VulnerabilityRepository(db->connection()).count().value(), 0);
        QVERIFY(
            !FeedStateRepository(db->connection()).find(QStringLiteral("kev")).value().importedAt.isValid());
    }

private:
    static bool start(FeedHttpServer &server)
    {
        const Status started = server.start();
        if (!started)
            qWarning("%s", qPrintable(started.error().text()));
        return started.ok();
    }

    static IntelSync::Options optionsFor(IntelFeed feed, const QUrl &url)
    {
        IntelSync::Options options;
        options.urls.insert(int(feed), url);
        options.nvdPageDelayMs = 0;
        options.transferTimeoutMs = 20000;
        return options;
    }

    static QString header(const QJsonObject &request, const char *name)
    {
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return it.value().toString();
        }
        return {};
    }

    static QByteArray gzip(const QByteArray &data)
    {
        z_stream stream{};
        if (deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            qFatal("deflateInit2");
        QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
            qFatal("deflate");
        out.resize(int(stream.total_out));
        deflateEnd(&stream);
        return out;
    }
};

QTEST_GUILESS_MAIN(TestIntelSync)
#include "tst_intelsync.moc"
