// The SSH path against a real sshd (tests/support/SshServer.h): host key refusals in the audit trail under
// real contention (many assets scanned in parallel, each worker's verifier appending on its own connection
// while the run's workers write their scan results: every refusal is one "hostkey.rejected" event, every
// run), and none of the console's environment reaching a remote command.
#include "endpoints/EndpointForAsset.h"
#include "jobs/ScanRun.h"
#include "trust/ConsoleTrust.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/KnownHostKeys.h"

#include "../support/SshServer.h"
#include "../support/TestDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSshHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changedKeysScannedInParallelAreEachAudited();
    void unknownKeysOnFirstContactAreAuditedAsRejected();
    void remoteCommandsGetNoneOfTheConsolesEnvironment();

private:
    static constexpr int AssetCount = 6;
    QList<Asset> addAssets();
    // Scans `assets` with `policy`; returns the outcomes' error codes.
    QStringList scan(const QList<Asset> &assets, HostKeyPolicy policy);
    int rejectedEvents() const;

    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_scratch;
};

void TestSshHardening::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK"); // the test's keys only
}

void TestSshHardening::init()
{
    m_server = std::make_unique<SshServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_db = std::make_unique<TestDatabase>();
}

void TestSshHardening::cleanup()
{
    m_server.reset();
    m_db.reset();
}

QList<Asset> TestSshHardening::addAssets()
{
    AssetRepository repository((*m_db)->connection(), u"tester"_s);
    QList<Asset> assets;
    for (int i = 0; i < AssetCount; ++i) {
        Asset a;
        a.name = u"box%1"_s.arg(i);
        a.transport = Transport::Ssh;
        a.address = m_server->host();
        a.port = m_server->port();
        a.user = m_server->user();
        a.identityFile = m_server->userKeyPath();
        a.id = repository.add(a).value();
        assets.append(a);
    }
    return assets;
}

QStringList TestSshHardening::scan(const QList<Asset> &assets, HostKeyPolicy policy)
{
    ScanRun run(m_db->config(), assets, AssetCount);
    EndpointContext context;
    context.hostKeyPolicy = policy;
    context.sshConfigPath = m_scratch.filePath(u"no-ssh-config"_s);
    run.setEndpointContext(context);
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    if (!finished.wait(120000))
        return {u"not finished"_s};
    QStringList codes;
    for (const ScanRun::Outcome &outcome : run.outcomes())
        codes << outcome.errorCode;
    return codes;
}

int TestSshHardening::rejectedEvents() const
{
    int count = 0;
    const QList<AuditEvent> events = AuditLog((*m_db)->connection()).list().value();
    for (const AuditEvent &event : events)
        count += event.action == u"hostkey.rejected"_s ? 1 : 0;
    return count;
}

void TestSshHardening::changedKeysScannedInParallelAreEachAudited()
{
    const QList<Asset> assets = addAssets();
    KnownHostKey old{
        m_server->host(), m_server->port(), u"ssh-ed25519"_s, m_server->hostFingerprint(), {}, {}};
    QVERIFY(KnownHostKeys((*m_db)->connection(), u"tester"_s).accept(old).ok());
    QVERIFY2(m_server->restartWithNewHostKey(), qPrintable(m_server->error()));

    // Three runs, as the bug showed in one of three: each must record exactly one event per asset.
    for (int round = 1; round <= 3; ++round) {
        const QStringList codes = scan(assets, HostKeyPolicy::AcceptNew);
        QCOMPARE(codes, QStringList(AssetCount, u"host-key-changed"_s));
        QCOMPARE(rejectedEvents(), AssetCount * round);
    }
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
    QCOMPARE(KnownHostKeys((*m_db)->connection(), u"tester"_s)
                 .forHost(m_server->host(), m_server->port())
                 .value()
                 .constFirst()
                 .fingerprint,
             old.fingerprint);
}

void TestSshHardening::unknownKeysOnFirstContactAreAuditedAsRejected()
{
    const QList<Asset> assets = addAssets();
    const QStringList codes = scan(assets, HostKeyPolicy::Ask);
    QCOMPARE(codes, QStringList(AssetCount, u"host-key-unknown"_s));
    QCOMPARE(rejectedEvents(), AssetCount);
    const QList<AuditEvent> events = AuditLog((*m_db)->connection()).list().value();
    for (const AuditEvent &event : events) {
        if (event.action == u"hostkey.rejected"_s)
            QVERIFY2(event.details.contains(m_server->hostFingerprint()) &&
                         event.details.contains(u"unknown"_s),
                     qPrintable(event.details));
    }
    QVERIFY(KnownHostKeys((*m_db)->connection(), u"tester"_s)
                .forHost(m_server->host(), m_server->port())
                .value()
                .isEmpty());
}

// libssh forwards no environment (the product never calls ssh_channel_request_env, and reads no ssh config
// SendEnv): a remote `env` shows none of the console's variables.
void TestSshHardening::remoteCommandsGetNoneOfTheConsolesEnvironment()
{
    qputenv("PATCHWRIGHT_DB_PASSPHRASE", "correct horse battery staple");
    qputenv("PW_TEST_PLANTED_SECRET", "s3cret-planted");
    qputenv("LC_PW_TEST_SECRET", "s3cret-locale"); // OpenSSH's usual SendEnv/AcceptEnv pattern LC_*
    // A server that would take any variable a client sends, so a forwarded one would show.
    m_server = std::make_unique<SshServer>();
    m_server->addConfig(u"AcceptEnv *"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    Asset a = addAssets().constFirst();
    EndpointContext context;
    context.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    context.sshConfigPath = m_scratch.filePath(u"no-ssh-config"_s);
    auto endpoint = endpointForAsset(a, ConsoleTrust::forDatabase(context, m_db->config()));
    QVERIFY(endpoint.ok());
    RunLimits limits;
    limits.timeout = std::chrono::seconds(30);
    limits.connectTimeout = std::chrono::seconds(10);
    const CommandResult result = endpoint.value()->run({u"env"_s, {}}, limits);
    qunsetenv("PATCHWRIGHT_DB_PASSPHRASE");
    qunsetenv("PW_TEST_PLANTED_SECRET");
    qunsetenv("LC_PW_TEST_SECRET");
    QVERIFY2(result.completed(), qPrintable(result.error));
    QVERIFY(result.standardOutput.contains("\nPATH=") || result.standardOutput.startsWith("PATH="));
    QVERIFY2(!result.standardOutput.contains("PATCHWRIGHT_DB_PASSPHRASE") &&
                 !result.standardOutput.contains("correct horse") &&
                 !result.standardOutput.contains("s3cret"),
             result.standardOutput.constData());
}

QTEST_GUILESS_MAIN(TestSshHardening)
#include "tst_sshhardening.moc"
