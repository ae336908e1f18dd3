#include "intel/IntelSync.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FeedStateRepository.h"
#include "storage/VulnerabilityRepository.h"

#include "../support/CliRunner.h"
#include "../support/FeedHttpServer.h"
#include "../support/Samples.h"
#include "../support/TableDump.h"
#include "../support/TestDatabase.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

// `intel sync` against a real HTTPS server on loopback (tests/support/feed-http-server.py with --tls) whose
// certificate the test makes at run time with `openssl req`: self-signed, so no CA the machine trusts has
// signed it. The sync must refuse the connection, name the certificate problem and store nothing; the same
// server, trusted explicitly by a client of the test's own, serves the file, so the refusal is about trust
// alone. Patchwright has no CA option for feeds (it trusts the system's CA store), so there is no "succeeds
// with this CA" half.
class TestFeedTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theServerSpeaksHttpsToAClientThatTrustsItsCertificate();
    void syncRefusesTheUntrustedCertificateAndStoresNothing();
    void cliSyncSaysWhatIsWrongAndExitsOne();

private:
    bool startServer(FeedHttpServer &server) const;
    static IntelSync::Options optionsFor(IntelFeed feed, const QUrl &url);

    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;
    QByteArray m_kev;
};

void TestFeedTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), m_key,
                   QStringLiteral("-out"), m_certificate});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
                 openssl.exitCode() == 0,
             openssl.readAll().constData());
    QCOMPARE(QSslCertificate::fromPath(m_certificate).size(), 1);
    PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
    m_kev = Samples::read(kev);
    QVERIFY(!m_kev.isEmpty());
}

bool TestFeedTls::startServer(FeedHttpServer &server) const
{
    server.useTls(m_certificate, m_key);
    if (const Status started = server.start(); !started) {
        qWarning("%s", qPrintable(started.error().text()));
        return false;
    }
    return server.addFile(QStringLiteral("kev.json"), m_kev).ok() &&
           server.url(QStringLiteral("/")).scheme() == QLatin1String("https");
}

IntelSync::Options TestFeedTls::optionsFor(IntelFeed feed, const QUrl &url)
{
    IntelSync::Options options;
    options.urls.insert(int(feed), url);
    options.nvdPageDelayMs = 0;
    options.transferTimeoutMs = 20000;
    return options;
}

void TestFeedTls::theServerSpeaksHttpsToAClientThatTrustsItsCertificate()
{
    FeedHttpServer server;
    QVERIFY(startServer(server));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(server.url(QStringLiteral("/kev.json")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_certificate));
    request.setSslConfiguration(tls);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a bound, not a synchronisation
    loop.exec();
    QVERIFY(reply->isFinished());
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
    QCOMPARE(reply->readAll(), m_kev);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.tlsHandshakes().constFirst().value(QStringLiteral("handshake")).toString(),
             QStringLiteral("ok"));
}

void TestFeedTls::syncRefusesTheUntrustedCertificateAndStoresNothing()
{
    FeedHttpServer server;
    QVERIFY(startServer(server));
    TestDatabase db;
    const QString feedStateBefore = TableDump::dump(*db, "feed_state");
    const qsizetype auditBefore = AuditLog(db->connection()).list().value().size();
    IntelSync sync(*db);
    const QUrl url = server.url(QStringLiteral("/kev.json"));
    const auto refused = sync.sync(IntelFeed::Kev, optionsFor(IntelFeed::Kev, url));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("tls"));
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("The TLS handshake with %1 failed").arg(url.toString())),
             qPrintable(refused.error().text()));
    QVERIFY2(
        refused.error().message.endsWith(QLatin1String("The certificate is self-signed, and untrusted.")),
        qPrintable(refused.error().text()));
    QVERIFY(refused.error().hint.contains(QLatin1String("CA certificates")));

    // The client reached the server and stopped at its certificate: no HTTP request, so no header (an NVD
    // API key would be one) went over the untrusted connection. Qt may keep the refused socket open for a
    // while, so the server's side of the handshake can still be pending: those that ended have failed.
    QVERIFY(server.waitForAcceptedConnections(1, 20000));
    for (const QJsonObject &handshake : server.tlsHandshakes())
        QCOMPARE(handshake.value(QStringLiteral("handshake")).toString(), QStringLiteral("failed"));
    QVERIFY(server.requests().isEmpty());
    IntelSync::Options nvd = optionsFor(IntelFeed::Nvd, server.url(QStringLiteral("/rest/json/cves/2.0")));
    nvd.nvdApiKey = "secret-api-key";
    const auto nvdRefused = sync.sync(IntelFeed::Nvd, nvd);
    QVERIFY(!nvdRefused.ok());
    QCOMPARE(nvdRefused.error().code, QStringLiteral("tls"));
    QVERIFY(!nvdRefused.error().text().contains(QLatin1String("secret-api-key")));
    QVERIFY(server.requests().isEmpty());

    // Nothing stored: no vulnerability, no feed state, no import in the audit trail.
    QCOMPARE(VulnerabilityRepository(db->connection()).count().value(), 0);
    QCOMPARE(TableDump::dump(*db, "feed_state"), feedStateBefore);
    QVERIFY(!FeedStateRepository(db->connection()).find(QStringLiteral("kev")).value().importedAt.isValid());
    QCOMPARE(AuditLog(db->connection()).list().value().size(), auditBefore);
}

void TestFeedTls::cliSyncSaysWhatIsWrongAndExitsOne()
{
    FeedHttpServer server;
    QVERIFY(startServer(server));
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"),
                       QStringLiteral("correct horse battery staple"));
    cli.setLeadingArguments({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.db"))});
    const QString url = server.url(QStringLiteral("/kev.json")).toString();
    const CliRunner::Run synced = cli.run({QStringLiteral("intel"), QStringLiteral("sync"),
                                           QStringLiteral("kev"), QStringLiteral("--url"), url});
    QCOMPARE(synced.exitCode, 1);
    QVERIFY2(
        synced.err.contains(QByteArray("TLS handshake with " + url.toUtf8() + " failed")) &&
            synced.err.contains("self-signed, and untrusted. Check the system clock and CA certificates"),
        synced.err.constData());
    QVERIFY(server.requests().isEmpty());

    const CliRunner::Run status = cli.run({QStringLiteral("intel"), QStringLiteral("status"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonDocument feeds = QJsonDocument::fromJson(status.out);
    QVERIFY2(feeds.isArray(), status.out.constData());
    for (const QJsonValue &feed : feeds.array()) { // no feed has an import
        const QJsonObject row = feed.toObject();
        QVERIFY2(row.value(QStringLiteral("records")).toInt() == 0 &&
                     row.value(QStringLiteral("sha256")).toString().isEmpty(),
                 status.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestFeedTls)

#include "tst_feedtls.moc"
