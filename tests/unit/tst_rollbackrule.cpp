// When a change may be rolled back, and what a rollback makes of the change request (RollbackRule), on a
// recorded history: deployments written as DeploymentRun writes them, a staged run's state as its process
// leaves it. Rolling back one asset of two leaves the change as it was and is audited as such; the change is
// rolled back once every asset is; a cancelled run's deployed asset may be rolled back; a running run, an
// asset the change never reached and a reviewer are refused.
#include "../support/RolloutFixture.h"
#include "../support/TestDatabase.h"

#include "jobs/RollbackRule.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/UserRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRollbackRule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aChangeNeverDeployedHasNothingToRollBack();
    void onlyAnAssetTheChangeReachedIsRolledBack();
    void nothingIsRolledBackWhileARunChangesAssets();
    void aReviewerMayNotRollBack();
    void oneAssetOfTwoLeavesTheChangeAsItWas();
    void aFailedRollbackFailsTheChange();

private:
    void record(qint64 assetId, const QString &kind, DeploymentState state);
    ChangeRequest change() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RolloutFixture> m_fixture;
    qint64 m_a1 = 0;
    qint64 m_a2 = 0;
    qint64 m_change = 0;
};

void TestRollbackRule::init()
{
    m_db = std::make_unique<TestDatabase>(); // no users listed: everyone is admin
    m_fixture = std::make_unique<RolloutFixture>(*m_db);
    m_a1 = m_fixture->addAsset(u"a1"_s, u"pilot"_s, 1);
    m_a2 = m_fixture->addAsset(u"a2"_s, u"broad"_s, 1);
    m_change = m_fixture->approvedChange({m_a1, m_a2});
}

void TestRollbackRule::cleanup()
{
    m_fixture.reset();
    m_db.reset();
}

void TestRollbackRule::record(qint64 assetId, const QString &kind, DeploymentState state)
{
    DeploymentRepository deployments((*m_db)->connection(), (*m_db)->actor());
    const auto id = deployments.start(m_change, assetId, kind, u"pid 1 on here"_s);
    QVERIFY(id);
    QVERIFY(deployments.finish(id.value(), state, kind).ok());
}

ChangeRequest TestRollbackRule::change() const
{
    return ChangeRepository((*m_db)->connection(), (*m_db)->actor()).find(m_change).value();
}

void TestRollbackRule::aChangeNeverDeployedHasNothingToRollBack()
{
    const Status refused = RollbackRule(**m_db).check(change(), {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"has the state approved and was never deployed"_s),
             qPrintable(refused.error().message));
}

void TestRollbackRule::onlyAnAssetTheChangeReachedIsRolledBack()
{
    // A run cancelled after its pilot: the change is still approved, a1 was deployed.
    record(m_a1, u"deploy"_s, DeploymentState::Succeeded);
    const RollbackRule rule(**m_db);
    QVERIFY(rule.check(change(), {u"a1"_s}).ok());
    QVERIFY(rule.check(change(), {}).ok());
    const Status refused = rule.check(change(), {u"a1"_s, u"a2"_s});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"never deployed on a2"_s),
             qPrintable(refused.error().message));
}

void TestRollbackRule::nothingIsRolledBackWhileARunChangesAssets()
{
    record(m_a1, u"deploy"_s, DeploymentState::Succeeded);
    const auto run = RolloutRunRepository((*m_db)->connection(), (*m_db)->actor())
                         .create(m_change, false, {u"pilot"_s, u"broad"_s});
    QVERIFY(run);
    const RollbackRule rule(**m_db);
    QVERIFY(rule.check(change(), {u"a1"_s}).ok()); // scheduled: nothing under way
    for (const QString &state : {u"running"_s, u"pause-requested"_s, u"cancel-requested"_s}) {
        m_fixture->exec(
            u"UPDATE deployment_runs SET state = '%1' WHERE id = %2"_s.arg(state).arg(run.value()));
        const Status refused = rule.check(change(), {u"a1"_s});
        QVERIFY2(!refused, qPrintable(state));
        QVERIFY2(refused.error().message.contains(u"Run #%1 of CR-%2"_s.arg(run.value()).arg(m_change)),
                 qPrintable(refused.error().message));
    }
    for (const QString &state : {u"halted"_s, u"paused"_s, u"cancelled"_s, u"failed"_s}) {
        m_fixture->exec(
            u"UPDATE deployment_runs SET state = '%1' WHERE id = %2"_s.arg(state).arg(run.value()));
        QVERIFY2(rule.check(change(), {u"a1"_s}).ok(), qPrintable(state));
    }
}

void TestRollbackRule::aReviewerMayNotRollBack()
{
    record(m_a1, u"deploy"_s, DeploymentState::Succeeded);
    QVERIFY(UserRepository((*m_db)->connection(), (*m_db)->actor()).add(u"rita"_s, Role::Reviewer).ok());
    (*m_db)->setActor(u"rita"_s);
    const Status refused = RollbackRule(**m_db).check(change(), {u"a1"_s});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"rita is reviewer and may not"_s),
             qPrintable(refused.error().message));
}

void TestRollbackRule::oneAssetOfTwoLeavesTheChangeAsItWas()
{
    record(m_a1, u"deploy"_s, DeploymentState::Succeeded);
    record(m_a2, u"deploy"_s, DeploymentState::Succeeded);
    QVERIFY(ChangeRepository((*m_db)->connection(), (*m_db)->actor())
                .setOutcome(m_change, ChangeState::Deployed, u"2 of 2"_s)
                .ok());
    record(m_a1, u"rollback"_s, DeploymentState::RolledBack);
    const RollbackRule rule(**m_db);
    auto outcome = rule.outcome(m_change, 1, 0);
    QVERIFY(outcome);
    QVERIFY(!outcome.value().changes);
    QVERIFY2(outcome.value().detail.contains(u"1 of the change's 2 assets are rolled back"_s),
             qPrintable(outcome.value().detail));
    ChangeRepository changes((*m_db)->connection(), (*m_db)->actor());
    QVERIFY(changes.recordPartialRollback(m_change, outcome.value().detail).ok());
    QCOMPARE(change().state, ChangeState::Deployed);
    const auto events = AuditLog((*m_db)->connection()).list();
    QVERIFY(events);
    QCOMPARE(events.value().constFirst().action, u"change.partly-rolled-back"_s);
    QCOMPARE(events.value().constFirst().details, outcome.value().detail);

    // The other asset too: now the change is rolled back.
    record(m_a2, u"rollback"_s, DeploymentState::RolledBack);
    outcome = rule.outcome(m_change, 1, 0);
    QVERIFY(outcome);
    QVERIFY(outcome.value().changes);
    QCOMPARE(outcome.value().state, ChangeState::RolledBack);

    // Deployed again on a1 after its rollback: a1's latest deployment counts, not its first.
    record(m_a1, u"deploy"_s, DeploymentState::Succeeded);
    QVERIFY(!rule.outcome(m_change, 1, 0).value().changes);
}

void TestRollbackRule::aFailedRollbackFailsTheChange()
{
    record(m_a1, u"deploy"_s, DeploymentState::Succeeded);
    record(m_a1, u"rollback"_s, DeploymentState::RollbackFailed);
    const auto outcome = RollbackRule(**m_db).outcome(m_change, 1, 1);
    QVERIFY(outcome);
    QVERIFY(outcome.value().changes);
    QCOMPARE(outcome.value().state, ChangeState::Failed);
    QCOMPARE(outcome.value().detail, u"0 of 1 asset rolled back"_s);
}

QTEST_GUILESS_MAIN(TestRollbackRule)
#include "tst_rollbackrule.moc"
