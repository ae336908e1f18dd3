// The parts of a staged run that decide without a host: RingPlan (which rings, in which order), GateCheck (go
// or halt), and RolloutRunRepository on SQLCipher (one process drives a run; pause and cancel are requests
// to it, or take effect at once when nobody drives it; a run's results keep each asset's newest deployment).
#include "../support/TestDatabase.h"

#include "jobs/GateCheck.h"
#include "jobs/RingPlan.h"
#include "storage/AuditLog.h"
#include "storage/DeploymentRepository.h"
#include "storage/RolloutRunRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RingGate gate(const QString &ring, int minSuccess = 100, int soak = 0)
{
    RingGate g;
    g.ring = ring;
    g.minSuccessPercent = minSuccess;
    g.soakMinutes = soak;
    return g;
}

RolloutRunRepository::AssetResult result(qint64 asset, DeploymentState state, bool verificationFailed = false)
{
    RolloutRunRepository::AssetResult r;
    r.assetId = asset;
    r.state = state;
    r.verificationFailed = verificationFailed;
    return r;
}

bool alwaysGone(const QString &)
{
    return true;
}

bool neverGone(const QString &)
{
    return false;
}

} // namespace

class TestRollout : public QObject
{
    Q_OBJECT

private slots:
    void stagesFollowTheConfiguredOrderThenNamesThenNoRing();
    void aPlanNamesTheRingsToGoTo();
    void gateNeedsItsShareAndNoFailedVerification();
    void oneProcessDrivesARun();
    void pauseAndCancelAreRequestsToTheDriver();
    void resultsKeepEachAssetsNewestDeployment();
};

void TestRollout::stagesFollowTheConfiguredOrderThenNamesThenNoRing()
{
    const QList<RingGate> configured{gate(u"pilot"_s), gate(u"broad"_s), gate(u"unused"_s)};
    const auto stages =
        RingPlan::stages({u"zeta"_s, u"broad"_s, QString(), u"pilot"_s, u"alpha"_s, u"broad"_s}, configured);
    QVERIFY(stages.ok());
    QCOMPARE(stages.value(), (QStringList{u"pilot"_s, u"broad"_s, u"alpha"_s, u"zeta"_s, QString()}));
    QCOMPARE(RingPlan::gateFor(u"alpha"_s, configured).minSuccessPercent,
             100); // defaults when not configured
    QCOMPARE(RingPlan::gateFor(u"alpha"_s, configured).ring, u"alpha"_s);
    QVERIFY(!RingPlan::stages({}, configured).ok());
}

void TestRollout::aPlanNamesTheRingsToGoTo()
{
    const QList<RingGate> configured{gate(u"pilot"_s), gate(u"broad"_s)};
    const auto planned =
        RingPlan::stages({u"pilot"_s, u"broad"_s, QString()}, configured, {u"broad"_s, u"pilot"_s});
    QCOMPARE(planned.value(), (QStringList{u"broad"_s, u"pilot"_s}));
    const auto missing = RingPlan::stages({u"pilot"_s}, configured, {u"critical"_s});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"ring critical"_s));
}

void TestRollout::gateNeedsItsShareAndNoFailedVerification()
{
    const QList<RolloutRunRepository::AssetResult> threeOfFour{
        result(1, DeploymentState::Succeeded), result(2, DeploymentState::Succeeded),
        result(3, DeploymentState::Succeeded), result(4, DeploymentState::Failed)};
    GateVerdict verdict = GateCheck::evaluate(gate(u"pilot"_s, 75), 0, threeOfFour, false);
    QVERIFY(verdict.outcome == GateOutcome::Go);
    QCOMPARE(verdict.succeeded, 3);
    QCOMPARE(verdict.failed, 1);
    verdict = GateCheck::evaluate(gate(u"pilot"_s, 76), 0, threeOfFour, false);
    QVERIFY(verdict.outcome == GateOutcome::Halt);
    QVERIFY2(verdict.detail.contains(u"75% of the ring's assets succeeded, the gate needs 76%"_s),
             qPrintable(verdict.detail));

    // A failed verification was rolled back: a failure, and a halt even when the share would pass.
    const QList<RolloutRunRepository::AssetResult> verifyFailed{result(1, DeploymentState::Succeeded),
                                                                result(2, DeploymentState::RolledBack, true)};
    verdict = GateCheck::evaluate(gate(u"pilot"_s, 50), 0, verifyFailed, false);
    QVERIFY(verdict.outcome == GateOutcome::Halt);
    QCOMPARE(verdict.failedVerifications, 1);
    RingGate lenient = gate(u"pilot"_s, 50);
    lenient.haltOnFailedVerification = false;
    QVERIFY(GateCheck::evaluate(lenient, 0, verifyFailed, false).outcome == GateOutcome::Go);

    // A rollback run succeeds per asset when the asset was rolled back.
    QVERIFY(
        GateCheck::evaluate(gate(u"pilot"_s), 0, {result(1, DeploymentState::RolledBack)}, true).outcome ==
        GateOutcome::Go);
    QVERIFY(
        GateCheck::evaluate(gate(u"pilot"_s), 0, {result(1, DeploymentState::RolledBack)}, false).outcome ==
        GateOutcome::Halt);
}

void TestRollout::oneProcessDrivesARun()
{
    TestDatabase db;
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"INSERT INTO change_requests (title, state, requested_by, created_at) VALUES ('c', "
                       "'approved', 'ann', 'now')"_s));
    RolloutRunRepository runs(db->connection(), u"ann"_s);
    const auto id = runs.create(1, false, {u"pilot"_s, QString()});
    QVERIFY2(id.ok(), qPrintable(id.error().text()));
    QCOMPARE(runs.find(id.value()).value().rings, (QStringList{u"pilot"_s, QString()}));

    QVERIFY(runs.claim(id.value(), u"pid 10 on a"_s, &neverGone).ok());
    QVERIFY(runs.find(id.value()).value().state == RunState::Running);
    // Another live process cannot take it; the same owner may (a resume in the same process).
    const Status taken = runs.claim(id.value(), u"pid 11 on a"_s, &neverGone);
    QCOMPARE(taken.error().code, u"busy"_s);
    QVERIFY(taken.error().message.contains(u"pid 10 on a"_s));
    QVERIFY(runs.claim(id.value(), u"pid 10 on a"_s, &neverGone).ok());
    // Once its process is gone, another takes over.
    QVERIFY(runs.claim(id.value(), u"pid 11 on a"_s, &alwaysGone).ok());
    QCOMPARE(runs.find(id.value()).value().owner, u"pid 11 on a"_s);

    // A halted run is taken only to continue it; a finished one never.
    QVERIFY(runs.release(id.value(), RunState::Halted, u"gate"_s).ok());
    QVERIFY(runs.find(id.value()).value().owner.isEmpty());
    QVERIFY(!runs.claim(id.value(), u"pid 12 on a"_s, &neverGone).ok());
    QVERIFY(runs.claim(id.value(), u"pid 12 on a"_s, &neverGone, true).ok());
    QVERIFY(runs.release(id.value(), RunState::Succeeded, u"done"_s).ok());
    QVERIFY(runs.find(id.value()).value().finishedAt.isValid());
    QVERIFY(!runs.claim(id.value(), u"pid 13 on a"_s, &neverGone, true).ok());

    QStringList actions;
    const QList<AuditEvent> events = AuditLog(db->connection()).list().value();
    for (const AuditEvent &event : events)
        actions.prepend(event.action);
    QCOMPARE(actions.count(u"run.running"_s), 4);
    QVERIFY(actions.contains(u"run.created"_s) && actions.contains(u"run.halted"_s) &&
            actions.contains(u"run.succeeded"_s));
}

void TestRollout::pauseAndCancelAreRequestsToTheDriver()
{
    TestDatabase db;
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"INSERT INTO change_requests (title, state, requested_by, created_at) VALUES ('c', "
                       "'approved', 'ann', 'now')"_s));
    RolloutRunRepository runs(db->connection(), u"ann"_s);
    const qint64 id = runs.create(1, false, {u"pilot"_s}).value();
    // Nobody drives it: the pause is immediate.
    QVERIFY(runs.request(id, RunState::Paused, &neverGone).ok());
    QVERIFY(runs.find(id).value().state == RunState::Paused);
    QVERIFY(!runs.request(id, RunState::Paused, &neverGone).ok());
    QVERIFY(!runs.request(id, RunState::Running, &neverGone).ok());

    // Driven by a live process: a request it will read.
    QVERIFY(runs.claim(id, u"pid 10 on a"_s, &neverGone).ok());
    QVERIFY(runs.request(id, RunState::Cancelled, &neverGone).ok());
    QVERIFY(runs.find(id).value().state == RunState::CancelRequested);
    QCOMPARE(runs.find(id).value().owner, u"pid 10 on a"_s);
    // Its process died before acting on it: whoever takes the run next finds it cancelled.
    const Status claimed = runs.claim(id, u"pid 11 on a"_s, &alwaysGone);
    QVERIFY(!claimed.ok());
    QVERIFY(claimed.error().message.contains(u"was canceled"_s));
    QVERIFY(runs.find(id).value().state == RunState::Cancelled);
    QVERIFY(!runs.request(id, RunState::Cancelled, &neverGone).ok());
}

void TestRollout::resultsKeepEachAssetsNewestDeployment()
{
    TestDatabase db;
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(
        u"INSERT INTO assets (name, transport, created_at, ring) VALUES ('web1', 'ssh', 'now', 'pilot')"_s));
    QVERIFY(query.exec(u"INSERT INTO change_requests (title, state, requested_by, created_at) VALUES ('c', "
                       "'approved', 'ann', 'now')"_s));
    RolloutRunRepository runs(db->connection(), u"ann"_s);
    const qint64 run = runs.create(1, false, {u"pilot"_s}).value();
    DeploymentRepository deployments(db->connection(), u"ann"_s);
    const qint64 first = deployments.start(1, 1, u"deploy"_s, u"pid 1 on a"_s, run).value();
    QVERIFY(deployments.finish(first, DeploymentState::Canceled, u"paused"_s).ok());
    const qint64 second = deployments.start(1, 1, u"deploy"_s, u"pid 1 on a"_s, run).value();
    DeploymentStep verify;
    verify.step = StepKind::Verify;
    verify.status = StepStatus::Failed;
    QVERIFY(deployments.addStep(second, verify).ok());
    QVERIFY(deployments.finish(second, DeploymentState::RolledBack, u"verification failed"_s).ok());
    const qint64 outside = deployments.start(1, 1, u"deploy"_s, u"pid 1 on a"_s).value(); // no run
    QVERIFY(outside > second);

    const auto results = runs.results(run);
    QVERIFY(results.ok());
    QCOMPARE(results.value().size(), 1);
    QCOMPARE(results.value().constFirst().deploymentId, second);
    QCOMPARE(results.value().constFirst().ring, u"pilot"_s);
    QVERIFY(results.value().constFirst().state == DeploymentState::RolledBack);
    QVERIFY(results.value().constFirst().verificationFailed);
}

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
