// The RPM deployments as the CLI and the GUI run them: DeploymentRun, with change requests that went through
// the real approval workflow, over SSH to an RPM host — for dnf (a Rocky-like host) and zypper (a SLES-like
// host) alike. Each host is an overlay over a cached Debian 12 root that carries openssh-server, sudo and
// Debian's own dnf, zypper and rpm (tests/support/rpm-endpoint-base.sh), with the state of rpm-lab.sh's
// hosts written into it (rpm-endpoint-host.sh), in a private mount namespace this test re-runs itself in.
// Every session is the host's own: its sshd runs chrooted in the host's root, so the users, sudo, rpm
// database and package tools are the host's; the console reaches it through its real SshEndpoint.
#include "../support/DeploymentRunToEnd.h"
#include "../support/MountNamespace.h"
#include "../support/RpmLab.h"
#include "../support/SshServer.h"
#include "../support/TestDatabase.h"

#include "endpoints/EndpointForAsset.h"
#include "endpoints/RemoteCommand.h"
#include "jobs/DeploymentRun.h"
#include "jobs/ScanRun.h"
#include "platforms/PlatformDetector.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/PatchRepository.h"
#include "trust/ConsoleTrust.h"

#include <QProcess>
#include <QSignalSpy>

#include <unistd.h>

#ifndef PW_SUPPORT_DIR
#error "PW_SUPPORT_DIR must name tests/support"
#endif

using namespace Qt::StringLiterals;

namespace {

const QString DebianRoot = u"/var/cache/patchwright-tests/bookworm-minbase-v2"_s;
const QString RpmRoot = u"/var/cache/patchwright-tests/bookworm-rpm-v1"_s;

bool runScript(const QString &script, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"sh"_s, QStringList{QStringLiteral(PW_SUPPORT_DIR "/") + script} + arguments);
    const bool done = process.waitForFinished(15 * 60 * 1000);
    *output = QString::fromUtf8(process.readAll());
    return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestRpmDeployRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void approvedChangeDeploysVerifiesAndRollsBack();
    void unapprovedChangeIsRefused();
    void precheckReadsTheHostAsItIsNow();
    void failingPostScriptletIsRolledBackAutomatically();
    void plainAccountDeploysThroughSudo();
    void anotherTransactionMakesTheHostBusy_data();
    void anotherTransactionMakesTheHostBusy();

private:
    QString hostRoot() const { return m_hostDir->filePath(u"root"_s); }
    // VERSION-RELEASE as the host's own rpm reports it, or rpm's "not installed" line.
    QString installedVersion(const QString &package) const;
    QProcess *startInHost(QProcess &process, const QStringList &command) const;
    qint64 addAsset(const QString &name, const QString &user, const QString &identity, int port);
    bool scan(qint64 assetId);
    qint64 patchId(qint64 assetId, const QString &package) const;
    qint64 approvedChange(qint64 assetId, const QString &package);
    QList<DeploymentRun::Outcome> runChange(qint64 changeId, AssetDeployer::Mode mode,
                                            const AssetDeployer::Options &options = {});
    QList<DeploymentStep> steps(qint64 deploymentId) const;
    QStringList stepLog(qint64 deploymentId) const;
    QStringList auditActions() const;

    QTemporaryDir m_work;
    QString m_lab;
    std::unique_ptr<QTemporaryDir> m_hostDir;
    std::unique_ptr<SshServer> m_sshd;
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_assetId = 0;
};

void TestRpmDeployRun::initTestCase_data()
{
    QTest::addColumn<QString>("kind");           // the host script's kind and the platform's package manager
    QTest::addColumn<QString>("deployTarget");   // how the install step names the advisory
    QTest::addColumn<int>("scriptletExit");      // the install's exit status when pw-fragile's %post fails
    QTest::addColumn<QString>("scriptletError"); // what the install step says about it
    QTest::newRow("dnf") << u"dnf"_s << u"--advisory=PW-SA-2026:0001"_s << 0
                         << u"The POSTIN scriptlet of pw-fragile failed"_s;
    QTest::newRow("zypper") << u"zypper"_s << u"patch:PW-SA-2026:0001"_s << 107
                            << u"%post(pw-fragile-1.1-1.noarch) scriptlet failed, exit status 1"_s;
}

void TestRpmDeployRun::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(::geteuid() == 0,
             "RPM hosts (overlay mounts, chroot, the hosts' own sshd) need root, as CI has");
    const QStringList missing = RpmLab::missingTools();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"missing %1; run packaging/install-deps.sh --tests"_s.arg(missing.join(u", "_s))));
    QString output;
    QVERIFY2(runScript(u"debian-endpoint-base.sh"_s, {DebianRoot}, &output), qPrintable(output));
    QVERIFY2(runScript(u"rpm-endpoint-base.sh"_s, {DebianRoot, RpmRoot}, &output), qPrintable(output));
    m_lab = m_work.filePath(u"lab"_s);
    const Status built = RpmLab::buildRepositories(m_lab);
    QVERIFY2(built.ok(), qPrintable(built.error().message));
}

void TestRpmDeployRun::init()
{
    // A fresh host and a fresh database for every test; the host's own sshd logs in root with a test key.
    QFETCH_GLOBAL(QString, kind);
    m_hostDir = std::make_unique<QTemporaryDir>(m_work.filePath(u"host-XXXXXX"_s));
    QString output;
    if (!runScript(u"rpm-endpoint-host.sh"_s, {RpmRoot, m_lab, m_hostDir->path(), kind}, &output)) {
        QFile log(m_hostDir->filePath(u"setup.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QFAIL(qPrintable(output + QString::fromUtf8(log.readAll().right(4000))));
    }
    m_sshd = std::make_unique<SshServer>(hostRoot());
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    m_db = std::make_unique<TestDatabase>();
    (*m_db)->setActor(u"ann"_s);
    m_assetId = addAsset(u"rpm1"_s, m_sshd->user(), m_sshd->userKeyPath(), m_sshd->port());
    QVERIFY(m_assetId > 0);
    QVERIFY(scan(m_assetId));
    QCOMPARE(
        AssetRepository((*m_db)->connection(), u"ann"_s).findById(m_assetId).value().facts.packageManager,
        kind);
}

void TestRpmDeployRun::cleanup()
{
    m_sshd.reset();
    // Unmount the host (overlay, /proc, the lab) so its folder can be removed.
    QProcess::execute(u"umount"_s, {u"--recursive"_s, hostRoot()});
    m_db.reset();
    m_hostDir.reset();
}

QString TestRpmDeployRun::installedVersion(const QString &package) const
{
    QProcess rpm;
    rpm.start(u"chroot"_s, {hostRoot(), u"rpm"_s, u"-q"_s, u"--qf"_s, u"%{VERSION}-%{RELEASE}"_s, package});
    rpm.waitForFinished();
    return QString::fromUtf8(rpm.readAllStandardOutput()).trimmed();
}

QProcess *TestRpmDeployRun::startInHost(QProcess &process, const QStringList &command) const
{
    process.start(u"chroot"_s, QStringList{hostRoot()} + command);
    return &process;
}

qint64 TestRpmDeployRun::addAsset(const QString &name, const QString &user, const QString &identity, int port)
{
    Asset asset;
    asset.name = name;
    asset.transport = Transport::Ssh;
    asset.address = u"127.0.0.1"_s;
    asset.port = port;
    asset.user = user;
    asset.identityFile = identity;
    const auto added = AssetRepository((*m_db)->connection(), u"ann"_s).add(asset);
    return added.ok() ? added.value() : 0;
}

bool TestRpmDeployRun::scan(qint64 assetId)
{
    // First contact: the admin accepts the host key (as with --accept-new-host-keys).
    const Result<Asset> asset = AssetRepository((*m_db)->connection(), u"ann"_s).findById(assetId);
    if (!asset)
        return false;
    ScanRun run(m_db->config(), {asset.value()}, 1);
    EndpointContext context;
    context.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    run.setEndpointContext(context);
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    if (!finished.wait(5 * 60 * 1000) || run.outcomes().size() != 1)
        return false;
    if (!run.outcomes().constFirst().ok())
        qWarning("%s", qPrintable(run.outcomes().constFirst().message));
    return run.outcomes().constFirst().ok();
}

qint64 TestRpmDeployRun::patchId(qint64 assetId, const QString &package) const
{
    PatchRepository::Filter filter;
    filter.state = PatchState::Missing;
    const auto patches = PatchRepository((*m_db)->connection()).list(filter).value();
    for (const AssetPatch &patch : patches) {
        if (patch.assetId == assetId && patch.patch.package == package)
            return patch.id;
    }
    return 0;
}

qint64 TestRpmDeployRun::approvedChange(qint64 assetId, const QString &package)
{
    // ann requests, rita (another person: separation of duties) approves.
    ChangeDraft draft;
    draft.title = package + u" update"_s;
    draft.assetPatchIds = {patchId(assetId, package)};
    ChangeRepository requester((*m_db)->connection(), u"ann"_s);
    const auto created = requester.create(draft);
    if (!created || !requester.submit(created.value()))
        return 0;
    ChangeRepository reviewer((*m_db)->connection(), u"rita"_s);
    if (!reviewer.decide(created.value(), ReviewDecision::Approved, u"CAB 2026-11-25"_s, {}))
        return 0;
    return created.value();
}

QList<DeploymentRun::Outcome> TestRpmDeployRun::runChange(qint64 changeId, AssetDeployer::Mode mode,
                                                          const AssetDeployer::Options &options)
{
    // The host key is known by now: deployments run with the default policy, which refuses unknown keys.
    return deploymentRunToEnd(m_db->config(), changeId, mode, 2, options);
}

QList<DeploymentStep> TestRpmDeployRun::steps(qint64 deploymentId) const
{
    return DeploymentRepository((*m_db)->connection(), u"ann"_s).steps(deploymentId).value();
}

QStringList TestRpmDeployRun::stepLog(qint64 deploymentId) const
{
    QStringList log;
    for (const DeploymentStep &step : steps(deploymentId))
        log << storedText(step.step) + u':' + storedText(step.status);
    return log;
}

QStringList TestRpmDeployRun::auditActions() const
{
    QStringList actions;
    const QList<AuditEvent> events = AuditLog((*m_db)->connection()).list().value();
    for (const AuditEvent &event : events)
        actions << event.action;
    return actions;
}

void TestRpmDeployRun::approvedChangeDeploysVerifiesAndRollsBack()
{
    QFETCH_GLOBAL(QString, deployTarget);
    const qint64 change = approvedChange(m_assetId, u"pw-crypto"_s);
    QVERIFY(change > 0);
    const auto deployed = runChange(change, AssetDeployer::Mode::Deploy);
    QCOMPARE(deployed.size(), 1);
    QVERIFY2(deployed.constFirst().state == DeploymentState::Succeeded,
             qPrintable(deployed.constFirst().detail));
    QCOMPARE(installedVersion(u"pw-crypto"_s), u"1.1-1"_s);
    QCOMPARE(installedVersion(u"pw-tool"_s), u"1.0-1"_s); // not in the change

    // Every step was recorded; the install named the advisory, as the platform deploys it.
    const QList<DeploymentStep> log = steps(deployed.constFirst().deploymentId);
    QCOMPARE(stepLog(deployed.constFirst().deploymentId),
             (QStringList{u"precheck:ok"_s, u"refresh:ok"_s, u"install:ok"_s, u"verify:ok"_s}));
    QVERIFY2(log.at(0).detail.contains(u"pw-crypto noarch: 1.0-1 → 1.1-1"_s), qPrintable(log.at(0).detail));
    QCOMPARE(log.at(2).exitCode, 0);
    QVERIFY2(log.at(2).detail.contains(deployTarget), qPrintable(log.at(2).detail));
    QVERIFY2(log.at(3).detail.contains(u"pw-crypto noarch: 1.1-1 (wanted 1.1-1)"_s),
             qPrintable(log.at(3).detail));
    ChangeRepository changes((*m_db)->connection(), u"ann"_s);
    QCOMPARE(storedText(changes.find(change).value().state), u"deployed"_s);
    QCOMPARE(changes.targets(change).value().constFirst().rollbackVersion, u"1.0-1"_s);
    PatchRepository::Filter installed;
    installed.state = PatchState::Installed;
    const auto done = PatchRepository((*m_db)->connection()).list(installed).value();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().patch.package, u"pw-crypto"_s);

    // Rolled back through the engine: the recorded version returns and the patch is missing again.
    const auto rolledBack = runChange(change, AssetDeployer::Mode::Rollback);
    QCOMPARE(rolledBack.size(), 1);
    QVERIFY2(rolledBack.constFirst().state == DeploymentState::RolledBack,
             qPrintable(rolledBack.constFirst().detail));
    QCOMPARE(installedVersion(u"pw-crypto"_s), u"1.0-1"_s);
    QCOMPARE(stepLog(rolledBack.constFirst().deploymentId),
             (QStringList{u"precheck:ok"_s, u"rollback:ok"_s, u"verify-rollback:ok"_s}));
    QCOMPARE(storedText(changes.find(change).value().state), u"rolled-back"_s);
    QVERIFY(patchId(m_assetId, u"pw-crypto"_s) > 0);

    const QStringList actions = auditActions();
    for (const char *expected :
         {"change.created", "change.submitted", "change.approved", "deployment.started", "deployment.step",
          "deployment.succeeded", "patch.installed", "change.deployed", "deployment.rolled-back",
          "patch.reopened", "change.rolled-back"})
        QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

void TestRpmDeployRun::unapprovedChangeIsRefused()
{
    ChangeDraft draft;
    draft.title = u"not yet approved"_s;
    draft.assetPatchIds = {patchId(m_assetId, u"pw-crypto"_s)};
    ChangeRepository requester((*m_db)->connection(), u"ann"_s);
    const auto created = requester.create(draft);
    QVERIFY(created.ok());
    QVERIFY(requester.submit(created.value()).ok());
    DeploymentRun run(m_db->config(), created.value(), AssetDeployer::Mode::Deploy, 1);
    const Status started = run.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(u"only an approved change"_s),
             qPrintable(started.error().message));
    QCOMPARE(installedVersion(u"pw-crypto"_s), u"1.0-1"_s);
    QVERIFY(
        DeploymentRepository((*m_db)->connection(), u"ann"_s).forChange(created.value()).value().isEmpty());
    QVERIFY(!auditActions().contains(u"deployment.started"_s));
}

void TestRpmDeployRun::precheckReadsTheHostAsItIsNow()
{
    // After the scan and the approval, an admin removes the package on the host: the precheck (a fresh scan)
    // finds it gone and stops before anything runs as root.
    const qint64 change = approvedChange(m_assetId, u"pw-crypto"_s);
    QVERIFY(change > 0);
    QProcess erase;
    startInHost(erase, {u"rpm"_s, u"-e"_s, u"pw-crypto"_s})->waitForFinished();
    QCOMPARE(erase.exitCode(), 0);
    const auto outcome = runChange(change, AssetDeployer::Mode::Deploy);
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), u"failed"_s);
    QVERIFY2(outcome.constFirst().detail.contains(u"Precheck failed; nothing was changed."_s),
             qPrintable(outcome.constFirst().detail));
    const QList<DeploymentStep> log = steps(outcome.constFirst().deploymentId);
    QCOMPARE(stepLog(outcome.constFirst().deploymentId), QStringList{u"precheck:failed"_s});
    QVERIFY2(log.at(0).detail.contains(u"pw-crypto noarch is not installed on the asset any more"_s),
             qPrintable(log.at(0).detail));
    QCOMPARE(installedVersion(u"pw-crypto"_s), u"package pw-crypto is not installed"_s);
}

void TestRpmDeployRun::failingPostScriptletIsRolledBackAutomatically()
{
    QFETCH_GLOBAL(int, scriptletExit);
    QFETCH_GLOBAL(QString, scriptletError);
    const qint64 change = approvedChange(m_assetId, u"pw-fragile"_s);
    QVERIFY(change > 0);
    const auto outcome = runChange(change, AssetDeployer::Mode::Deploy);
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), u"rolled-back"_s);
    QVERIFY2(outcome.constFirst().detail.contains(u"The previous versions are back."_s),
             qPrintable(outcome.constFirst().detail));
    QCOMPARE(installedVersion(u"pw-fragile"_s), u"1.0-1"_s);

    // 1.1-1 did land (rpm keeps a package whose %post failed), so verify passes and the rollback is needed.
    const QList<DeploymentStep> log = steps(outcome.constFirst().deploymentId);
    QCOMPARE(stepLog(outcome.constFirst().deploymentId),
             (QStringList{u"precheck:ok"_s, u"refresh:ok"_s, u"install:failed"_s, u"verify:ok"_s,
                          u"rollback:ok"_s, u"verify-rollback:ok"_s}));
    QCOMPARE(log.at(2).exitCode, scriptletExit);
    QVERIFY2(log.at(2).detail.contains(scriptletError), qPrintable(log.at(2).detail));
    QVERIFY2(log.at(3).detail.contains(u"pw-fragile noarch: 1.1-1 (wanted 1.1-1)"_s),
             qPrintable(log.at(3).detail));
    QVERIFY2(log.at(5).detail.contains(u"pw-fragile noarch: 1.0-1 (wanted 1.0-1)"_s),
             qPrintable(log.at(5).detail));
    QCOMPARE(storedText(ChangeRepository((*m_db)->connection(), u"ann"_s).find(change).value().state),
             u"failed"_s);
    const QStringList actions = auditActions();
    QCOMPARE(actions.count(u"deployment.step"_s), 6);
    QVERIFY(actions.contains(u"deployment.rolled-back"_s));
    QVERIFY(actions.contains(u"change.failed"_s));
    QVERIFY(!actions.contains(u"deployment.succeeded"_s));
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

void TestRpmDeployRun::plainAccountDeploysThroughSudo()
{
    // The host's own users and sudo: `patch` is a plain account (key login only) with exactly the sudoers
    // rule the README documents; sudo, dnf and zypper are the host's real /usr/bin programs.
    const QString root = hostRoot();
    QCOMPARE(QProcess::execute(u"chroot"_s, {root, u"useradd"_s, u"-m"_s, u"-p"_s, u"*"_s, u"-s"_s,
                                             u"/bin/sh"_s, u"patch"_s}),
             0);
    for (const QString &program : {u"/usr/bin/sudo"_s, u"/usr/bin/dnf"_s, u"/usr/bin/zypper"_s})
        QVERIFY2(QFileInfo(root + program).isExecutable(), qPrintable(program));
    QFile sudoers(root + u"/etc/sudoers.d/patchwright"_s);
    QVERIFY(sudoers.open(QIODevice::WriteOnly));
    sudoers.write("patch ALL=(root) NOPASSWD: /usr/bin/apt-get, /usr/bin/dnf, /usr/bin/zypper, "
                  "/usr/bin/systemctl reboot\n"
                  "Defaults!/usr/bin/apt-get env_keep += \"DEBIAN_FRONTEND\"\n");
    sudoers.close();
    sudoers.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const qint64 asPatch = addAsset(u"rpm1-as-patch"_s, u"patch"_s, m_sshd->userKeyPath(), m_sshd->port());
    QVERIFY(asPatch > 0);
    QVERIFY(scan(asPatch)); // no root needed to scan

    const qint64 allowed = approvedChange(asPatch, u"pw-crypto"_s);
    QVERIFY(allowed > 0);
    const auto deployed = runChange(allowed, AssetDeployer::Mode::Deploy);
    QCOMPARE(deployed.size(), 1);
    QVERIFY2(deployed.constFirst().state == DeploymentState::Succeeded,
             qPrintable(deployed.constFirst().detail));
    QCOMPARE(stepLog(deployed.constFirst().deploymentId),
             (QStringList{u"precheck:ok"_s, u"refresh:ok"_s, u"install:ok"_s, u"verify:ok"_s}));
    QCOMPARE(installedVersion(u"pw-crypto"_s), u"1.1-1"_s);

    // Without the rule sudo wants a password: the console never types one, says what to allow, changes
    // nothing.
    QVERIFY(QFile::remove(root + u"/etc/sudoers.d/patchwright"_s));
    const qint64 refused = approvedChange(asPatch, u"pw-tool"_s);
    QVERIFY(refused > 0);
    const auto failed = runChange(refused, AssetDeployer::Mode::Deploy);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(storedText(failed.constFirst().state), u"failed"_s);
    const QList<DeploymentStep> log = steps(failed.constFirst().deploymentId);
    QCOMPARE(stepLog(failed.constFirst().deploymentId), (QStringList{u"precheck:ok"_s, u"refresh:failed"_s}));
    QVERIFY2(log.at(1).detail.contains(u"sudo asked for a password"_s), qPrintable(log.at(1).detail));
    QVERIFY(log.at(1).detail.contains(u"NOPASSWD"_s));
    QCOMPARE(installedVersion(u"pw-tool"_s), u"1.0-1"_s);
    QCOMPARE(installedVersion(u"pw-crypto"_s), u"1.1-1"_s);
    // The same refusal, as the endpoint classifies it for the console: sudo-password-required.
    const Asset patchAsset = AssetRepository((*m_db)->connection(), u"ann"_s).findById(asPatch).value();
    auto endpoint =
        endpointForAsset(patchAsset, ConsoleTrust::forDatabase(EndpointContext{}, m_db->config()));
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.error().text()));
    const std::unique_ptr<PatchPlatform> platform = PlatformDetector::forFacts(patchAsset.facts);
    QVERIFY(platform);
    const CommandResult direct = endpoint.value()->run(platform->refreshCommand(), RunLimits{});
    QCOMPARE(direct.errorCode, QString::fromLatin1(RemoteCommand::SudoPasswordCode));
}

void TestRpmDeployRun::anotherTransactionMakesTheHostBusy_data()
{
    QTest::addColumn<bool>("byRpm"); // a plain rpm transaction, or the host's own dnf or zypper
    QTest::newRow("rpm -i") << true;
    QTest::newRow("the host's own tool") << false;
}

void TestRpmDeployRun::anotherTransactionMakesTheHostBusy()
{
    // Another transaction holds the rpm database: pw-slow's %pre waits on a gate until the test opens it.
    QFETCH_GLOBAL(QString, kind);
    QFETCH(bool, byRpm);
    const QString root = hostRoot();
    QCOMPARE(QProcess::execute(u"mkfifo"_s, {root + u"/run/pw-slow-gate"_s}), 0);
    QProcess other;
    if (byRpm)
        startInHost(other, {u"rpm"_s, u"-i"_s, m_lab + u"/repos/base/pw-slow-1.0-1.noarch.rpm"_s});
    else if (kind == u"dnf"_s)
        startInHost(other, {u"dnf"_s, u"-q"_s, u"-y"_s, u"install"_s, u"pw-slow"_s});
    else
        startInHost(other, {u"zypper"_s, u"--non-interactive"_s, u"install"_s, u"pw-slow"_s});
    QVERIFY(other.waitForStarted());
    const QString pid = QString::number(other.processId()); // chroot execs the tool: the same process
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(root + u"/run/pw-slow-started"_s), 120000);

    const qint64 change = approvedChange(m_assetId, u"pw-crypto"_s);
    QVERIFY(change > 0);
    const auto outcome = runChange(change, AssetDeployer::Mode::Deploy);

    // Let the other transaction finish before checking, whatever happened.
    QFile gate(root + u"/run/pw-slow-gate"_s);
    QVERIFY(gate.open(QIODevice::WriteOnly));
    gate.write("go\n");
    gate.close();
    QVERIFY(other.waitForFinished(120000));
    QVERIFY2(other.exitCode() == 0, other.readAll().constData());
    QCOMPARE(installedVersion(u"pw-slow"_s), u"1.0-1"_s);

    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), u"failed"_s);
    QCOMPARE(installedVersion(u"pw-crypto"_s), u"1.0-1"_s);
    const QString detail = outcome.constFirst().detail;
    const QStringList log = stepLog(outcome.constFirst().deploymentId);
    if (!byRpm && kind == u"zypper"_s) {
        // zypper's own lock stops even the read-only precheck scan, before anything else runs.
        QCOMPARE(log, QStringList{u"precheck:failed"_s});
        const QString why = steps(outcome.constFirst().deploymentId).at(0).detail;
        // zypper says why inside its XML output; the scan reports its exit status (7:
        // ZYPPER_EXIT_ZYPP_LOCKED).
        QVERIFY2(why.contains(u"zypper on root@127.0.0.1:%1 exited with status 7"_s.arg(m_sshd->port())),
                 qPrintable(why));
        QVERIFY2(detail.contains(u"Precheck failed; nothing was changed."_s), qPrintable(detail));
        return;
    }
    const QString busy = byRpm ? u"busy: another program holds the rpm database's transaction lock "
                                 u"(/var/lib/rpm/.rpm.lock)."_s
                               : u"busy: dnf (process %1) holds dnf's lock."_s.arg(pid);
    QVERIFY2(detail.contains(busy), qPrintable(busy + u'\n' + detail + u'\n' + log.join(u' ')));
    QVERIFY2(detail.contains(u"Nothing was changed"_s), qPrintable(detail));
    QCOMPARE(log, (QStringList{u"precheck:ok"_s, u"refresh:ok"_s, u"install:failed"_s, u"verify:failed"_s}));
}

int main(int argc, char *argv[])
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestRpmDeployRun test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rpmdeployrun.moc"
