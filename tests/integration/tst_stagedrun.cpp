// StagedRun against hosts that refuse the connection (sshd's port on loopback with nobody listening): every
// deployment fails at its precheck, which is what a gate must catch. The run walks the rings in their
// configured order, halts at the first gate, goes on only when an admin continues it, records each verdict,
// gives the change its outcome at the end, and leaves the assets of later rings untouched while halted.
// Pause and cancel arrive as requests written to the run from another connection; a run whose process died
// is taken over and resumed at its stage without repeating what was done, and the assets it left
// interrupted are rescanned first.
#include "../support/RolloutFixture.h"
#include "../support/TestDatabase.h"

#include "board/ChangeBoard.h"
#include "jobs/StagedRun.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/UserRepository.h"
#include "storage/WindowRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStagedRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ringsRunInOrderAndAGateHaltsUntilAnAdminContinues();
    void aPauseRequestedDuringTheSoakStopsTheRunAndAResumeGoesOn();
    void aCancelRequestEndsTheRun();
    void aPauseAskedWhileTheLastAssetRunsIsHeededWhenItEnds();
    void aRunWhoseProcessDiedIsTakenOverAtItsStage();
    void interruptedAssetsAreRescannedNotRedeployedWhenTheRunResumes();
    void aReviewerCannotDriveARun();
    void assetsWaitForTheirWindowAndTheGateForTheWholeRing();
    void anEmergencyChangeDoesNotWaitForWindows();

private:
    qint64 addAsset(const QString &name, const QString &ring, Transport transport = Transport::Ssh);
    qint64 approvedChange(const QList<qint64> &assets);
    qint64 newRun(qint64 change, const QStringList &rings);
    void exec(const QString &sql);
    // Starts the run (or continues it) and waits for it to end; false when it could not start or did not end.
    bool runToEnd(StagedRun &run, bool continuing = false);
    QList<qint64> deployedAssets(qint64 run);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RolloutFixture> m_fixture;
    int m_refusingPort = 0;
};

void TestStagedRun::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<RolloutFixture>(*m_db);
    // A port nothing listens on: bind one, note it, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_refusingPort = probe.serverPort();
    probe.close();
}

void TestStagedRun::cleanup()
{
    m_fixture.reset();
    m_db.reset();
}

void TestStagedRun::exec(const QString &sql)
{
    m_fixture->exec(sql);
}

qint64 TestStagedRun::addAsset(const QString &name, const QString &ring, Transport transport)
{
    return m_fixture->addAsset(name, ring, m_refusingPort, transport);
}

qint64 TestStagedRun::approvedChange(const QList<qint64> &assets)
{
    return m_fixture->approvedChange(assets);
}

qint64 TestStagedRun::newRun(qint64 change, const QStringList &rings)
{
    const auto run = RolloutRunRepository((*m_db)->connection(), u"ann"_s).create(change, false, rings);
    if (!run)
        qFatal("cannot create the run: %s", qPrintable(run.error().text()));
    return run.value();
}

bool TestStagedRun::runToEnd(StagedRun &run, bool continuing)
{
    QSignalSpy finished(&run, &StagedRun::finished);
    if (Status started = run.start(continuing); !started) {
        qWarning("%s", qPrintable(started.error().text()));
        return false;
    }
    return finished.wait(120000);
}

QList<qint64> TestStagedRun::deployedAssets(qint64 run)
{
    QList<qint64> assets;
    const auto results = RolloutRunRepository((*m_db)->connection(), u"x"_s).results(run);
    for (const auto &result : results.value())
        assets.append(result.assetId);
    return assets;
}

void TestStagedRun::ringsRunInOrderAndAGateHaltsUntilAnAdminContinues()
{
    exec(
        u"INSERT INTO rings (name, position, min_success_percent) VALUES ('pilot', 1, 50), ('broad', 2, 100)"_s);
    const qint64 broad = addAsset(u"b1"_s, u"broad"_s);
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    const qint64 p2 = addAsset(u"p2"_s, u"pilot"_s);
    const qint64 loose = addAsset(u"n1"_s, QString());
    const qint64 change = approvedChange({broad, p1, p2, loose});
    const RolloutRunRepository runs((*m_db)->connection(), u"x"_s);
    const qint64 id = newRun(change, {u"pilot"_s, u"broad"_s, QString()});

    StagedRun run(m_db->config(), id);
    QSignalSpy stagesStarted(&run, &StagedRun::stageStarted);
    QVERIFY(runToEnd(run));
    QVERIFY(run.endState() == RunState::Halted);
    QCOMPARE(stagesStarted.size(), 1);
    QCOMPARE(stagesStarted.at(0).at(1).toString(), u"pilot"_s);
    QCOMPARE(stagesStarted.at(0).at(2).toInt(), 2);
    // Only the pilot ring was touched; the gate's verdict names why it halted.
    QList<qint64> touched = deployedAssets(id);
    std::sort(touched.begin(), touched.end());
    QCOMPARE(touched, (QList<qint64>{p1, p2}));
    auto verdicts = runs.verdicts(id).value();
    QCOMPARE(verdicts.size(), 1);
    QVERIFY(verdicts.at(0).outcome == GateOutcome::Halt);
    QCOMPARE(verdicts.at(0).failed, 2);
    QVERIFY2(verdicts.at(0).detail.contains(u"0% of the ring's assets succeeded, the gate needs 50%"_s),
             qPrintable(verdicts.at(0).detail));
    QVERIFY(ChangeRepository((*m_db)->connection(), u"x"_s).find(change).value().state ==
            ChangeState::Approved);

    // Started again without an admin's decision: refused.
    StagedRun again(m_db->config(), id);
    const Status refused = again.start();
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"halted at a gate"_s));

    // An admin continues: the broad ring runs, and its gate halts again.
    StagedRun continued(m_db->config(), id);
    QVERIFY(runToEnd(continued, true));
    QVERIFY(continued.endState() == RunState::Halted);
    QCOMPARE(continued.outcomes().size(), 1);
    QCOMPARE(continued.outcomes().constFirst().assetName, u"b1"_s);
    StagedRun last(m_db->config(), id);
    QVERIFY(runToEnd(last, true));
    QVERIFY(last.endState() == RunState::Failed);
    QCOMPARE(last.outcomes().constFirst().assetName, u"n1"_s);
    QCOMPARE(deployedAssets(id).size(), 4); // each asset deployed once, none repeated

    verdicts = runs.verdicts(id).value();
    QStringList outcomes;
    for (const GateVerdict &verdict : verdicts)
        outcomes << storedText(verdict.outcome) + u':' + verdict.ring;
    QCOMPARE(outcomes,
             (QStringList{u"halt:pilot"_s, u"continue:pilot"_s, u"halt:broad"_s, u"continue:broad"_s}));
    QCOMPARE(verdicts.at(1).decidedBy, Database::open(m_db->config()).value()->actor()); // the OS account
    const RolloutRun ended = runs.find(id).value();
    QVERIFY(ended.state == RunState::Failed);
    QVERIFY(ended.owner.isEmpty());
    QVERIFY(ChangeRepository((*m_db)->connection(), u"x"_s).find(change).value().state ==
            ChangeState::Failed);
}

void TestStagedRun::aPauseRequestedDuringTheSoakStopsTheRunAndAResumeGoesOn()
{
    // A gate that lets the pilot through (0%), then soaks for an hour: the pause arrives meanwhile.
    exec(
        u"INSERT INTO rings (name, position, min_success_percent, soak_minutes) VALUES ('pilot', 1, 0, 60)"_s);
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    const qint64 b1 = addAsset(u"b1"_s, u"broad"_s);
    const qint64 change = approvedChange({p1, b1});
    const qint64 id = newRun(change, {u"pilot"_s, u"broad"_s});

    StagedRun run(m_db->config(), id);
    run.setRequestPollInterval(20);
    QSignalSpy gate(&run, &StagedRun::gateDecided);
    QSignalSpy finished(&run, &StagedRun::finished);
    QVERIFY(run.start().ok());
    QVERIFY(gate.wait(120000));
    QVERIFY(qvariant_cast<GateVerdict>(gate.at(0).at(0)).outcome == GateOutcome::Go);
    // Another console asks for a pause, through its own connection.
    auto other = Database::open(m_db->config());
    QVERIFY(other);
    QVERIFY(RolloutRunRepository(other.value()->connection(), u"bob"_s)
                .request(id, RunState::Paused, [](const QString &) { return false; })
                .ok());
    QVERIFY(finished.wait(30000));
    QVERIFY(run.endState() == RunState::Paused);
    QVERIFY2(run.endDetail().contains(u"soaking"_s), qPrintable(run.endDetail()));
    QCOMPARE(deployedAssets(id), (QList<qint64>{p1}));

    // Resumed with the soak shortened: the pilot is not deployed again, the broad ring runs.
    exec(u"UPDATE rings SET soak_minutes = 0"_s);
    StagedRun resumed(m_db->config(), id);
    QVERIFY(runToEnd(resumed));
    QVERIFY(resumed.endState() == RunState::Failed);
    QCOMPARE(resumed.outcomes().size(), 1);
    QCOMPARE(resumed.outcomes().constFirst().assetName, u"b1"_s);
    QCOMPARE(deployedAssets(id), (QList<qint64>{p1, b1}));
}

// A pause asked while the stage's last asset is under way pauses the run when that asset ends, even when
// the run's row was not polled in between (the daemon asks for a pause on SIGTERM, and the asset's host
// may hang up at once): the stage's end reads the requests once more before the gate.
void TestStagedRun::aPauseAskedWhileTheLastAssetRunsIsHeededWhenItEnds()
{
    QTcpServer host; // accepts, and never answers until the test hangs up
    QVERIFY(host.listen(QHostAddress::LocalHost));
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    exec(u"UPDATE assets SET port = %1 WHERE id = %2"_s.arg(host.serverPort()).arg(p1));
    const qint64 id = newRun(approvedChange({p1, addAsset(u"b1"_s, u"broad"_s)}), {u"pilot"_s, u"broad"_s});

    StagedRun run(m_db->config(), id);
    run.setRequestPollInterval(24 * 3600 * 1000); // the row is not polled during this test
    QSignalSpy contacted(&host, &QTcpServer::newConnection);
    QSignalSpy finished(&run, &StagedRun::finished);
    QVERIFY(run.start().ok());
    QVERIFY(contacted.wait(30000));
    const std::unique_ptr<QTcpSocket> connection(host.nextPendingConnection());
    auto other = Database::open(m_db->config());
    QVERIFY(other);
    QVERIFY(RolloutRunRepository(other.value()->connection(), u"bob"_s)
                .request(id, RunState::Paused, [](const QString &) { return false; })
                .ok());
    connection->close(); // the host hangs up: p1's deployment fails, and the stage ends
    QVERIFY(finished.wait(60000));
    QVERIFY2(run.endState() == RunState::Paused, qPrintable(run.endDetail()));
    QCOMPARE(deployedAssets(id), (QList<qint64>{p1}));
    QVERIFY(RolloutRunRepository((*m_db)->connection(), u"x"_s).verdicts(id).value().isEmpty());
}

void TestStagedRun::aCancelRequestEndsTheRun()
{
    exec(
        u"INSERT INTO rings (name, position, min_success_percent, soak_minutes) VALUES ('pilot', 1, 0, 60)"_s);
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    const qint64 b1 = addAsset(u"b1"_s, u"broad"_s);
    const qint64 id = newRun(approvedChange({p1, b1}), {u"pilot"_s, u"broad"_s});
    StagedRun run(m_db->config(), id);
    run.setRequestPollInterval(20);
    QSignalSpy gate(&run, &StagedRun::gateDecided);
    QSignalSpy finished(&run, &StagedRun::finished);
    QVERIFY(run.start().ok());
    QVERIFY(gate.wait(120000));
    QVERIFY(RolloutRunRepository((*m_db)->connection(), u"bob"_s)
                .request(id, RunState::Cancelled, [](const QString &) { return false; })
                .ok());
    QVERIFY(finished.wait(30000));
    QVERIFY(run.endState() == RunState::Cancelled);
    QVERIFY(RolloutRunRepository((*m_db)->connection(), u"x"_s).find(id).value().state ==
            RunState::Cancelled);
    QCOMPARE(deployedAssets(id), (QList<qint64>{p1}));
    StagedRun again(m_db->config(), id);
    QVERIFY(!again.start().ok());
}

void TestStagedRun::aRunWhoseProcessDiedIsTakenOverAtItsStage()
{
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    const qint64 b1 = addAsset(u"b1"_s, u"broad"_s);
    const qint64 id = newRun(approvedChange({p1, b1}), {u"pilot"_s, u"broad"_s});
    // As a process that died in stage 2 leaves it: running, owned by a pid that no longer exists.
    const QString dead = u"pid 1073741000 on %1"_s.arg(QSysInfo::machineHostName());
    exec(u"UPDATE deployment_runs SET state = 'running', current_stage = 1, owner = '%1' WHERE id = %2"_s
             .arg(dead)
             .arg(id));
    StagedRun run(m_db->config(), id);
    QVERIFY(runToEnd(run));
    QCOMPARE(run.outcomes().size(), 1);
    QCOMPARE(run.outcomes().constFirst().assetName, u"b1"_s); // resumed at its stage: the pilot is not redone
    // A run driven by a live process (pid 1) is not taken.
    const qint64 other = newRun(approvedChange({addAsset(u"x1"_s, QString())}), {QString()});
    exec(u"UPDATE deployment_runs SET state = 'running', owner = 'pid 1 on %1' WHERE id = %2"_s
             .arg(QSysInfo::machineHostName())
             .arg(other));
    StagedRun busy(m_db->config(), other);
    const Status refused = busy.start();
    QCOMPARE(refused.error().code, u"busy"_s);
}

// A process died in the pilot ring while two assets were deploying. Resumed, neither is deployed again: each
// is rescanned on its host first — this machine's scan is stored, the unreachable one's failure is stored
// with its reason — and the deployment says so. A failed rescan does not stop the run (its gate decides),
// and is tried again when the run goes on; a successful one is not.
void TestStagedRun::interruptedAssetsAreRescannedNotRedeployedWhenTheRunResumes()
{
    const qint64 here = addAsset(u"here"_s, u"pilot"_s, Transport::Local);
    const qint64 gone = addAsset(u"gone"_s, u"pilot"_s);
    const qint64 b1 = addAsset(u"b1"_s, u"broad"_s);
    const qint64 change = approvedChange({here, gone, b1});
    const qint64 id = newRun(change, {u"pilot"_s, u"broad"_s});
    const QString dead = u"pid 1073741000 on %1"_s.arg(QSysInfo::machineHostName());
    exec(u"UPDATE deployment_runs SET state = 'running', owner = '%1' WHERE id = %2"_s.arg(dead).arg(id));
    DeploymentRepository deployments((*m_db)->connection(), u"ann"_s);
    QMap<qint64, qint64> deploymentOf;
    for (const qint64 asset : {here, gone})
        deploymentOf.insert(asset, deployments.start(change, asset, u"deploy"_s, dead, id).value());
    const QDateTime before = QDateTime::currentDateTimeUtc();

    StagedRun run(m_db->config(), id);
    QSignalSpy rechecked(&run, &StagedRun::interruptedAssetRechecked);
    QVERIFY(runToEnd(run));
    QCOMPARE(rechecked.size(), 2);
    QMap<QString, InterruptionRecheck::Outcome> outcomes;
    for (const QList<QVariant> &signal : rechecked) {
        const auto outcome = signal.at(0).value<InterruptionRecheck::Outcome>();
        outcomes.insert(outcome.assetName, outcome);
    }
    QVERIFY2(outcomes.value(u"here"_s).rescanned, qPrintable(outcomes.value(u"here"_s).detail));
    QCOMPARE(outcomes.value(u"here"_s).deploymentId, deploymentOf.value(here));
    QVERIFY(!outcomes.value(u"gone"_s).rescanned);
    QVERIFY2(outcomes.value(u"gone"_s).detail.contains(u"connection refused"_s),
             qPrintable(outcomes.value(u"gone"_s).detail));
    // Nothing of the pilot ring was deployed again; its gate counted the two interrupted deployments.
    QVERIFY(run.outcomes().isEmpty());
    QVERIFY(run.endState() == RunState::Halted);
    QCOMPARE(deployedAssets(id), (QList<qint64>{here, gone}));

    // The scans are stored: this machine's packages, the unreachable host's failure with its reason.
    QSqlQuery scans((*m_db)->connection());
    QVERIFY(scans.exec(u"SELECT asset_id, status, installed_count, error, started_at FROM scans "
                       "WHERE started_at >= '%1' ORDER BY id"_s.arg(before.toString(Qt::ISODateWithMs))));
    QMap<qint64, QStringList> scanned;
    while (scans.next()) {
        scanned[scans.value(0).toLongLong()] << scans.value(1).toString();
        if (scans.value(0).toLongLong() == here)
            QVERIFY(scans.value(2).toInt() > 0);
        else
            QVERIFY2(scans.value(3).toString().contains(u"connection refused"_s),
                     qPrintable(scans.value(3).toString()));
    }
    QCOMPARE(scanned.value(here), (QStringList{u"ok"_s}));
    QCOMPARE(scanned.value(gone), (QStringList{u"failed"_s}));
    QVERIFY(!scanned.contains(b1));
    // Each deployment stays interrupted and says what the recheck found, audited as deployment.rechecked.
    const auto listed = deployments.forChange(change).value();
    QCOMPARE(listed.size(), 2);
    for (const Deployment &deployment : listed) {
        QVERIFY(deployment.state == DeploymentState::Interrupted);
        QVERIFY2(deployment.detail.contains(deployment.assetName == u"here"_s
                                                ? u"Rechecked on its host by a rescan"_s
                                                : u"The rescan to recheck it on its host failed"_s),
                 qPrintable(deployment.detail));
    }
    const auto events = AuditLog((*m_db)->connection()).list();
    QVERIFY(events.ok());
    int recheckEvents = 0;
    for (const AuditEvent &event : events.value())
        recheckEvents += event.action == u"deployment.rechecked"_s ? 1 : 0;
    QCOMPARE(recheckEvents, 2);

    // An admin goes on past the gate: the host that could not be rescanned is tried again, this machine is
    // not (it was seen since), and the broad ring deploys.
    StagedRun continued(m_db->config(), id);
    QSignalSpy again(&continued, &StagedRun::interruptedAssetRechecked);
    QVERIFY(runToEnd(continued, true));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).at(0).value<InterruptionRecheck::Outcome>().assetName, u"gone"_s);
    QCOMPARE(continued.outcomes().size(), 1);
    QCOMPARE(continued.outcomes().constFirst().assetName, u"b1"_s);
    QCOMPARE(deployedAssets(id), (QList<qint64>{here, gone, b1}));
}

void TestStagedRun::aReviewerCannotDriveARun()
{
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    const qint64 id = newRun(approvedChange({p1}), {u"pilot"_s});
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(u"rita"_s, Role::Reviewer).ok());
    // The run opens its own connection as this OS user: list that user as a reviewer.
    const QString me = Database::open(m_db->config()).value()->actor();
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(me, Role::Reviewer).ok());
    StagedRun run(m_db->config(), id);
    const Status refused = run.start();
    QCOMPARE(refused.error().code, u"forbidden"_s);
    QVERIFY(deployedAssets(id).isEmpty());
    QVERIFY(RolloutRunRepository((*m_db)->connection(), u"x"_s).find(id).value().state ==
            RunState::Scheduled);
}

void TestStagedRun::assetsWaitForTheirWindowAndTheGateForTheWholeRing()
{
    exec(
        u"INSERT INTO rings (name, position, min_success_percent) VALUES ('pilot', 1, 0), ('broad', 2, 100)"_s);
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    const qint64 p2 = addAsset(u"p2"_s, u"pilot"_s);
    const qint64 b1 = addAsset(u"b1"_s, u"broad"_s);
    WindowRepository windows((*m_db)->connection(), u"ann"_s);
    QVERIFY(windows.add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s).ok());
    QVERIFY(windows.add(WindowScope::Asset, u"p2"_s, u"daily 00:00-24:00"_s, u"UTC"_s)
                .ok()); // replaces the ring's
    const qint64 id = newRun(approvedChange({p1, p2, b1}), {u"pilot"_s, u"broad"_s});

    // Wednesday 2 June 2027, 12:00 UTC: p2's own window is open, the pilot ring's is not.
    StagedRun run(m_db->config(), id);
    run.setClock([] { return QDateTime(QDate(2027, 6, 2), QTime(12, 0), QTimeZone::utc()); });
    QVERIFY(runToEnd(run));
    QVERIFY2(run.endState() == RunState::Scheduled, qPrintable(run.endDetail()));
    QCOMPARE(deployedAssets(id), (QList<qint64>{p2}));
    const RolloutRunRepository runs((*m_db)->connection(), u"x"_s);
    // Saturday 5 June 22:00 in Berlin (CEST, UTC+2) is 20:00 UTC.
    QCOMPARE(runs.find(id).value().scheduledFor,
             QDateTime(QDate(2027, 6, 5), QTime(20, 0), QTimeZone::utc()));
    QVERIFY(runs.verdicts(id).value().isEmpty()); // no gate while part of the ring waits
    QVERIFY(run.endDetail().contains(u"1 asset(s) wait for their maintenance window"_s) ||
            run.endDetail().contains(u"1 asset wait"_s));

    // Too close to the window's end for a 30-minute deployment (Sunday 01:45 CEST): it still waits.
    StagedRun late(m_db->config(), id);
    late.setClock([] { return QDateTime(QDate(2027, 6, 5), QTime(23, 45), QTimeZone::utc()); });
    QVERIFY(runToEnd(late));
    QVERIFY(late.endState() == RunState::Scheduled);
    QCOMPARE(runs.find(id).value().scheduledFor,
             QDateTime(QDate(2027, 6, 12), QTime(20, 0), QTimeZone::utc()));

    // In the window (Saturday 12 June, 22:30 CEST): p1 deploys, then the pilot's gate, then the broad ring.
    StagedRun inWindow(m_db->config(), id);
    inWindow.setClock([] { return QDateTime(QDate(2027, 6, 12), QTime(20, 30), QTimeZone::utc()); });
    QVERIFY(runToEnd(inWindow));
    QVERIFY(inWindow.endState() == RunState::Failed);
    QCOMPARE(deployedAssets(id), (QList<qint64>{p2, p1, b1}));
    const auto verdicts = runs.verdicts(id).value();
    QCOMPARE(verdicts.size(), 1);
    QCOMPARE(verdicts.constFirst().ring, u"pilot"_s);
    QCOMPARE(verdicts.constFirst().failed, 2); // the whole ring, both assets
}

void TestStagedRun::anEmergencyChangeDoesNotWaitForWindows()
{
    const qint64 p1 = addAsset(u"p1"_s, u"pilot"_s);
    QVERIFY(WindowRepository((*m_db)->connection(), u"ann"_s)
                .add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s)
                .ok());
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(u"SELECT id FROM asset_patches WHERE asset_id = %1"_s.arg(p1)) && query.next());
    ChangeDraft draft;
    draft.title = u"zero day"_s;
    draft.emergency = true;
    draft.assetPatchIds = {query.value(0).toLongLong()};
    query.finish(); // no read transaction left open on the test's connection
    (*m_db)->setActor(u"ann"_s);
    ChangeBoard board(**m_db);
    const auto created = board.create(draft);
    QVERIFY(created.ok());
    QVERIFY(board.submit(created.value(), QString()).ok()); // deployable on submission, unreviewed
    (*m_db)->setActor(u"tester"_s);
    const qint64 id = newRun(created.value(), {u"pilot"_s});
    StagedRun run(m_db->config(), id);
    run.setClock([] { return QDateTime(QDate(2027, 6, 2), QTime(12, 0), QTimeZone::utc()); });
    QVERIFY(runToEnd(run));
    QVERIFY2(run.endState() == RunState::Failed, qPrintable(run.endDetail()));
    QCOMPARE(deployedAssets(id), (QList<qint64>{p1}));
}

QTEST_GUILESS_MAIN(TestStagedRun)
#include "tst_stagedrun.moc"
