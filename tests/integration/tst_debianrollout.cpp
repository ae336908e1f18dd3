// A change from request to verified staged deployment on a real Debian endpoint (DebianTestHost: a chroot
// with a real apt and dpkg behind a real sshd), through the engine the console and the CLI drive: the board
// needs two approvals (quorum 2), refuses the requester's own approval and an auditor's decision, and lets
// two reviewers approve; the run deploys the pilot ring (pw-demo, installed and verified), its gate says go,
// the broad ring's package (pw-fragile, whose postinst fails) is rolled back on the spot, the run ends
// failed; an admin then rolls the pilot's asset back. The two rings are two assets on the one host (each
// with its own package), so the whole story needs a single endpoint. Every step is in the audit trail, and
// the chain verifies.
#include "../support/DebianRolloutBoard.h"
#include "../support/DebianTestHost.h"
#include "../support/MountNamespace.h"

#include "board/ChangeBoard.h"
#include "jobs/DeploymentRun.h"
#include "jobs/RunPlanner.h"
#include "jobs/StagedRun.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/BoardPolicyRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/UserRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestDebianRollout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aChangeGoesFromRequestToVerifiedStagedDeploymentAndBack();

private:
    QTemporaryDir m_work;
    std::unique_ptr<DebianTestHost> m_host;
};

void TestDebianRollout::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(geteuid() == 0, "a Debian endpoint (chroot, overlay mounts) needs root, as CI has");
    const Status prepared = DebianTestHost::prepare(m_work.path());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().text()));
    m_host = std::make_unique<DebianTestHost>(m_work.path());
    const Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
}

void TestDebianRollout::aChangeGoesFromRequestToVerifiedStagedDeploymentAndBack()
{
    Database &db = *m_host->db();
    // The OS account the runs' own connections act as (StagedRun and DeploymentRun open their own).
    const QString me = Database::open(m_host->db().config()).value()->actor();

    QVERIFY2(setUpTwoRingsAndBoard(*m_host, me).ok(), "the rings and the board");

    ChangeDraft draft;
    draft.title = u"pw-demo on the pilot, pw-fragile on broad"_s;
    draft.justification = u"bookworm-security updates"_s;
    draft.assetPatchIds = {m_host->patchId(u"pw-demo"_s, u"deb1"_s),
                           m_host->patchId(u"pw-fragile"_s, u"deb1-broad"_s)};
    QVERIFY(draft.assetPatchIds.at(0) > 0 && draft.assetPatchIds.at(1) > 0);
    draft.ringPlan = {u"pilot"_s, u"broad"_s};
    db.setActor(u"ann"_s);
    const auto change = ChangeBoard(db).create(draft);
    QVERIFY2(change, qPrintable(change.error().text()));
    QVERIFY(ChangeBoard(db).submit(change.value(), u"for CAB"_s));
    QVERIFY2(!ChangeBoard(db).decide(change.value(), ReviewDecision::Approved, u"mine"_s),
             "the requester approved their own change");
    db.setActor(u"ada"_s);
    QVERIFY2(!ChangeBoard(db).decide(change.value(), ReviewDecision::Approved, u"looks fine"_s),
             "an auditor decided");
    db.setActor(u"rita"_s);
    QVERIFY(ChangeBoard(db).decide(change.value(), ReviewDecision::Approved, u"CAB: ok"_s));
    db.setActor(me);
    const auto oneApproval = ChangeRepository(db.connection(), me).find(change.value());
    QVERIFY2(!ChangeBoard(db).mayDeploy(oneApproval.value()), "deployable with one approval of two");
    db.setActor(u"rita"_s);
    QVERIFY2(!ChangeBoard(db).decide(change.value(), ReviewDecision::Approved, u"again"_s).ok() ||
                 ChangeBoard(db).review(change.value()).value().approvals == 1,
             "one reviewer counted twice");
    db.setActor(u"rob"_s);
    QVERIFY(ChangeBoard(db).decide(change.value(), ReviewDecision::Approved, u"CAB: ok too"_s));

    // Deploy: pilot, gate, broad.
    db.setActor(me);
    RunPlanner::Request request;
    request.changeId = change.value();
    const auto run = RunPlanner(db).create(request);
    QVERIFY2(run, qPrintable(run.error().text()));
    QCOMPARE(run.value().rings, (QStringList{u"pilot"_s, u"broad"_s}));
    StagedRun staged(m_host->db().config(), run.value().id);
    QSignalSpy finished(&staged, &StagedRun::finished);
    QVERIFY(staged.start().ok());
    QVERIFY(finished.wait(10 * 60 * 1000));
    QCOMPARE(staged.endState(), RunState::Failed);

    QCOMPARE(staged.verdicts().size(), 1);
    QCOMPARE(staged.verdicts().constFirst().ring, u"pilot"_s);
    QCOMPARE(staged.verdicts().constFirst().outcome, GateOutcome::Go);
    QCOMPARE(staged.verdicts().constFirst().succeeded, 1);
    QCOMPARE(staged.outcomes().size(), 2);
    QCOMPARE(staged.outcomes().at(0).assetName, u"deb1"_s);
    QCOMPARE(staged.outcomes().at(0).state, DeploymentState::Succeeded);
    QCOMPARE(staged.outcomes().at(1).assetName, u"deb1-broad"_s);
    QCOMPARE(staged.outcomes().at(1).state, DeploymentState::RolledBack);
    QCOMPARE(m_host->installedVersion(u"pw-demo"_s), u"ii 1.1"_s);    // verified on the pilot
    QCOMPARE(m_host->installedVersion(u"pw-fragile"_s), u"ii 1.0"_s); // rolled back on broad
    QCOMPARE(m_host->stepLog(staged.outcomes().at(0).deploymentId),
             (QStringList{u"precheck:ok"_s, u"refresh:ok"_s, u"install:ok"_s, u"verify:ok"_s}));
    QCOMPARE(m_host->stepLog(staged.outcomes().at(1).deploymentId),
             (QStringList{u"precheck:ok"_s, u"refresh:ok"_s, u"install:failed"_s, u"verify:failed"_s,
                          u"rollback:ok"_s, u"verify-rollback:ok"_s}));

    // An admin rolls the pilot's asset back too.
    DeploymentRun rollback(m_host->db().config(), change.value(), AssetDeployer::Mode::Rollback, 1);
    rollback.setAssetFilter({u"deb1"_s});
    QSignalSpy rolledBack(&rollback, &DeploymentRun::finished);
    QVERIFY(rollback.start().ok());
    QVERIFY(rolledBack.wait(10 * 60 * 1000));
    QCOMPARE(rollback.outcomes().size(), 1);
    QCOMPARE(rollback.outcomes().constFirst().state, DeploymentState::RolledBack);
    QCOMPARE(m_host->installedVersion(u"pw-demo"_s), u"ii 1.0"_s);

    // The audit trail tells it all, in order, unbroken.
    QStringList actions;
    const auto events = AuditLog(db.connection()).list();
    QVERIFY(events);
    for (const AuditEvent &event : events.value())
        actions.prepend(event.action); // listed newest first
    const QStringList story{u"board.policy.changed"_s,
                            u"change.created"_s,
                            u"change.submitted"_s,
                            u"change.approved"_s,
                            u"change.approved"_s,
                            u"run.created"_s,
                            u"run.running"_s,
                            u"deployment.succeeded"_s,
                            u"run.gate"_s,
                            u"run.stage"_s,
                            u"deployment.rolled-back"_s,
                            u"run.failed"_s};
    const QString missing = missingFromStory(actions, story);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(actions.lastIndexOf(u"deployment.rolled-back"_s) > actions.indexOf(u"run.failed"_s));
    QVERIFY(AuditLog(db.connection()).verify().value().intact);
}

int main(int argc, char *argv[])
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestDebianRollout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_debianrollout.moc"
