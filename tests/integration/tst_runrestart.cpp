// A staged run survives its process being SIGKILLed mid-ring (issue 11). `patchwright-cli deploy` runs the
// pilot ring one asset at a time: a real Debian endpoint (DebianTestHost: apt and dpkg in a chroot behind a
// real sshd) is deployed and finishes, then the process is killed while the next asset's precheck waits on
// a host that accepts the connection and never answers. `deploy resume RUN` picks the run up at its stage:
// the finished asset is not deployed again (one deployment, the package installed once), the killed one is
// marked interrupted and never repeated — its host is rescanned instead, and that rescan's failure (the host
// is gone by now) is stored with its reason — and the asset that had not started is deployed once.
//
// The test keeps its own connection to the database open throughout, as a console would next to the CLI:
// with each process's own connections, that is what showed a second connection opened in one process
// dropping the SQLite locks of the first (PrivatePaths::makeFile; the draft of this test never saw its
// deployment start, and a read after the resume found the database "malformed").
#include "../support/CliRunner.h"
#include "../support/DebianTestHost.h"
#include "../support/MountNamespace.h"
#include "../support/RecordedScan.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/ScanRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Passphrase = u"correct horse battery staple"_s;

} // namespace

class TestRunRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aKilledRunResumesAtItsStageWithoutRepeatingAnAsset();

private:
    QSqlDatabase db() const { return m_host->db()->connection(); }
    QStringList leading() const { return {u"--db"_s, m_host->db().path()}; }
    CliRunner::Run cli(const QStringList &arguments) const;
    qint64 addSilentAsset(const QString &name, int port) const;
    // The states of the asset's deployments, oldest first.
    QStringList deploymentStates(const QString &asset) const;
    // "status" and "error" of the asset's scans that started at or after `since`, oldest first.
    QStringList scansSince(const QString &asset, const QString &since) const;
    int auditEvents(const QString &action, const QString &subjectPart) const;
    // How often dpkg installed `package` at `version` in the Debian host (its /var/log/dpkg.log).
    int installs(const QString &package, const QString &version) const;

    QTemporaryDir m_work;
    std::unique_ptr<DebianTestHost> m_host;
};

void TestRunRestart::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(geteuid() == 0, "a Debian endpoint (chroot, overlay mounts) needs root, as CI has");
    const Status prepared = DebianTestHost::prepare(m_work.path());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().text()));
    m_host = std::make_unique<DebianTestHost>(m_work.path(), Passphrase);
    const Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
}

CliRunner::Run TestRunRestart::cli(const QStringList &arguments) const
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, Passphrase);
    runner.setTimeout(120000);
    return runner.run(leading() + arguments);
}

qint64 TestRunRestart::addSilentAsset(const QString &name, int port) const
{
    Asset asset;
    asset.name = name;
    asset.transport = Transport::Ssh;
    asset.address = u"127.0.0.1"_s;
    asset.port = port;
    asset.user = u"patchwright"_s;
    asset.ring = u"pilot"_s;
    const auto added = AssetRepository(db(), u"ann"_s).add(asset);
    if (!added ||
        !ScanRepository(db(), u"ann"_s).recordSuccess(recordedScan(added.value(), {u"pw-restart"_s})))
        return 0;
    return added.value();
}

QStringList TestRunRestart::deploymentStates(const QString &asset) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT d.state FROM deployments d JOIN assets a ON a.id = d.asset_id WHERE a.name = ? "
                  "ORDER BY d.id"_s);
    query.addBindValue(asset);
    QStringList states;
    if (!query.exec())
        return {u"cannot read: "_s + query.lastError().text()};
    while (query.next())
        states << query.value(0).toString();
    return states;
}

QStringList TestRunRestart::scansSince(const QString &asset, const QString &since) const
{
    QSqlQuery query(db());
    query.prepare(
        u"SELECT s.status, s.error FROM scans s JOIN assets a ON a.id = s.asset_id WHERE a.name = ? "
        "AND s.started_at >= ? ORDER BY s.id"_s);
    query.addBindValue(asset);
    query.addBindValue(since);
    QStringList scans;
    if (!query.exec())
        return {u"cannot read: "_s + query.lastError().text()};
    while (query.next())
        scans << query.value(0).toString() + u": "_s + query.value(1).toString();
    return scans;
}

int TestRunRestart::auditEvents(const QString &action, const QString &subjectPart) const
{
    const auto events = AuditLog(db()).list();
    if (!events) {
        qWarning("%s", qPrintable(events.error().text()));
        return -1;
    }
    int count = 0;
    for (const AuditEvent &event : events.value())
        count += event.action == action && event.subject.contains(subjectPart) ? 1 : 0;
    return count;
}

int TestRunRestart::installs(const QString &package, const QString &version) const
{
    QFile log(m_host->root() + u"/var/log/dpkg.log"_s);
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray installed = " status installed " + package.toUtf8() + ":all " + version.toUtf8();
    int count = 0;
    for (const QByteArray &line : log.readAll().split('\n'))
        count += line.endsWith(installed) ? 1 : 0;
    return count;
}

void TestRunRestart::aKilledRunResumesAtItsStageWithoutRepeatingAnAsset()
{
    // The pilot ring deploys one asset at a time, in the order the assets were added: the Debian host
    // "deb1", then "hangs" (a host that accepts the TCP connection and never sends SSH's banner), then
    // "waits" (nothing listens on its port).
    QSqlQuery rings(db());
    QVERIFY(rings.exec(u"INSERT INTO rings (name, position, parallelism) VALUES ('pilot', 1, 1)"_s));
    AssetRepository assets(db(), u"ann"_s);
    Asset deb1 = assets.findByName(u"deb1"_s).value();
    deb1.ring = u"pilot"_s;
    QVERIFY(assets.update(deb1).ok());
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const qint64 hangs = addSilentAsset(u"hangs"_s, silent.serverPort());
    const qint64 waits = addSilentAsset(u"waits"_s, SshServer::freePort());
    QVERIFY(hangs > deb1.id && waits > hangs);

    ChangeDraft draft;
    draft.title = u"restart"_s;
    draft.assetPatchIds = {m_host->patchId(u"pw-demo"_s, u"deb1"_s),
                           m_host->patchId(u"pw-restart"_s, u"hangs"_s),
                           m_host->patchId(u"pw-restart"_s, u"waits"_s)};
    QVERIFY(!draft.assetPatchIds.contains(0));
    ChangeRepository requester(db(), u"ann"_s);
    const qint64 change = requester.create(draft).value();
    QVERIFY(requester.submit(change).ok());
    QVERIFY(ChangeRepository(db(), u"rita"_s).decide(change, ReviewDecision::Approved, u"CAB"_s, {}).ok());
    QCOMPARE(installs(u"pw-demo"_s, u"1.1"_s), 0);

    QSignalSpy contacted(&silent, &QTcpServer::newConnection);
    QProcess deploy;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATCHWRIGHT_DB_PASSPHRASE"_s, Passphrase);
    deploy.setProcessEnvironment(environment);
    deploy.setStandardInputFile(QProcess::nullDevice());
    deploy.start(QStringLiteral(PW_CLI_PATH), leading() + QStringList{u"deploy"_s, QString::number(change),
                                                                      u"--connect-timeout"_s, u"600"_s});
    QVERIFY(deploy.waitForStarted(10000));
    // "hangs" is contacted once "deb1" is done: its precheck now waits for a banner that never comes.
    QTRY_VERIFY_WITH_TIMEOUT(!contacted.isEmpty() || deploy.state() == QProcess::NotRunning, 60000);
    QVERIFY2(deploy.state() == QProcess::Running,
             qPrintable(u"deploy ended before it reached \"hangs\" (exit %1): "_s.arg(deploy.exitCode()) +
                        QString::fromUtf8(deploy.readAllStandardError())));
    QCOMPARE(deploymentStates(u"deb1"_s), (QStringList{u"succeeded"_s}));
    QCOMPARE(deploymentStates(u"hangs"_s), (QStringList{u"running"_s}));
    QVERIFY(deploymentStates(u"waits"_s).isEmpty());
    QCOMPARE(m_host->installedVersion(u"pw-demo"_s), u"ii 1.1"_s);
    QCOMPARE(installs(u"pw-demo"_s, u"1.1"_s), 1);

    const qint64 pid = deploy.processId();
    deploy.kill(); // SIGKILL, mid-ring
    QVERIFY(deploy.waitForFinished(10000));
    QCOMPARE(deploy.exitStatus(), QProcess::CrashExit);
    const QString killedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QJsonObject killed =
        QJsonDocument::fromJson(
            cli({u"deploy"_s, u"runs"_s, QString::number(change), u"--format"_s, u"json"_s}).out)
            .array()
            .at(0)
            .toObject();
    QCOMPARE(killed.value(u"state"_s).toString(), u"running"_s); // as the dead process left it
    QVERIFY2(killed.value(u"owner"_s).toString().startsWith(u"pid %1 on "_s.arg(pid)),
             qPrintable(killed.value(u"owner"_s).toString()));
    const QString run = QString::number(killed.value(u"run"_s).toInteger());

    // "hangs" is gone by the time the run resumes: its rescan cannot reach it.
    silent.close();
    const CliRunner::Run resumed =
        cli({u"deploy"_s, u"resume"_s, run, u"--connect-timeout"_s, u"10"_s, u"--format"_s, u"json"_s});
    QVERIFY2(resumed.exitCode == 1 || resumed.exitCode == 3, resumed.err.constData());

    // The finished asset: not deployed again, the package not installed again, the host not even contacted.
    QCOMPARE(deploymentStates(u"deb1"_s), (QStringList{u"succeeded"_s}));
    QCOMPARE(installs(u"pw-demo"_s, u"1.1"_s), 1);
    QCOMPARE(m_host->installedVersion(u"pw-demo"_s), u"ii 1.1"_s);
    QCOMPARE(scansSince(u"deb1"_s, killedAt), QStringList());
    // The killed asset: interrupted, never repeated, rechecked by a rescan whose failure is stored with
    // its reason, and reported.
    QCOMPARE(deploymentStates(u"hangs"_s), (QStringList{u"interrupted"_s}));
    const QStringList rescans = scansSince(u"hangs"_s, killedAt);
    QCOMPARE(rescans.size(), 1);
    QVERIFY2(rescans.constFirst().startsWith(u"failed: "_s) &&
                 rescans.constFirst().contains(u"connection refused"_s),
             qPrintable(rescans.constFirst()));
    QCOMPARE(auditEvents(u"deployment.interrupted"_s, u"on hangs"_s), 1);
    QCOMPARE(auditEvents(u"deployment.rechecked"_s, u"on hangs"_s), 1);
    QVERIFY2(
        resumed.err.contains("on hangs had been interrupted, and is not repeated. The rescan to recheck it"),
        resumed.err.constData());
    // The asset that had not started: deployed once (and failed: nothing listens there).
    QCOMPARE(deploymentStates(u"waits"_s), (QStringList{u"failed"_s}));
    const QJsonArray outcomes = QJsonDocument::fromJson(resumed.out).array();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.at(0).toObject().value(u"asset"_s).toString(), u"waits"_s);

    // The run ends with the three counted, and nobody owns it.
    const RolloutRun ended = RolloutRunRepository(db(), u"x"_s).find(run.toLongLong()).value();
    QVERIFY2(ended.state == RunState::Failed, qPrintable(storedText(ended.state)));
    QVERIFY2(ended.detail.startsWith(u"1 of 3 asset(s) succeeded"_s), qPrintable(ended.detail));
    QVERIFY(ended.owner.isEmpty());
}

int main(int argc, char **argv)
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestRunRestart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runrestart.moc"
