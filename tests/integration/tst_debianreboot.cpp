// Reboots after a deployment on a real Debian 12 endpoint reached over SSH (tests/support/DebianTestHost.h:
// an overlay over the cached debootstrap root with the real apt and dpkg, in a private mount namespace this
// test re-runs itself in). A chroot cannot reboot, so the host's /usr/bin/systemctl is a test double
// (debian-endpoint-host.sh) — the path the README's sudoers rule names; nothing else is simulated. The double
// either gives the host a new boot id at once, or (with the hook a test holds) hands the reboot to the test,
// which takes the host down for real: the sshd the host is reached through is stopped with every session
// and every process inside the host, and is started again after the host "boots" with a new boot id — or is
// not, for a host that never comes back.
#include "../support/DebianTestHost.h"
#include "../support/MountNamespace.h"

#include "jobs/StagedRun.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/WindowRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The README's rule, word for word.
const QByteArray DocumentedRule =
    "patch ALL=(root) NOPASSWD: /usr/bin/apt-get, /usr/bin/dnf, /usr/bin/zypper, /usr/bin/systemctl reboot\n"
    "Defaults!/usr/bin/apt-get env_keep += \"DEBIAN_FRONTEND\"\n";
// The same without its `systemctl reboot` entry.
const QByteArray RuleWithoutReboot =
    "patch ALL=(root) NOPASSWD: /usr/bin/apt-get, /usr/bin/dnf, /usr/bin/zypper\n"
    "Defaults!/usr/bin/apt-get env_keep += \"DEBIAN_FRONTEND\"\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The test's end of the reboot double's hook: /run/pw-reboot-hook in the host, a FIFO held open here (read
// and write, so it never reports a hang-up) and watched by the event loop that QSignalSpy::wait runs while
// the deployment runs on its worker thread.
class RebootHook : public QObject
{
    Q_OBJECT

public:
    explicit RebootHook(const QString &root)
        : m_path(root + QStringLiteral("/run/pw-reboot-hook"))
    {
        if (::mkfifo(QFile::encodeName(m_path).constData(), 0600) != 0)
            return;
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (m_fd < 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
            char buffer[64];
            while (::read(m_fd, buffer, sizeof buffer) > 0) {
            }
            emit rebootRequested();
        });
    }
    ~RebootHook() override
    {
        m_notifier.reset();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void rebootRequested();

private:
    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

class TestDebianReboot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rebootInTheWindowThenVerifyAgain();
    void rebootOutsideTheWindowIsDeferred();
    void aStagedRunRebootsOnlyBeforeItsRingsWindowCloses();
    void plainAccountRebootsThroughTheDocumentedRule();
    void withoutTheRebootRuleSudoWantsAPassword();
    void rebootDropsTheConnectionAndTheHostComesBack();
    void hostThatNeverComesBackFailsWithinTheBound_data();
    void hostThatNeverComesBackFailsWithinTheBound();

private:
    // Logs in as `patch` through the host's own sshd with `rules` in sudoers, deploys pw-kernel (which asks
    // for a reboot) with the maintenance window open.
    QList<DeploymentRun::Outcome> deployAsPatch(const QByteArray &rules);
    // Takes the host down: the sshd it is reached through and its sessions, then every process inside it.
    void powerOff();
    // "Boots" the host: a new boot id, no reboot pending (what a real boot leaves), the sshd started again.
    bool boot();
    static AssetDeployer::Options rebootNow();
    QStringList auditActions() const;

    QTemporaryDir m_work;
    std::unique_ptr<DebianTestHost> m_host;
    int m_sessionsKilled = 0;
};

void TestDebianReboot::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(geteuid() == 0, "a Debian endpoint (chroot, overlay mounts) needs root, as CI has");
    const Status prepared = DebianTestHost::prepare(m_work.path());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().text()));
}

void TestDebianReboot::init()
{
    m_host = std::make_unique<DebianTestHost>(m_work.path());
    const Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
    m_sessionsKilled = 0;
}

void TestDebianReboot::cleanup()
{
    m_host.reset();
}

AssetDeployer::Options TestDebianReboot::rebootNow()
{
    AssetDeployer::Options options;
    options.rebootIfRequired = true;
    options.rebootDeadline = QDateTime::currentDateTimeUtc().addSecs(3600); // the window is open
    options.rebootTiming.firstPoll = std::chrono::milliseconds(20);
    options.rebootTiming.longestPoll = std::chrono::milliseconds(500);
    options.rebootTiming.deadline = std::chrono::seconds(60); // a test that fails does so in a minute
    return options;
}

QStringList TestDebianReboot::auditActions() const
{
    QStringList actions;
    const auto events = AuditLog(m_host->db()->connection()).list().value();
    for (const AuditEvent &event : events)
        actions << event.action;
    return actions;
}

void TestDebianReboot::powerOff()
{
    m_sessionsKilled += m_host->sshd().powerOff();
    m_host->killProcessesInside();
}

bool TestDebianReboot::boot()
{
    QFile bootId(m_host->root() + QStringLiteral("/run/pw-boot-id"));
    if (!bootId.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        bootId.write(QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '\n') <= 0)
        return false;
    bootId.close();
    QFile::remove(m_host->root() + QStringLiteral("/run/reboot-required"));
    QFile::remove(m_host->root() + QStringLiteral("/run/reboot-required.pkgs"));
    return m_host->sshd().start();
}

void TestDebianReboot::rebootInTheWindowThenVerifyAgain()
{
    const qint64 change = m_host->approvedChange(m_host->patchId(QStringLiteral("pw-kernel")));
    QVERIFY(change > 0);
    const QString bootBefore = m_host->bootId();
    QVERIFY(!bootBefore.isEmpty());
    const auto outcome = m_host->runChange(change, AssetDeployer::Mode::Deploy, rebootNow());
    QCOMPARE(outcome.size(), 1);
    QVERIFY2(outcome.constFirst().state == DeploymentState::Succeeded,
             qPrintable(outcome.constFirst().detail));
    QCOMPARE(m_host->stepLog(outcome.constFirst().deploymentId),
             (QStringList{QStringLiteral("precheck:ok"), QStringLiteral("refresh:ok"),
                          QStringLiteral("install:ok"), QStringLiteral("verify:ok"),
                          QStringLiteral("reboot-check:required"), QStringLiteral("reboot:ok"),
                          QStringLiteral("wait-for-host:ok"), QStringLiteral("verify-after-reboot:ok")}));
    QVERIFY(m_host->bootId() != bootBefore);
    // Root logs in: no sudo in between.
    QCOMPARE(readFile(m_host->root() + QStringLiteral("/run/pw-reboot-calls")),
             QByteArray("uid=0 sudo_user= sudo_command=\n"));
    QCOMPARE(m_host->installedVersion(QStringLiteral("pw-kernel")), QStringLiteral("ii 1.1"));
    const auto asset = AssetRepository(m_host->db()->connection(), QStringLiteral("ann"))
                           .findById(m_host->assetId())
                           .value();
    QVERIFY(!asset.facts.rebootRequired); // the stored verification scan is the one after the reboot
}

void TestDebianReboot::rebootOutsideTheWindowIsDeferred()
{
    const qint64 change = m_host->approvedChange(m_host->patchId(QStringLiteral("pw-kernel")));
    QVERIFY(change > 0);
    const QString bootBefore = m_host->bootId();
    AssetDeployer::Options options = rebootNow();
    options.rebootDeadline = QDateTime::currentDateTimeUtc().addSecs(-60); // the window has closed
    const auto outcome = m_host->runChange(change, AssetDeployer::Mode::Deploy, options);
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), QStringLiteral("succeeded"));
    QVERIFY(outcome.constFirst().detail.contains(QStringLiteral("deferred")));
    QCOMPARE(m_host->stepLog(outcome.constFirst().deploymentId).mid(4),
             (QStringList{QStringLiteral("reboot-check:required"), QStringLiteral("reboot:deferred")}));
    QCOMPARE(m_host->bootId(), bootBefore);
    QVERIFY(!QFile::exists(m_host->root() + QStringLiteral("/run/pw-reboot-calls"))); // never called
    const auto asset = AssetRepository(m_host->db()->connection(), QStringLiteral("ann"))
                           .findById(m_host->assetId())
                           .value();
    QVERIFY(asset.facts.rebootRequired);
    QCOMPARE(asset.facts.rebootRequiredBy, QStringList{QStringLiteral("pw-kernel")});
}

// A staged run's asset starts inside its ring's window ("Sat 22:00-02:00" in Berlin); the run's clock says it
// is Saturday 28 November 2026, 23:00 there, so that window closed long before the reboot comes due: the
// reboot is deferred, as a deployment outside the change's own window is, and the host is not rebooted.
void TestDebianReboot::aStagedRunRebootsOnlyBeforeItsRingsWindowCloses()
{
    Database &db = *m_host->db();
    AssetRepository assets(db.connection(), QStringLiteral("ann"));
    Asset asset = assets.findById(m_host->assetId()).value();
    asset.ring = QStringLiteral("pilot");
    QVERIFY(assets.update(asset).ok());
    QVERIFY(WindowRepository(db.connection(), QStringLiteral("ann"))
                .add(WindowScope::Ring, QStringLiteral("pilot"), QStringLiteral("Sat 22:00-02:00"),
                     QStringLiteral("Europe/Berlin"))
                .ok());
    const qint64 change = m_host->approvedChange(m_host->patchId(QStringLiteral("pw-kernel")));
    QVERIFY(change > 0);
    const auto runId = RolloutRunRepository(db.connection(), QStringLiteral("ann"))
                           .create(change, false, {QStringLiteral("pilot")});
    QVERIFY(runId);
    const QString bootBefore = m_host->bootId();

    StagedRun run(m_host->db().config(), runId.value());
    const QDateTime saturdayNight(QDate(2026, 11, 28), QTime(23, 0), QTimeZone("Europe/Berlin"));
    run.setClock([saturdayNight] { return saturdayNight.toUTC(); });
    run.setExpectedAssetDuration(std::chrono::minutes(1));
    AssetDeployer::Options options = rebootNow();
    options.rebootDeadline = QDateTime(); // no window of the change's own: the ring's decides
    run.setOptions(options);
    QSignalSpy finished(&run, &StagedRun::finished);
    QVERIFY(run.start().ok());
    QVERIFY(finished.wait(10 * 60 * 1000));
    QCOMPARE(run.outcomes().size(), 1);
    QCOMPARE(m_host->stepLog(run.outcomes().constFirst().deploymentId).mid(4),
             (QStringList{QStringLiteral("reboot-check:required"), QStringLiteral("reboot:deferred")}));
    QVERIFY2(run.outcomes().constFirst().detail.contains(QStringLiteral("deferred")),
             qPrintable(run.outcomes().constFirst().detail));
    QCOMPARE(m_host->bootId(), bootBefore);
    QVERIFY(!QFile::exists(m_host->root() + QStringLiteral("/run/pw-reboot-calls"))); // never called
    QCOMPARE(m_host->installedVersion(QStringLiteral("pw-kernel")), QStringLiteral("ii 1.1"));
}

QList<DeploymentRun::Outcome> TestDebianReboot::deployAsPatch(const QByteArray &rules)
{
    // The host's own sshd, users and sudo; `patch` has a key and no password.
    if (!m_host->addAccount(QStringLiteral("patch")) || !m_host->writeSudoers(rules))
        return {};
    SshServer hostSshd(m_host->root());
    if (!hostSshd.start()) {
        qWarning("%s", qPrintable(hostSshd.error()));
        return {};
    }
    Asset asset;
    asset.name = QStringLiteral("deb1-as-patch");
    asset.transport = Transport::Ssh;
    asset.address = hostSshd.host();
    asset.port = hostSshd.port();
    asset.user = QStringLiteral("patch");
    asset.identityFile = hostSshd.userKeyPath();
    const auto added = AssetRepository(m_host->db()->connection(), QStringLiteral("ann")).add(asset);
    if (!added)
        return {};
    asset.id = added.value();
    if (const Status scanned = m_host->scan(asset); !scanned) {
        qWarning("%s", qPrintable(scanned.error().text()));
        return {};
    }
    const qint64 change = m_host->approvedChange(m_host->patchId(QStringLiteral("pw-kernel"), asset.name));
    if (change <= 0)
        return {};
    return m_host->runChange(change, AssetDeployer::Mode::Deploy, rebootNow());
}

void TestDebianReboot::plainAccountRebootsThroughTheDocumentedRule()
{
    // sudo finds `systemctl` on its secure_path; only /usr/bin holds one, so the rule's path is the one run.
    for (const char *shadow :
         {"/usr/local/sbin/systemctl", "/usr/local/bin/systemctl", "/usr/sbin/systemctl"})
        QVERIFY2(!QFile::exists(m_host->root() + QLatin1String(shadow)), shadow);
    const QString bootBefore = m_host->bootId();
    const auto outcome = deployAsPatch(DocumentedRule);
    QCOMPARE(outcome.size(), 1);
    QVERIFY2(outcome.constFirst().state == DeploymentState::Succeeded,
             qPrintable(outcome.constFirst().detail));
    QCOMPARE(m_host->stepLog(outcome.constFirst().deploymentId).mid(4),
             (QStringList{QStringLiteral("reboot-check:required"), QStringLiteral("reboot:ok"),
                          QStringLiteral("wait-for-host:ok"), QStringLiteral("verify-after-reboot:ok")}));
    // The double ran once, as root, through sudo for `patch`, under the exact command the rule allows.
    QCOMPARE(readFile(m_host->root() + QStringLiteral("/run/pw-reboot-calls")),
             QByteArray("uid=0 sudo_user=patch sudo_command=/usr/bin/systemctl reboot\n"));
    QVERIFY(m_host->bootId() != bootBefore);
    QCOMPARE(m_host->installedVersion(QStringLiteral("pw-kernel")), QStringLiteral("ii 1.1"));
}

void TestDebianReboot::withoutTheRebootRuleSudoWantsAPassword()
{
    const QString bootBefore = m_host->bootId();
    const auto outcome = deployAsPatch(RuleWithoutReboot);
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), QStringLiteral("failed"));
    QVERIFY2(outcome.constFirst().detail.contains(QStringLiteral("The host refused to reboot")),
             qPrintable(outcome.constFirst().detail));
    // apt-get still ran through its rule; the reboot is refused at once, and nothing waits for a host that
    // was never asked to go down.
    const qint64 deployment = outcome.constFirst().deploymentId;
    QCOMPARE(m_host->stepLog(deployment),
             (QStringList{QStringLiteral("precheck:ok"), QStringLiteral("refresh:ok"),
                          QStringLiteral("install:ok"), QStringLiteral("verify:ok"),
                          QStringLiteral("reboot-check:required"), QStringLiteral("reboot:failed")}));
    const DeploymentStep reboot = DeploymentRepository(m_host->db()->connection(), QStringLiteral("ann"))
                                      .steps(deployment)
                                      .value()
                                      .last();
    QCOMPARE(reboot.exitCode, 1); // sudo's
    QVERIFY2(reboot.detail.contains(QStringLiteral("systemctl needs root on patch@127.0.0.1")) &&
                 reboot.detail.contains(QStringLiteral("sudo asked for a password")),
             qPrintable(reboot.detail));
    QVERIFY2(reboot.detail.contains(QStringLiteral("\"patch ALL=(root) NOPASSWD: systemctl\"")),
             qPrintable(reboot.detail));
    QVERIFY(!QFile::exists(m_host->root() + QStringLiteral("/run/pw-reboot-calls"))); // never reached
    QCOMPARE(m_host->bootId(), bootBefore);
    QCOMPARE(m_host->installedVersion(QStringLiteral("pw-kernel")), QStringLiteral("ii 1.1"));
}

void TestDebianReboot::rebootDropsTheConnectionAndTheHostComesBack()
{
    RebootHook hook(m_host->root());
    QVERIFY(hook.isValid());
    // While the host is down, its address accepts nothing but this listener's TCP handshakes, each closed at
    // once without an SSH banner: it counts the engine's attempts, and the host boots after the second.
    QTcpServer down;
    int attemptsWhileDown = 0;
    bool listening = false;
    bool booted = false;
    const int port = m_host->sshd().port();
    connect(&hook, &RebootHook::rebootRequested, this, [&] {
        powerOff();
        listening = down.listen(QHostAddress::LocalHost, quint16(port));
    });
    connect(&down, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *attempt = down.nextPendingConnection()) {
            attempt->abort();
            attempt->deleteLater();
            ++attemptsWhileDown;
        }
        if (attemptsWhileDown >= 2 && !booted) {
            down.close();
            booted = boot();
        }
    });

    const qint64 change = m_host->approvedChange(m_host->patchId(QStringLiteral("pw-kernel")));
    QVERIFY(change > 0);
    const QString bootBefore = m_host->bootId();
    const auto outcome = m_host->runChange(change, AssetDeployer::Mode::Deploy, rebootNow());
    QCOMPARE(outcome.size(), 1);
    QVERIFY2(outcome.constFirst().state == DeploymentState::Succeeded,
             qPrintable(outcome.constFirst().detail));
    QVERIFY(m_sessionsKilled >= 1); // the session running `systemctl reboot` died with the host
    QVERIFY(listening);
    QVERIFY(attemptsWhileDown >= 2);
    QVERIFY(booted);
    const qint64 deployment = outcome.constFirst().deploymentId;
    QCOMPARE(m_host->stepLog(deployment).mid(4),
             (QStringList{QStringLiteral("reboot-check:required"), QStringLiteral("reboot:ok"),
                          QStringLiteral("wait-for-host:ok"), QStringLiteral("verify-after-reboot:ok")}));
    const auto steps =
        DeploymentRepository(m_host->db()->connection(), QStringLiteral("ann")).steps(deployment).value();
    QVERIFY2(steps.at(5).detail.contains(QStringLiteral("connection: The connection to")) &&
                 steps.at(5).detail.contains(QStringLiteral("was lost while systemctl was running")),
             qPrintable(steps.at(5).detail));
    QVERIFY(m_host->bootId() != bootBefore);
    QCOMPARE(m_host->installedVersion(QStringLiteral("pw-kernel")), QStringLiteral("ii 1.1"));
    const auto asset = AssetRepository(m_host->db()->connection(), QStringLiteral("ann"))
                           .findById(m_host->assetId())
                           .value();
    QVERIFY(!asset.facts.rebootRequired); // verified over the new connection, after the boot
    QVERIFY(AuditLog(m_host->db()->connection()).verify().value().intact);
}

void TestDebianReboot::hostThatNeverComesBackFailsWithinTheBound_data()
{
    QTest::addColumn<bool>("silentListener");
    QTest::addColumn<QString>("problem");
    // Nothing listens any more: every probe is refused at once.
    QTest::newRow("sshd-down") << false << QStringLiteral("connection refused");
    // The address accepts TCP and never speaks (sshd hung while booting): each probe waits for a banner
    // that never comes, and must still not outlast the wait bound.
    QTest::newRow("accepts-never-answers") << true << QStringLiteral("Timeout connecting to 127.0.0.1");
}

void TestDebianReboot::hostThatNeverComesBackFailsWithinTheBound()
{
    QFETCH(bool, silentListener);
    QFETCH(QString, problem);
    RebootHook hook(m_host->root());
    QVERIFY(hook.isValid());
    QTcpServer hung;
    QElapsedTimer down;
    connect(&hook, &RebootHook::rebootRequested, this, [&] {
        powerOff();
        down.start();
        if (silentListener)
            hung.listen(QHostAddress::LocalHost, quint16(m_host->sshd().port())); // accepted, never read
    });

    const qint64 change = m_host->approvedChange(m_host->patchId(QStringLiteral("pw-kernel")));
    QVERIFY(change > 0);
    const QString bootBefore = m_host->bootId();
    AssetDeployer::Options options = rebootNow();
    options.rebootTiming.deadline = std::chrono::seconds(3);
    const auto outcome = m_host->runChange(change, AssetDeployer::Mode::Deploy, options);
    const qint64 waited = down.isValid() ? down.elapsed() : -1;
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(storedText(outcome.constFirst().state), QStringLiteral("failed"));
    // Within the bound: at least the 3 s asked for, and not the 20 s a probe may take.
    QVERIFY2(waited >= 3000 && waited < 3000 + 2500, qPrintable(QString::number(waited)));
    QVERIFY(m_sessionsKilled >= 1);
    const QString detail = outcome.constFirst().detail;
    QVERIFY2(detail.contains(QStringLiteral("The host did not come back within 3 s")) &&
                 detail.contains(problem),
             qPrintable(detail));

    // Nothing is lost: every step, the deployment's end, the installed update and its audit events.
    const qint64 deployment = outcome.constFirst().deploymentId;
    QCOMPARE(m_host->stepLog(deployment),
             (QStringList{QStringLiteral("precheck:ok"), QStringLiteral("refresh:ok"),
                          QStringLiteral("install:ok"), QStringLiteral("verify:ok"),
                          QStringLiteral("reboot-check:required"), QStringLiteral("reboot:ok"),
                          QStringLiteral("wait-for-host:failed")}));
    const auto stored =
        DeploymentRepository(m_host->db()->connection(), QStringLiteral("ann")).forChange(change).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(storedText(stored.constFirst().state), QStringLiteral("failed"));
    QVERIFY(stored.constFirst().finishedAt.isValid());
    QVERIFY2(stored.constFirst().detail.contains(QStringLiteral("did not come back")),
             qPrintable(stored.constFirst().detail));
    QCOMPARE(
        storedText(
            ChangeRepository(m_host->db()->connection(), QStringLiteral("ann")).find(change).value().state),
        QStringLiteral("failed"));
    const QStringList actions = auditActions();
    QCOMPARE(actions.count(QStringLiteral("deployment.step")), 7);
    for (const char *expected :
         {"deployment.started", "deployment.failed", "patch.installed", "change.failed"})
        QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
    QVERIFY(AuditLog(m_host->db()->connection()).verify().value().intact);
    // The update is in; the host was never seen rebooted, so it still asks for one.
    QCOMPARE(m_host->installedVersion(QStringLiteral("pw-kernel")), QStringLiteral("ii 1.1"));
    QCOMPARE(m_host->bootId(), bootBefore);
    const auto asset = AssetRepository(m_host->db()->connection(), QStringLiteral("ann"))
                           .findById(m_host->assetId())
                           .value();
    QVERIFY(asset.facts.rebootRequired);
}

int main(int argc, char *argv[])
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestDebianReboot test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_debianreboot.moc"
