// Deploy, verify and roll back on a real Debian 12 endpoint reached over SSH: a debootstrap root (cached
// under /var/cache/patchwright-tests) with a real apt and dpkg, pointed at a local repository of packages
// built with dpkg-deb (tests/support/debian-test-repo.sh). Each test host is an overlay over the cached root,
// in a private mount namespace this test re-runs itself in, so nothing outlives it; a real sshd of the
// test's own puts every session into that root (ForceCommand chroot), and the console reaches it through
// its real SshEndpoint, host key checks included.
#include "../support/DebianTestHost.h"
#include "../support/MemoryTrust.h"
#include "../support/MountNamespace.h"

#include "endpoints/SshSession.h"
#include "itemmodels/DeploymentTableModel.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/PatchRepository.h"
#include "storage/WorkflowRepository.h"
#include "trust/ConsoleTrust.h"

#include <QProcess>

#include <unistd.h>

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
    void plainAccountDeploysThroughSudo();
    void passwordAndAgentLogins();
    void anotherAptRunMakesTheHostBusy();

private:
    QString hostRoot() const { return m_host->root(); }
    QString installedVersion(const QString &package) const { return m_host->installedVersion(package); }
    qint64 approvedChange(const QString &package) const
    {
        return m_host->approvedChange(m_host->patchId(package));
    }
    QList<DeploymentRun::Outcome> runChange(qint64 changeId, AssetDeployer::Mode mode,
                                            const AssetDeployer::Options &options = {}) const
    {
        return m_host->runChange(changeId, mode, options);
    }
    TestDatabase &db() const { return m_host->db(); }

    QTemporaryDir m_work;
    std::unique_ptr<DebianTestHost> m_host;
};

void TestDebianDeploy::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(geteuid() == 0, "a Debian endpoint (chroot, overlay mounts) needs root, as CI has");
    const Status prepared = DebianTestHost::prepare(m_work.path());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().text()));
}

void TestDebianDeploy::init()
{
    // A fresh host and a fresh database for every test.
    m_host = std::make_unique<DebianTestHost>(m_work.path());
    const Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
}

void TestDebianDeploy::cleanup()
{
    m_host.reset();
}

void TestDebianDeploy::scanFindsTheSecurityUpdates()
{
    PatchRepository::Filter missing;
    missing.state = PatchState::Missing;
    const auto patches = PatchRepository(db()->connection()).list(missing).value();
    QCOMPARE(patches.size(), 3);
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
    QVERIFY2(deployed.constFirst().state == DeploymentState::Succeeded,
             qPrintable(deployed.constFirst().detail));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.1"));
    QCOMPARE(installedVersion(QStringLiteral("pw-fragile")), QStringLiteral("ii 1.0")); // not in the change

    // The database says the same: the patch is installed, the change deployed, every step logged.
    ChangeRepository changes(db()->connection(), QStringLiteral("ann"));
    QCOMPARE(storedText(changes.find(change).value().state), QStringLiteral("deployed"));
    QCOMPARE(changes.targets(change).value().constFirst().rollbackVersion, QStringLiteral("1.0"));
    PatchRepository::Filter installed;
    installed.state = PatchState::Installed;
    const auto done = PatchRepository(db()->connection()).list(installed).value();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().patch.package, QStringLiteral("pw-demo"));
    DeploymentRepository deployments(db()->connection(), QStringLiteral("ann"));
    const auto steps = deployments.steps(deployed.constFirst().deploymentId).value();
    QStringList log;
    for (const DeploymentStep &step : steps)
        log << storedText(step.step) + QLatin1Char(':') + storedText(step.status);
    QCOMPARE(log, (QStringList{QStringLiteral("precheck:ok"), QStringLiteral("refresh:ok"),
                               QStringLiteral("install:ok"), QStringLiteral("verify:ok")}));
    QVERIFY(steps.at(2).detail.contains(QStringLiteral("pw-demo=1.1")));
    QCOMPARE(steps.at(2).exitCode, 0);
    // The Deployments pane's details show the same log.
    const auto listed = WorkflowRepository(db()->connection()).deployments().value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().steps.size(), 4);
    DeploymentTableModel model;
    model.setRecords(listed);
    const QString details = model.index(0, 0).data(TableRoles::DetailsRole).toString();
    QVERIFY(details.contains(QStringLiteral("<b>install</b>")));
    QVERIFY(details.contains(QStringLiteral("pw-demo=1.1")));

    // Roll back: the earlier version returns, and the patch is missing again.
    const auto rolledBack = runChange(change, AssetDeployer::Mode::Rollback);
    QCOMPARE(rolledBack.size(), 1);
    QVERIFY2(rolledBack.constFirst().state == DeploymentState::RolledBack,
             qPrintable(rolledBack.constFirst().detail));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.0"));
    QCOMPARE(storedText(changes.find(change).value().state), QStringLiteral("rolled-back"));
    PatchRepository::Filter missing;
    missing.state = PatchState::Missing;
    QCOMPARE(PatchRepository(db()->connection()).list(missing).value().size(), 3);

    // And the audit trail tells the whole story, unbroken.
    QStringList actions;
    const auto events = AuditLog(db()->connection()).list().value();
    for (const AuditEvent &event : events)
        actions << event.action;
    for (const char *expected :
         {"change.created", "change.submitted", "change.approved", "deployment.started", "deployment.step",
          "deployment.succeeded", "patch.installed", "change.deployed", "deployment.rolled-back",
          "patch.reopened", "change.rolled-back"})
        QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
    QVERIFY(AuditLog(db()->connection()).verify().value().intact);
}

void TestDebianDeploy::failingPostinstIsRolledBackAutomatically()
{
    const qint64 change = approvedChange(QStringLiteral("pw-fragile"));
    QVERIFY(change > 0);
    const auto outcome = runChange(change, AssetDeployer::Mode::Deploy);
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), QStringLiteral("rolled-back"));
    QCOMPARE(installedVersion(QStringLiteral("pw-fragile")), QStringLiteral("ii 1.0"));

    const auto steps = DeploymentRepository(db()->connection(), QStringLiteral("ann"))
                           .steps(outcome.constFirst().deploymentId)
                           .value();
    QStringList log;
    for (const DeploymentStep &step : steps)
        log << storedText(step.step) + QLatin1Char(':') + storedText(step.status);
    QCOMPARE(log, (QStringList{QStringLiteral("precheck:ok"), QStringLiteral("refresh:ok"),
                               QStringLiteral("install:failed"), QStringLiteral("verify:failed"),
                               QStringLiteral("rollback:ok"), QStringLiteral("verify-rollback:ok")}));
    QCOMPARE(steps.at(2).exitCode, 100); // apt-get's exit status when dpkg failed
    QVERIFY(steps.at(2).detail.contains(QStringLiteral("post-installation script")));
    QVERIFY(steps.at(3).detail.contains(QStringLiteral("not installed")));
    QCOMPARE(
        storedText(ChangeRepository(db()->connection(), QStringLiteral("ann")).find(change).value().state),
        QStringLiteral("failed"));
    QVERIFY(AuditLog(db()->connection()).verify().value().intact);
}

void TestDebianDeploy::unapprovedChangeIsNotDeployed()
{
    ChangeDraft draft;
    draft.title = QStringLiteral("not yet approved");
    draft.assetPatchIds = {m_host->patchId(QStringLiteral("pw-demo"))};
    ChangeRepository requester(db()->connection(), QStringLiteral("ann"));
    const auto created = requester.create(draft);
    QVERIFY(created.ok());
    QVERIFY(requester.submit(created.value()).ok());
    DeploymentRun run(db().config(), created.value(), AssetDeployer::Mode::Deploy, 1);
    const Status started = run.start();
    QVERIFY(!started.ok());
    QVERIFY(started.error().message.contains(QStringLiteral("approved")));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.0"));
    QVERIFY(DeploymentRepository(db()->connection(), QStringLiteral("ann"))
                .forChange(created.value())
                .value()
                .isEmpty());
}

void TestDebianDeploy::plainAccountDeploysThroughSudo()
{
    // The host's own sshd, users and sudo: the console logs in as `patch`, a plain account that has exactly
    // the sudo rule the README documents (no password: key login only; "*" rather than a locked "!", which
    // sshd refuses without PAM).
    const QString root = hostRoot();
    QVERIFY(m_host->addAccount(QStringLiteral("patch")).ok());
    QVERIFY(m_host
                ->writeSudoers("patch ALL=(root) NOPASSWD: /usr/bin/apt-get, /usr/bin/dnf, /usr/bin/zypper, "
                               "/usr/bin/systemctl reboot\n"
                               "Defaults!/usr/bin/apt-get env_keep += \"DEBIAN_FRONTEND\"\n")
                .ok());
    SshServer hostSshd(root);
    QVERIFY2(hostSshd.start(), qPrintable(hostSshd.error()));

    Asset asset;
    asset.name = QStringLiteral("deb1-as-patch");
    asset.transport = Transport::Ssh;
    asset.address = hostSshd.host();
    asset.port = hostSshd.port();
    asset.user = QStringLiteral("patch");
    asset.identityFile = hostSshd.userKeyPath();
    const auto added = AssetRepository(db()->connection(), QStringLiteral("ann")).add(asset);
    QVERIFY(added.ok());
    asset.id = added.value();
    const Status scanned = m_host->scan(asset);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().text()));
    const auto patchOn = [this](const QString &package) {
        return m_host->patchId(package, QStringLiteral("deb1-as-patch"));
    };
    const auto approve = [this](qint64 patch) {
        return m_host->approvedChange(patch);
    };

    // With the rule: apt-get runs as root through sudo -n and the update lands.
    const qint64 allowed = approve(patchOn(QStringLiteral("pw-demo")));
    QVERIFY(allowed > 0);
    const auto deployed = runChange(allowed, AssetDeployer::Mode::Deploy);
    QCOMPARE(deployed.size(), 1);
    QVERIFY2(deployed.constFirst().state == DeploymentState::Succeeded,
             qPrintable(deployed.constFirst().detail));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.1"));

    // Without it, sudo wants a password: the console never types one, says what to allow, changes nothing.
    QVERIFY(QFile::remove(root + QStringLiteral("/etc/sudoers.d/patchwright")));
    const qint64 refused = approve(patchOn(QStringLiteral("pw-kernel")));
    QVERIFY(refused > 0);
    const auto failed = runChange(refused, AssetDeployer::Mode::Deploy);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(storedText(failed.constFirst().state), QStringLiteral("failed"));
    const auto steps = DeploymentRepository(db()->connection(), QStringLiteral("ann"))
                           .steps(failed.constFirst().deploymentId)
                           .value();
    QCOMPARE(steps.size(), 2); // precheck, then refresh refused
    QCOMPARE(storedText(steps.at(1).step), QStringLiteral("refresh"));
    QVERIFY2(steps.at(1).detail.contains(QStringLiteral("sudo asked for a password")),
             qPrintable(steps.at(1).detail));
    QVERIFY(steps.at(1).detail.contains(QStringLiteral("NOPASSWD")));
    QCOMPARE(installedVersion(QStringLiteral("pw-kernel")), QStringLiteral("ii 1.0"));
}

void TestDebianDeploy::passwordAndAgentLogins()
{
    // A plain account with a password (sshd allows passwords for it alone) and no identity file on the asset.
    const QString root = hostRoot();
    QVERIFY(m_host->addAccount(QStringLiteral("patch")).ok());
    QProcess chpasswd;
    chpasswd.start(QStringLiteral("chroot"), {root, QStringLiteral("chpasswd")});
    QVERIFY(chpasswd.waitForStarted());
    chpasswd.write("patch:correct-horse-battery-staple\n");
    chpasswd.closeWriteChannel();
    QVERIFY(chpasswd.waitForFinished() && chpasswd.exitCode() == 0);
    SshServer hostSshd(root);
    hostSshd.addConfig(QStringLiteral("Match User patch\n    PasswordAuthentication yes"));
    QVERIFY2(hostSshd.start(), qPrintable(hostSshd.error()));

    Asset asset;
    asset.name = QStringLiteral("deb1-password");
    asset.transport = Transport::Ssh;
    asset.address = hostSshd.host();
    asset.port = hostSshd.port();
    asset.user = QStringLiteral("patch");
    const QString account = QStringLiteral("ssh-password:patch@127.0.0.1:%1").arg(hostSshd.port());
    const auto whoAmI = [&asset, this](const std::shared_ptr<const CredentialSource> &passwords) {
        EndpointContext context;
        context.hostKeyPolicy = HostKeyPolicy::AcceptNew;
        context.credentials = passwords;
        auto endpoint = endpointForAsset(asset, ConsoleTrust::forDatabase(context, db().config()));
        if (!endpoint)
            return std::make_pair(QString(), endpoint.error().text());
        const CommandResult result =
            endpoint.value()->run({QStringLiteral("id"), {QStringLiteral("-un")}}, RunLimits{});
        return std::make_pair(QString::fromUtf8(result.standardOutput).trimmed(), result.errorCode);
    };

    // The password comes from the password source (the OS keychain in the console), under the asset's
    // account.
    const auto rightPassword = std::make_shared<MemoryCredentials>();
    rightPassword->set(account, CredentialLookup::found(QStringLiteral("correct-horse-battery-staple")));
    const auto right = whoAmI(rightPassword);
    QCOMPARE(rightPassword->asked(), QStringList{account});
    QCOMPARE(right.first, QStringLiteral("patch"));
    const auto wrongPassword = std::make_shared<MemoryCredentials>();
    wrongPassword->set(account, CredentialLookup::found(QStringLiteral("not-the-password")));
    const auto wrong = whoAmI(wrongPassword);
    QVERIFY(wrong.first.isEmpty());
    QCOMPARE(wrong.second, QString::fromLatin1(SshSession::AuthFailedCode));

    // ssh-agent: the key is only in a real agent of the test's own (HOME has no keys), no password stored.
    QTemporaryDir agentDir;
    const QString socket = agentDir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(agent.waitForStarted());
    QProcess add;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(environment);
    // The agent prints its "SSH_AUTH_SOCK=..." line once the socket is listening.
    QVERIFY(agent.waitForReadyRead(10000));
    add.start(QStringLiteral("ssh-add"), {hostSshd.userKeyPath()});
    QVERIFY(add.waitForFinished() && add.exitCode() == 0);
    qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
    const auto viaAgent = whoAmI(std::make_shared<MemoryCredentials>());
    qunsetenv("SSH_AUTH_SOCK");
    agent.kill();
    agent.waitForFinished();
    QVERIFY2(viaAgent.first == QStringLiteral("patch"), qPrintable(viaAgent.second));
}

void TestDebianDeploy::anotherAptRunMakesTheHostBusy()
{
    // Another apt run holds the dpkg lock (as unattended-upgrades would): pw-slow's postinst waits on a gate.
    const QString root = hostRoot();
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {root + QStringLiteral("/run/pw-slow-gate")}), 0);
    QProcess other;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    other.setProcessEnvironment(environment);
    other.start(QStringLiteral("chroot"),
                {root, QStringLiteral("apt-get"), QStringLiteral("-q"), QStringLiteral("-y"),
                 QStringLiteral("install"), QStringLiteral("pw-slow")});
    QVERIFY(other.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(root + QStringLiteral("/run/pw-slow-started")), 120000);

    const qint64 change = approvedChange(QStringLiteral("pw-demo"));
    QVERIFY(change > 0);
    AssetDeployer::Options options;
    options.packageLockWait = std::chrono::seconds(2);
    const auto outcome = runChange(change, AssetDeployer::Mode::Deploy, options);

    // Let the other run finish before checking, whatever happened.
    QFile gate(root + QStringLiteral("/run/pw-slow-gate"));
    QVERIFY(gate.open(QIODevice::WriteOnly));
    gate.write("go\n");
    gate.close();
    QVERIFY(other.waitForFinished(120000));
    QCOMPARE(other.exitCode(), 0);

    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), QStringLiteral("failed"));
    const auto steps = DeploymentRepository(db()->connection(), QStringLiteral("ann"))
                           .steps(outcome.constFirst().deploymentId)
                           .value();
    // apt names the lock's holder when it can find it ("It is held by process N (apt-get)"); when it cannot
    // (the holder between two of apt's lock files, CI run 2026-12-05), it says only that another process
    // holds it. Either way the failure says busy; the holder's name whenever apt gave it.
    const QString detail = outcome.constFirst().detail;
    const bool aptNamedTheHolder = steps.at(2).detail.contains(QStringLiteral("It is held by process"));
    QVERIFY2(detail.contains(aptNamedTheHolder ? QStringLiteral("busy: apt-get")
                                               : QStringLiteral("busy: another program holds")),
             qPrintable(detail + QLatin1Char('\n') + steps.at(2).detail));
    QVERIFY(outcome.constFirst().detail.contains(QStringLiteral("Nothing was changed")));
    const QStringList log = m_host->stepLog(outcome.constFirst().deploymentId);
    QVERIFY2(log.contains(QStringLiteral("install:failed")), qPrintable(log.join(QLatin1Char(' '))));
    QVERIFY(!log.contains(QStringLiteral("rollback:ok")) && !log.contains(QStringLiteral("rollback:failed")));
    QCOMPARE(installedVersion(QStringLiteral("pw-demo")), QStringLiteral("ii 1.0"));
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
