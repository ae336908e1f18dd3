// Deploy, verify and roll back on a real Debian 12 endpoint: a debootstrap root (cached under
// /var/cache/patchwright-tests) with a real apt and dpkg, pointed at a local repository of packages built
// with dpkg-deb (tests/support/debian-test-repo.sh). Each test host is an overlay over the cached root, in a
// private mount namespace this test re-runs itself in, so nothing outlives it.
#include "../support/ChrootEndpoint.h"
#include "../support/MountNamespace.h"
#include "../support/TestDatabase.h"

#include "jobs/DeploymentRun.h"
#include "scan/AssetScanner.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/PatchRepository.h"
#include "storage/ScanRepository.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>

#include <unistd.h>

#ifndef PW_SUPPORT_DIR
#error "PW_SUPPORT_DIR must name tests/support"
#endif

namespace {

const QString BaseRoot = QStringLiteral("/var/cache/patchwright-tests/bookworm-minbase-v1");

bool runScript(const QString &script, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("sh"), QStringList{QStringLiteral(PW_SUPPORT_DIR "/") + script} + arguments);
    const bool done = process.waitForFinished(15 * 60 * 1000);
    *output = QString::fromUtf8(process.readAll());
    return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestDebianDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scanFindsTheSecurityUpdates();
    void deployVerifiesThenRollbackRestores();
    void failingPostinstIsRolledBackAutomatically();
    void unapprovedChangeIsNotDeployed();

private:
    QString hostRoot() const { return m_hostDir->filePath(QStringLiteral("root")); }
    QString installedVersion(const QString &package) const;
    void scanHost();
    qint64 patchId(const QString &package) const;
    qint64 approvedChange(const QString &package);
    QList<DeploymentRun::Outcome> runChange(qint64 changeId, AssetDeployer::Mode mode);

    QTemporaryDir m_work;
    std::unique_ptr<QTemporaryDir> m_hostDir;
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_assetId = 0;
};

void TestDebianDeploy::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(geteuid() == 0, "a Debian endpoint (chroot, overlay mounts) needs root, as CI has");
    QString output;
    QVERIFY2(runScript(QStringLiteral("debian-endpoint-base.sh"), {BaseRoot}, &output), qPrintable(output));
    QVERIFY2(
        runScript(QStringLiteral("debian-test-repo.sh"), {m_work.filePath(QStringLiteral("repo"))}, &output),
        qPrintable(output));
}

void TestDebianDeploy::init()
{
    // A fresh host and a fresh database for every test.
    m_hostDir = std::make_unique<QTemporaryDir>(m_work.filePath(QStringLiteral("host-XXXXXX")));
    QString output;
    QVERIFY2(runScript(QStringLiteral("debian-endpoint-host.sh"),
                       {BaseRoot, m_work.filePath(QStringLiteral("repo")), m_hostDir->path()}, &output),
             qPrintable(output));
    m_db = std::make_unique<TestDatabase>();
    Asset asset;
    asset.name = QStringLiteral("deb1");
    asset.transport = Transport::Local;
    const auto added = AssetRepository((*m_db)->connection(), QStringLiteral("ann")).add(asset);
    QVERIFY(added.ok());
    m_assetId = added.value();
    (*m_db)->setActor(QStringLiteral("ann"));
    scanHost();
}

void TestDebianDeploy::cleanup()
{
    // Unmount the host (overlay and /proc) so its folder can be removed.
    QProcess::execute(QStringLiteral("umount"), {QStringLiteral("--recursive"), hostRoot()});
    m_db.reset();
    m_hostDir.reset();
}

QString TestDebianDeploy::installedVersion(const QString &package) const
{
    QProcess process;
    process.start(QStringLiteral("chroot"), {hostRoot(), QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                                             QStringLiteral("-f=${db:Status-Abbrev}${Version}"), package});
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void TestDebianDeploy::scanHost()
{
    ChrootEndpoint endpoint(hostRoot());
    const auto scanned = AssetScanner::scan(endpoint, m_assetId, RunLimits{}, nullptr);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().text()));
    QVERIFY(ScanRepository((*m_db)->connection(), QStringLiteral("ann")).recordSuccess(scanned.value()).ok());
}

qint64 TestDebianDeploy::patchId(const QString &package) const
{
    PatchRepository::Filter filter;
    const auto patches = PatchRepository((*m_db)->connection()).list(filter).value();
    for (const AssetPatch &patch : patches) {
        if (patch.patch.package == package)
            return patch.id;
    }
    return 0;
}

qint64 TestDebianDeploy::approvedChange(const QString &package)
{
    ChangeDraft draft;
    draft.title = package + QStringLiteral(" security update");
    draft.assetPatchIds = {patchId(package)};
    ChangeRepository requester((*m_db)->connection(), QStringLiteral("ann"));
    const auto created = requester.create(draft);
    if (!created || !requester.submit(created.value()))
        return 0;
    ChangeRepository reviewer((*m_db)->connection(), QStringLiteral("rita"));
    if (!reviewer.decide(created.value(), QStringLiteral("approved"), QStringLiteral("CAB 2026-11-25")))
        return 0;
    return created.value();
}

QList<DeploymentRun::Outcome> TestDebianDeploy::runChange(qint64 changeId, AssetDeployer::Mode mode)
{
    DeploymentRun run(m_db->config(), changeId, mode, 4);
    const QString root = hostRoot();
    run.setEndpointFactory([root](const Asset &) -> Result<std::unique_ptr<Endpoint>> {
        return std::unique_ptr<Endpoint>(std::make_unique<ChrootEndpoint>(root));
    });
    QSignalSpy finished(&run, &DeploymentRun::finished);
    if (Status started = run.start(); !started) {
        qWarning("%s", qPrintable(started.error().text()));
        return {};
    }
    if (!finished.wait(10 * 60 * 1000))
        return {};
    return run.outcomes();
}

void TestDebianDeploy::scanFindsTheSecurityUpdates()
{
    PatchRepository::Filter missing;
    missing.state = QStringLiteral("missing");
    const auto patches = PatchRepository((*m_db)->connection()).list(missing).value();
    QCOMPARE(patches.size(), 2);
    for (const AssetPatch &patch : patches) {
        QCOMPARE(patch.patch.installedVersion, QStringLiteral("1.0"));
        QCOMPARE(patch.patch.availableVersion, QStringLiteral("1.1"));
        QCOMPARE(patch.patch.classification, PatchClassification::Security);
        QVERIFY(patch.patch.origin.contains(QStringLiteral("bookworm-security")));
    }
}

void TestDebianDeploy::deployVerifiesThenRollbackRestores()
{
    const qint64 change = approvedChange(QStringLiteral("pw-demo"));
    QVERIFY(change > 0);
    const auto deployed = runChange(change, AssetDeployer::Mode::Deploy);
    QCOMPARE(deployed.size(), 1);
    QVERIFY2(deployed.constFirst().state == QStringLiteral("succeeded"),
             qPrintable(deployed.constFirst().detail));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.1"));
    QCOMPARE(installedVersion(QStringLiteral("pw-fragile")), QStringLiteral("ii 1.0")); // not in the change

    // The database says the same: the patch is installed, the change deployed, every step logged.
    ChangeRepository changes((*m_db)->connection(), QStringLiteral("ann"));
    QCOMPARE(changes.find(change).value().state, QStringLiteral("deployed"));
    QCOMPARE(changes.targets(change).value().constFirst().rollbackVersion, QStringLiteral("1.0"));
    PatchRepository::Filter installed;
    installed.state = QStringLiteral("installed");
    const auto done = PatchRepository((*m_db)->connection()).list(installed).value();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().patch.package, QStringLiteral("pw-demo"));
    DeploymentRepository deployments((*m_db)->connection(), QStringLiteral("ann"));
    const auto steps = deployments.steps(deployed.constFirst().deploymentId).value();
    QStringList log;
    for (const DeploymentStep &step : steps)
        log << step.step + QLatin1Char(':') + step.status;
    QCOMPARE(log, (QStringList{QStringLiteral("precheck:ok"), QStringLiteral("refresh:ok"),
                               QStringLiteral("install:ok"), QStringLiteral("verify:ok")}));
    QVERIFY(steps.at(2).detail.contains(QStringLiteral("pw-demo=1.1")));
    QCOMPARE(steps.at(2).exitCode, 0);

    // Roll back: the earlier version returns, and the patch is missing again.
    const auto rolledBack = runChange(change, AssetDeployer::Mode::Rollback);
    QCOMPARE(rolledBack.size(), 1);
    QVERIFY2(rolledBack.constFirst().state == QStringLiteral("rolled-back"),
             qPrintable(rolledBack.constFirst().detail));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.0"));
    QCOMPARE(changes.find(change).value().state, QStringLiteral("rolled-back"));
    PatchRepository::Filter missing;
    missing.state = QStringLiteral("missing");
    QCOMPARE(PatchRepository((*m_db)->connection()).list(missing).value().size(), 2);

    // And the audit trail tells the whole story, unbroken.
    QStringList actions;
    const auto events = AuditLog((*m_db)->connection()).list().value();
    for (const AuditEvent &event : events)
        actions << event.action;
    for (const char *expected :
         {"change.created", "change.submitted", "change.approved", "deployment.started", "deployment.step",
          "deployment.succeeded", "patch.installed", "change.deployed", "deployment.rolled-back",
          "patch.reopened", "change.rolled-back"})
        QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

void TestDebianDeploy::failingPostinstIsRolledBackAutomatically()
{
    const qint64 change = approvedChange(QStringLiteral("pw-fragile"));
    QVERIFY(change > 0);
    const auto outcome = runChange(change, AssetDeployer::Mode::Deploy);
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(outcome.constFirst().state, QStringLiteral("rolled-back"));
    QCOMPARE(installedVersion(QStringLiteral("pw-fragile")), QStringLiteral("ii 1.0"));

    const auto steps = DeploymentRepository((*m_db)->connection(), QStringLiteral("ann"))
                           .steps(outcome.constFirst().deploymentId)
                           .value();
    QStringList log;
    for (const DeploymentStep &step : steps)
        log << step.step + QLatin1Char(':') + step.status;
    QCOMPARE(log, (QStringList{QStringLiteral("precheck:ok"), QStringLiteral("refresh:ok"),
                               QStringLiteral("install:failed"), QStringLiteral("verify:failed"),
                               QStringLiteral("rollback:ok"), QStringLiteral("verify-rollback:ok")}));
    QCOMPARE(steps.at(2).exitCode, 100); // apt-get's exit status when dpkg failed
    QVERIFY(steps.at(2).detail.contains(QStringLiteral("post-installation script")));
    QVERIFY(steps.at(3).detail.contains(QStringLiteral("not installed")));
    QCOMPARE(ChangeRepository((*m_db)->connection(), QStringLiteral("ann")).find(change).value().state,
             QStringLiteral("failed"));
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

void TestDebianDeploy::unapprovedChangeIsNotDeployed()
{
    ChangeDraft draft;
    draft.title = QStringLiteral("not yet approved");
    draft.assetPatchIds = {patchId(QStringLiteral("pw-demo"))};
    ChangeRepository requester((*m_db)->connection(), QStringLiteral("ann"));
    const auto created = requester.create(draft);
    QVERIFY(created.ok());
    QVERIFY(requester.submit(created.value()).ok());
    DeploymentRun run(m_db->config(), created.value(), AssetDeployer::Mode::Deploy, 1);
    const Status started = run.start();
    QVERIFY(!started.ok());
    QVERIFY(started.error().message.contains(QStringLiteral("approved")));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.0"));
    QVERIFY(DeploymentRepository((*m_db)->connection(), QStringLiteral("ann"))
                .forChange(created.value())
                .value()
                .isEmpty());
}

int main(int argc, char *argv[])
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestDebianDeploy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_debiandeploy.moc"
