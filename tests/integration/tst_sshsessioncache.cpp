// SSH sessions kept between the console's scans (SshSessionCache) against a real sshd on loopback: what is
// reused is observed in sshd's own log (its "Accepted publickey" lines: one per login), never in timings.
#include "endpoints/SshSessionCache.h"
#include "jobs/ScanRun.h"

#include "storage/AssetRepository.h"
#include "storage/KnownHostKeys.h"

#include "../support/SshServer.h"
#include "../support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSshSessionCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void secondScanReusesTheSessionAndStoresTheSameRows();
    void sessionWhoseHostKeyIsNoLongerTrustedIsRefusedNotReused();
    void sessionKilledOnTheServerIsReplacedInTheSameScan();
    void editedAssetNeverGetsTheOldSession();
    void idleTimeoutClosesTheSession();
    void boundClosesTheLeastRecentlyUsedSession();

private:
    Asset addAsset(const QString &name) const;
    // Scans `assets` one at a time with the kept sessions of `cache`; the outcomes by asset name.
    QHash<QString, ScanRun::Outcome> scan(const QList<Asset> &assets,
                                          const std::shared_ptr<SshSessionCache> &cache,
                                          HostKeyPolicy policy = HostKeyPolicy::AcceptNew) const;
    qsizetype logins() { return m_server->log().count("Accepted publickey"); }
    int storedRows(const QString &table) const;

    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_scratch;
};

void TestSshSessionCache::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK"); // the test's keys only
}

void TestSshSessionCache::init()
{
    m_server = std::make_unique<SshServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_db = std::make_unique<TestDatabase>();
    m_scratch = std::make_unique<QTemporaryDir>();
}

void TestSshSessionCache::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_scratch.reset();
}

Asset TestSshSessionCache::addAsset(const QString &name) const
{
    Asset a;
    a.name = name;
    a.transport = Transport::Ssh;
    a.address = m_server->host();
    a.port = m_server->port();
    a.user = m_server->user();
    a.identityFile = m_server->userKeyPath();
    a.id = AssetRepository((*m_db)->connection(), u"tester"_s).add(a).value();
    return a;
}

QHash<QString, ScanRun::Outcome> TestSshSessionCache::scan(const QList<Asset> &assets,
                                                           const std::shared_ptr<SshSessionCache> &cache,
                                                           HostKeyPolicy policy) const
{
    ScanRun run(m_db->config(), assets, 1);
    EndpointContext context;
    context.hostKeyPolicy = policy;
    context.sshConfigPath = m_scratch->filePath(u"no-ssh-config"_s);
    context.keptSessions = cache;
    run.setEndpointContext(context);
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    if (!finished.wait(240000))
        qFatal("the scan did not finish");
    QHash<QString, ScanRun::Outcome> byName;
    for (const ScanRun::Outcome &outcome : run.outcomes())
        byName.insert(outcome.assetName, outcome);
    return byName;
}

int TestSshSessionCache::storedRows(const QString &table) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSshSessionCache::secondScanReusesTheSessionAndStoresTheSameRows()
{
    const auto cache = std::make_shared<SshSessionCache>();
    const Asset a = addAsset(u"a"_s);
    const auto cold = scan({a}, cache).value(u"a"_s);
    QVERIFY2(cold.ok(), qPrintable(cold.message));
    QVERIFY(cold.summary.installed > 0);
    QCOMPARE(logins(), 1);
    QCOMPARE(cache->size(), 1);
    const int installedRows = storedRows(u"installed_packages"_s);
    const int patchRows = storedRows(u"asset_patches"_s);

    const auto warm = scan({a}, cache).value(u"a"_s);
    QVERIFY2(warm.ok(), qPrintable(warm.message));
    QCOMPARE(logins(), 1); // no second login: the kept session ran the scan
    QVERIFY(warm.unchanged);
    QCOMPARE(warm.summary.installed, cold.summary.installed);
    QCOMPARE(warm.summary.pending, cold.summary.pending);
    QCOMPARE(storedRows(u"installed_packages"_s), installedRows);
    QCOMPARE(storedRows(u"asset_patches"_s), patchRows);
    QCOMPARE(cache->size(), 1);

    QCOMPARE(m_server->sessionProcesses().size(), 1); // the kept connection's sshd
    QSignalSpy closed(cache.get(), &SshSessionCache::sessionsClosed);
    QCOMPARE(cache->closeAll(), 1);
    QCOMPARE(closed.size(), 1);
    // The connection's sshd ends: the session was closed, not only forgotten.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->sessionProcesses().isEmpty(), 20000);
}

void TestSshSessionCache::sessionWhoseHostKeyIsNoLongerTrustedIsRefusedNotReused()
{
    const auto cache = std::make_shared<SshSessionCache>();
    const Asset a = addAsset(u"a"_s);
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    QCOMPARE(cache->size(), 1);

    // An admin pinned another key for the host: the session proved the old one and must not be used.
    KnownHostKey other;
    other.host = m_server->host();
    other.port = m_server->port();
    other.keyType = u"ssh-ed25519"_s;
    other.fingerprint = u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    QVERIFY(KnownHostKeys((*m_db)->connection(), u"tester"_s).accept(other, true));

    const auto refused = scan({a}, cache).value(u"a"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorCode, QString::fromLatin1(HostKeyVerifier::ChangedCode));
    QCOMPARE(logins(), 1); // the fresh connection was refused before any login
    QCOMPARE(cache->size(), 0);
}

void TestSshSessionCache::sessionKilledOnTheServerIsReplacedInTheSameScan()
{
    const auto cache = std::make_shared<SshSessionCache>();
    const Asset a = addAsset(u"a"_s);
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    QCOMPARE(cache->size(), 1);
    QVERIFY(m_server->killSessions() > 0); // sshd restarted or the network dropped while it was idle

    const auto rescan = scan({a}, cache).value(u"a"_s);
    QVERIFY2(rescan.ok(), qPrintable(rescan.message));
    QVERIFY(rescan.unchanged);
    QCOMPARE(logins(), 2);
    QCOMPARE(cache->size(), 1);
    // The replacement is kept: the next scan logs in no more.
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    QCOMPARE(logins(), 2);
}

void TestSshSessionCache::editedAssetNeverGetsTheOldSession()
{
    const auto cache = std::make_shared<SshSessionCache>();
    Asset a = addAsset(u"a"_s);
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    QCOMPARE(cache->size(), 1);

    // Another key file (also authorized): another credential, another login.
    const QString copy = m_scratch->filePath(u"copy_ed25519"_s);
    QVERIFY(QFile::copy(m_server->userKeyPath(), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    a.identityFile = copy;
    QVERIFY(AssetRepository((*m_db)->connection(), u"tester"_s).update(a));
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    QCOMPARE(logins(), 2);
    QCOMPARE(cache->size(), 1); // the old session was closed, the new one kept

    QCOMPARE(cache->closeAsset(a.id), 1); // the console closes it when the asset is edited or removed
    QCOMPARE(cache->size(), 0);
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    QCOMPARE(logins(), 3);
}

void TestSshSessionCache::idleTimeoutClosesTheSession()
{
    const auto cache =
        std::make_shared<SshSessionCache>(SshSessionCache::Limits{64, std::chrono::milliseconds(300)});
    QSignalSpy closed(cache.get(), &SshSessionCache::sessionsClosed);
    const Asset a = addAsset(u"a"_s);
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    if (closed.isEmpty())
        QVERIFY(closed.wait(20000)); // the timer found it idle
    QCOMPARE(closed.constFirst().constFirst().toInt(), 1);
    QCOMPARE(cache->size(), 0);
    // The connection's sshd ends: the session was closed, not only forgotten.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->sessionProcesses().isEmpty(), 20000);
    QVERIFY(scan({a}, cache).value(u"a"_s).ok());
    QCOMPARE(logins(), 2);
}

void TestSshSessionCache::boundClosesTheLeastRecentlyUsedSession()
{
    const auto cache =
        std::make_shared<SshSessionCache>(SshSessionCache::Limits{2, std::chrono::minutes(10)});
    QSignalSpy closed(cache.get(), &SshSessionCache::sessionsClosed);
    const Asset a = addAsset(u"a"_s);
    const Asset b = addAsset(u"b"_s);
    const Asset c = addAsset(u"c"_s);
    // One worker: checked in as a, b, c; c's check-in closes a.
    const auto outcomes = scan({a, b, c}, cache);
    for (const auto &outcome : outcomes)
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(logins(), 3);
    QCOMPARE(cache->size(), 2);
    QCOMPARE(closed.size(), 1);

    QVERIFY(scan({c}, cache).value(u"c"_s).ok()); // kept
    QCOMPARE(logins(), 3);
    QVERIFY(scan({b}, cache).value(u"b"_s).ok()); // kept
    QCOMPARE(logins(), 3);
    QVERIFY(scan({a}, cache).value(u"a"_s).ok()); // evicted: a new login, which closes c (now the oldest)
    QCOMPARE(logins(), 4);
    QCOMPARE(cache->size(), 2);
    QVERIFY(scan({b}, cache).value(u"b"_s).ok());
    QCOMPARE(logins(), 4);
}

QTEST_GUILESS_MAIN(TestSshSessionCache)
#include "tst_sshsessioncache.moc"
