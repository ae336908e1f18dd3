// Scheduled staged runs: RunPlanner schedules a run at a time or at its first ring's first maintenance window
// (with the latest start that still fits it), and RunScheduler — what the console and `patchwright-cli
// daemon` run — starts a run when it is due, never before, and marks it missed, never started, when it finds
// it past its latest start. The clock is the test's. The assets' hosts refuse the connection (every
// deployment fails at once at its precheck) or accept it and never answer (a deployment under way).
#include "../support/RolloutFixture.h"
#include "../support/TestDatabase.h"
#include "../support/UtcTime.h"

#include "jobs/RunPlanner.h"
#include "jobs/RunScheduler.h"
#include "storage/AuditLog.h"
#include "storage/RolloutRunRepository.h"
#include "storage/WindowRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Wednesday 9 December 2026, 10:00 UTC.
const QDateTime wednesday = utc("2026-12-09T10:00:00Z");

} // namespace

class TestRunScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aRunScheduledAtATimeStartsWhenDueAndNotBefore();
    void aRunFoundPastItsLatestStartIsMissedAndNeverStarted();
    void aMissedRunStartsOnlyWhenAnAdminResumesIt();
    void schedulingAtItsWindowTakesTheFirstRingsFirstOpening();
    void thePlannerRefusesAPastTimeAnUnapprovedChangeAndAssetsWithoutWindows();
    void aRunWaitingForItsWindowIsStartedAtTheOpening();
    void oneProcessNeverDrivesARunTwice();
    void pauseAllLetsTheAssetsUnderWayFinishAndLeavesTheRunPaused();

private:
    RunPlanner::Request atTime(qint64 change, const QDateTime &at) const;
    RolloutRun planned(const RunPlanner::Request &request, const QDateTime &now);
    RolloutRun find(qint64 run);
    int deploymentsOf(qint64 run);
    int auditCount(const QString &action, qint64 run);
    // A scheduler on the test's database whose clock reads `now`.
    std::unique_ptr<RunScheduler> schedulerAt(const QDateTime &now);
    bool waitForIdle(RunScheduler &scheduler);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RolloutFixture> m_fixture;
    int m_refusingPort = 0;
};

void TestRunScheduler::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<RolloutFixture>(*m_db);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_refusingPort = probe.serverPort();
    probe.close();
}

void TestRunScheduler::cleanup()
{
    m_fixture.reset();
    m_db.reset();
}

RunPlanner::Request TestRunScheduler::atTime(qint64 change, const QDateTime &at) const
{
    RunPlanner::Request request;
    request.changeId = change;
    request.start = RunPlanner::Start::AtTime;
    request.at = at;
    request.startWithin = std::chrono::minutes(30);
    return request;
}

RolloutRun TestRunScheduler::planned(const RunPlanner::Request &request, const QDateTime &now)
{
    RunPlanner planner(**m_db);
    planner.setNow(now);
    const auto run = planner.create(request);
    if (!run)
        qFatal("cannot plan the run: %s", qPrintable(run.error().text()));
    return run.value();
}

RolloutRun TestRunScheduler::find(qint64 run)
{
    return RolloutRunRepository((*m_db)->connection(), u"x"_s).find(run).value();
}

int TestRunScheduler::deploymentsOf(qint64 run)
{
    QSqlQuery query((*m_db)->connection());
    query.prepare(u"SELECT count(*) FROM deployments WHERE run_id = ?"_s);
    query.addBindValue(run);
    if (!query.exec() || !query.next())
        qFatal("cannot count deployments");
    return query.value(0).toInt();
}

int TestRunScheduler::auditCount(const QString &action, qint64 run)
{
    QSqlQuery query((*m_db)->connection());
    query.prepare(u"SELECT count(*) FROM audit_events WHERE action = ? AND subject = ?"_s);
    query.addBindValue(action);
    query.addBindValue(u"run #%1"_s.arg(run));
    if (!query.exec() || !query.next())
        qFatal("cannot count audit events");
    return query.value(0).toInt();
}

std::unique_ptr<RunScheduler> TestRunScheduler::schedulerAt(const QDateTime &now)
{
    auto scheduler = std::make_unique<RunScheduler>(m_db->config());
    scheduler->setClock([now] { return now; });
    AssetDeployer::Options options;
    options.limits.connectTimeout = std::chrono::seconds(2); // how long "silent" keeps its asset under way
    scheduler->setOptions(options);
    return scheduler;
}

bool TestRunScheduler::waitForIdle(RunScheduler &scheduler)
{
    if (scheduler.isIdle())
        return true;
    QSignalSpy idle(&scheduler, &RunScheduler::idle);
    return idle.wait(60000);
}

void TestRunScheduler::aRunScheduledAtATimeStartsWhenDueAndNotBefore()
{
    const qint64 asset = m_fixture->addAsset(u"web1"_s, QString(), m_refusingPort);
    const QDateTime at = wednesday.addSecs(3600);
    const RolloutRun run = planned(atTime(m_fixture->approvedChange({asset}), at), wednesday);
    QCOMPARE(run.state, RunState::Scheduled);
    QCOMPARE(run.scheduledFor, at);
    QCOMPARE(run.startBy, at.addSecs(30 * 60));

    auto early = schedulerAt(at.addSecs(-60));
    QSignalSpy earlyStarts(early.get(), &RunScheduler::runStarted);
    QVERIFY(early->tick().ok());
    QCOMPARE(earlyStarts.count(), 0);
    QCOMPARE(find(run.id).state, RunState::Scheduled);
    QCOMPARE(deploymentsOf(run.id), 0);

    auto due = schedulerAt(at.addSecs(10 * 60));
    QSignalSpy started(due.get(), &RunScheduler::runStarted);
    QSignalSpy finished(due.get(), &RunScheduler::runFinished);
    QVERIFY(due->tick().ok());
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toLongLong(), run.id);
    QVERIFY(waitForIdle(*due));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(find(run.id).state, RunState::Failed); // its only host refused the connection
    QCOMPARE(deploymentsOf(run.id), 1);
    QCOMPARE(auditCount(u"run.running"_s, run.id), 1);
    QCOMPARE(auditCount(u"run.missed"_s, run.id), 0);
}

void TestRunScheduler::aRunFoundPastItsLatestStartIsMissedAndNeverStarted()
{
    const qint64 asset = m_fixture->addAsset(u"web1"_s, QString(), m_refusingPort);
    const QDateTime at = wednesday.addSecs(3600);
    const RolloutRun run = planned(atTime(m_fixture->approvedChange({asset}), at), wednesday);

    auto late = schedulerAt(at.addSecs(31 * 60));
    QSignalSpy started(late.get(), &RunScheduler::runStarted);
    QSignalSpy missed(late.get(), &RunScheduler::runMissed);
    QVERIFY(late->tick().ok());
    QCOMPARE(started.count(), 0);
    QCOMPARE(missed.count(), 1);
    QCOMPARE(missed.at(0).at(0).toLongLong(), run.id);
    const RolloutRun now = find(run.id);
    QCOMPARE(now.state, RunState::Missed);
    QVERIFY2(now.detail.contains(at.toString(Qt::ISODate)), qPrintable(now.detail));
    QVERIFY(now.finishedAt.isValid());
    QCOMPARE(deploymentsOf(run.id), 0);
    QCOMPARE(auditCount(u"run.missed"_s, run.id), 1);

    // Reported once: the next tick finds nothing due.
    QVERIFY(late->tick().ok());
    QCOMPARE(missed.count(), 1);
    QCOMPARE(auditCount(u"run.missed"_s, run.id), 1);
    QCOMPARE(auditCount(u"run.running"_s, run.id), 0);
}

void TestRunScheduler::aMissedRunStartsOnlyWhenAnAdminResumesIt()
{
    const qint64 asset = m_fixture->addAsset(u"web1"_s, QString(), m_refusingPort);
    const QDateTime at = wednesday.addSecs(3600);
    const RolloutRun run = planned(atTime(m_fixture->approvedChange({asset}), at), wednesday);
    auto late = schedulerAt(at.addSecs(2 * 3600));
    QVERIFY(late->tick().ok());
    QCOMPARE(find(run.id).state, RunState::Missed);

    QVERIFY(late->drive(run.id).ok()); // an admin's resume
    QVERIFY(waitForIdle(*late));
    QCOMPARE(deploymentsOf(run.id), 1);
    QCOMPARE(find(run.id).state, RunState::Failed);
}

void TestRunScheduler::schedulingAtItsWindowTakesTheFirstRingsFirstOpening()
{
    m_fixture->exec(u"INSERT INTO rings (name, position) VALUES ('pilot', 1), ('broad', 2)"_s);
    const qint64 p1 = m_fixture->addAsset(u"p1"_s, u"pilot"_s, m_refusingPort);
    const qint64 b1 = m_fixture->addAsset(u"b1"_s, u"broad"_s, m_refusingPort);
    WindowRepository windows((*m_db)->connection(), u"ann"_s);
    QVERIFY(windows.add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s).ok());
    QVERIFY(windows.add(WindowScope::Ring, u"broad"_s, u"daily 01:00-03:00"_s, u"UTC"_s).ok());
    const qint64 change = m_fixture->approvedChange({p1, b1});

    RunPlanner::Request request;
    request.changeId = change;
    request.start = RunPlanner::Start::AtItsWindow;
    // Pilot first: Saturday 22:00 in Berlin (CET, UTC+1) is 21:00 UTC; the window closes on Sunday 02:00
    // Berlin, so a 30-minute deployment must start by 01:30 Berlin, 00:30 UTC.
    const RolloutRun pilotFirst = planned(request, wednesday);
    QCOMPARE(pilotFirst.rings, (QStringList{u"pilot"_s, u"broad"_s}));
    QCOMPARE(pilotFirst.scheduledFor, utc("2026-12-12T21:00:00Z"));
    QCOMPARE(pilotFirst.startBy, utc("2026-12-13T00:30:00Z"));

    // Only broad: its first opening after Wednesday 10:00 is Thursday 01:00 UTC, to start by 02:30.
    request.rings = {u"broad"_s};
    const RolloutRun broadOnly = planned(request, wednesday);
    QCOMPARE(broadOnly.scheduledFor, utc("2026-12-10T01:00:00Z"));
    QCOMPARE(broadOnly.startBy, utc("2026-12-10T02:30:00Z"));

    // Inside an open window it is due at once, by the same window's latest start.
    const QDateTime inside = utc("2026-12-10T01:15:00Z");
    const RolloutRun now = planned(request, inside);
    QCOMPARE(now.scheduledFor, inside);
    QCOMPARE(now.startBy, utc("2026-12-10T02:30:00Z"));
}

void TestRunScheduler::thePlannerRefusesAPastTimeAnUnapprovedChangeAndAssetsWithoutWindows()
{
    const qint64 asset = m_fixture->addAsset(u"web1"_s, QString(), m_refusingPort);
    const qint64 change = m_fixture->approvedChange({asset});
    RunPlanner planner(**m_db);
    planner.setNow(wednesday);

    const auto past = planner.create(atTime(change, wednesday.addSecs(-60)));
    QVERIFY(!past);
    QVERIFY2(past.error().message.contains(u"past"_s), qPrintable(past.error().text()));

    RunPlanner::Request window;
    window.changeId = change;
    window.start = RunPlanner::Start::AtItsWindow;
    const auto noWindow = planner.create(window);
    QVERIFY(!noWindow);
    QVERIFY2(noWindow.error().text().contains(u"window add"_s), qPrintable(noWindow.error().text()));

    ChangeDraft draft;
    draft.title = u"not submitted"_s;
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(u"SELECT id FROM asset_patches"_s) && query.next());
    draft.assetPatchIds = {query.value(0).toLongLong()};
    query.finish();
    const auto draftChange = ChangeBoard(**m_db).create(draft);
    QVERIFY(draftChange);
    QVERIFY(!planner.create(atTime(draftChange.value(), wednesday.addSecs(3600))));

    const auto runs = RolloutRunRepository((*m_db)->connection(), u"x"_s).list();
    QVERIFY(runs);
    QVERIFY(runs.value().isEmpty()); // nothing was recorded by a refused plan
}

void TestRunScheduler::aRunWaitingForItsWindowIsStartedAtTheOpening()
{
    const qint64 asset = m_fixture->addAsset(u"web1"_s, u"pilot"_s, m_refusingPort);
    QVERIFY(WindowRepository((*m_db)->connection(), u"ann"_s)
                .add(WindowScope::Ring, u"pilot"_s, u"daily 01:00-03:00"_s, u"UTC"_s)
                .ok());
    RunPlanner::Request request;
    request.changeId = m_fixture->approvedChange({asset});
    const RolloutRun run = planned(request, wednesday); // to start now: its creator drives it

    auto closed = schedulerAt(wednesday);
    QVERIFY(closed->drive(run.id).ok());
    QVERIFY(waitForIdle(*closed));
    const RolloutRun waiting = find(run.id);
    QCOMPARE(waiting.state, RunState::Scheduled);
    QCOMPARE(waiting.scheduledFor, utc("2026-12-10T01:00:00Z"));
    QCOMPARE(waiting.startBy, utc("2026-12-10T02:30:00Z"));
    QCOMPARE(deploymentsOf(run.id), 0);

    auto opened = schedulerAt(utc("2026-12-10T01:05:00Z"));
    QSignalSpy started(opened.get(), &RunScheduler::runStarted);
    QVERIFY(opened->tick().ok());
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForIdle(*opened));
    QCOMPARE(deploymentsOf(run.id), 1);
}

void TestRunScheduler::oneProcessNeverDrivesARunTwice()
{
    const qint64 asset = m_fixture->addAsset(u"web1"_s, QString(), m_refusingPort);
    RunPlanner::Request request;
    request.changeId = m_fixture->approvedChange({asset});
    const RolloutRun run = planned(request, wednesday);
    auto scheduler = schedulerAt(wednesday);
    QVERIFY(scheduler->drive(run.id).ok());
    const Status again = scheduler->drive(run.id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"busy"_s);
    QVERIFY(waitForIdle(*scheduler));
    QCOMPARE(deploymentsOf(run.id), 1);
    QCOMPARE(auditCount(u"run.running"_s, run.id), 1);
}

void TestRunScheduler::pauseAllLetsTheAssetsUnderWayFinishAndLeavesTheRunPaused()
{
    // Accepts the connection and never says a word: the deployment is under way until the connect timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const qint64 first = m_fixture->addAsset(u"silent"_s, u"pilot"_s, silent.serverPort());
    const qint64 second = m_fixture->addAsset(u"next"_s, u"pilot"_s, m_refusingPort);
    m_fixture->exec(u"INSERT INTO rings (name, position, parallelism) VALUES ('pilot', 1, 1)"_s);
    RunPlanner::Request request;
    request.changeId = m_fixture->approvedChange({first, second});
    const RolloutRun run = planned(request, wednesday);
    auto scheduler = schedulerAt(wednesday);
    QSignalSpy finished(scheduler.get(), &RunScheduler::runFinished);
    QVERIFY(scheduler->drive(run.id).ok());
    QTRY_COMPARE_WITH_TIMEOUT(deploymentsOf(run.id), 1, 30000); // "silent" is under way
    scheduler->pauseAll();
    QVERIFY(waitForIdle(*scheduler));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).value<RunState>(), RunState::Paused);
    QCOMPARE(find(run.id).state, RunState::Paused);
    QVERIFY(find(run.id).owner.isEmpty());
    QCOMPARE(deploymentsOf(run.id), 1); // "next" never started
}

QTEST_GUILESS_MAIN(TestRunScheduler)
#include "tst_runscheduler.moc"
