// WorkflowRepository (with WorkflowRows) on SQLCipher: change requests and deployments are read back with
// typed states, the database holds the same words as before the states were typed, and a word this build does
// not know fails the read naming the row.
#include "../support/TestDatabase.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/PatchRepository.h"
#include "storage/WorkflowRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestWorkflowRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changeMovesThroughTypedStates();
    void deploymentAndStepsReadBackTyped();
    void unknownChangeStateFailsTheRead();
    void unknownStepWordsFailTheRead();
    void unknownPatchAndAssetWordsFailTheRead();
    void controlCharactersAreRefusedInWhatPeopleType();

private:
    QString column(const QString &sql) const;
    void exec(const QString &sql) const;
    qint64 createChange();

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_assetId = 0;
};

void TestWorkflowRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    exec(QStringLiteral("INSERT INTO assets (name, transport, created_at) VALUES ('web1', 'ssh', 'now')"));
    m_assetId = column(QStringLiteral("SELECT id FROM assets")).toLongLong();
    exec(QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                        "available_version, detected_at) VALUES (%1, 'openssl', 'amd64', '1', '2', 'now')")
             .arg(m_assetId));
}

void TestWorkflowRepository::cleanup()
{
    m_db.reset();
}

QString TestWorkflowRepository::column(const QString &sql) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s failed", qPrintable(sql));
    return query.value(0).toString();
}

void TestWorkflowRepository::exec(const QString &sql) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(sql))
        qFatal("%s failed", qPrintable(sql));
}

qint64 TestWorkflowRepository::createChange()
{
    ChangeDraft draft;
    draft.title = QStringLiteral("openssl");
    draft.assetPatchIds = {column(QStringLiteral("SELECT id FROM asset_patches")).toLongLong()};
    const auto created = ChangeRepository((*m_db)->connection(), QStringLiteral("ann")).create(draft);
    return created ? created.value() : 0;
}

void TestWorkflowRepository::changeMovesThroughTypedStates()
{
    const qint64 id = createChange();
    QVERIFY(id > 0);
    ChangeRepository requester((*m_db)->connection(), QStringLiteral("ann"));
    ChangeRepository reviewer((*m_db)->connection(), QStringLiteral("rita"));
    QVERIFY(requester.find(id).value().state == ChangeState::Draft);
    QCOMPARE(column(QStringLiteral("SELECT state FROM change_requests")), QStringLiteral("draft"));

    // A draft cannot be decided on; the refusal names the states in words.
    const auto early = reviewer.decide(id, ReviewDecision::Approved, QStringLiteral("early"), {});
    QVERIFY(!early.ok());
    QVERIFY2(early.error().message.contains(QStringLiteral("has the state draft; only a submitted change")),
             qPrintable(early.error().message));

    QVERIFY(requester.submit(id).ok());
    QVERIFY(reviewer.decide(id, ReviewDecision::ChangesRequested, QStringLiteral("split it"), {}).ok());
    QVERIFY(requester.find(id).value().state == ChangeState::Draft);
    QVERIFY(requester.submit(id).ok());
    QVERIFY(reviewer.decide(id, ReviewDecision::Approved, QStringLiteral("fine"), {}).ok());
    const ChangeRequest approved = WorkflowRepository((*m_db)->connection()).changeRequests(id).value().at(0);
    QVERIFY(approved.state == ChangeState::Approved);
    QVERIFY(ChangeRepository::isDeployable(approved));
    QVERIFY(requester.setOutcome(id, ChangeState::RolledBack, QStringLiteral("1 of 1")).ok());

    // Stored and audited with the same words as ever.
    QCOMPARE(column(QStringLiteral("SELECT state FROM change_requests")), QStringLiteral("rolled-back"));
    QCOMPARE(column(QStringLiteral("SELECT decision FROM approvals ORDER BY id")),
             QStringLiteral("changes-requested"));
    QStringList actions;
    const QList<AuditEvent> events = AuditLog((*m_db)->connection()).list().value();
    for (const AuditEvent &event : events)
        actions << event.action;
    for (const char *expected : {"change.created", "change.submitted", "change.changes-requested",
                                 "change.approved", "change.rolled-back"})
        QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
}

void TestWorkflowRepository::deploymentAndStepsReadBackTyped()
{
    const qint64 change = createChange();
    QVERIFY(change > 0);
    DeploymentRepository deployments((*m_db)->connection(), QStringLiteral("ann"));
    const auto started =
        deployments.start(change, m_assetId, QStringLiteral("deploy"), QStringLiteral("pid 1"));
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
    QCOMPARE(column(QStringLiteral("SELECT state FROM deployments")), QStringLiteral("running"));
    DeploymentStep check;
    check.step = StepKind::RebootCheck;
    check.status = StepStatus::Required;
    QVERIFY(deployments.addStep(started.value(), check).ok());
    DeploymentStep install;
    install.step = StepKind::Install;
    install.status = StepStatus::Failed;
    install.exitCode = 100;
    QVERIFY(deployments.addStep(started.value(), install).ok());
    QVERIFY(deployments.finish(started.value(), DeploymentState::RollbackFailed, QStringLiteral("x")).ok());
    // Only a running deployment finishes.
    QVERIFY(!deployments.finish(started.value(), DeploymentState::Succeeded, QString()).ok());

    QCOMPARE(column(QStringLiteral("SELECT state FROM deployments")), QStringLiteral("rollback-failed"));
    QCOMPARE(column(QStringLiteral("SELECT step || ':' || status FROM deployment_steps ORDER BY id")),
             QStringLiteral("reboot-check:required"));
    QCOMPARE(AuditLog((*m_db)->connection()).list().value().constFirst().action, // newest first
             QStringLiteral("deployment.rollback-failed"));

    const QList<Deployment> listed = WorkflowRepository((*m_db)->connection()).deployments().value();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.at(0).state == DeploymentState::RollbackFailed);
    QCOMPARE(listed.at(0).steps.size(), 2);
    QVERIFY(listed.at(0).steps.at(0).step == StepKind::RebootCheck);
    QVERIFY(listed.at(0).steps.at(0).status == StepStatus::Required);
    QVERIFY(listed.at(0).steps.at(1).status == StepStatus::Failed);
    QCOMPARE(listed.at(0).steps.at(1).exitCode, 100);
    const auto steps = deployments.steps(started.value());
    QVERIFY(steps.ok());
    QVERIFY(steps.value().at(1).step == StepKind::Install);

    // A deployment whose process is gone is marked interrupted.
    const auto orphan =
        deployments.start(change, m_assetId, QStringLiteral("deploy"), QStringLiteral("pid 2"));
    QVERIFY(orphan.ok());
    QCOMPARE(deployments.markInterrupted([](const QString &) { return true; }).value(), 1);
    QVERIFY(WorkflowRepository((*m_db)->connection()).deployments().value().at(0).state ==
            DeploymentState::Interrupted);
    QCOMPARE(column(QStringLiteral("SELECT state FROM deployments WHERE id = %1").arg(orphan.value())),
             QStringLiteral("interrupted"));
}

void TestWorkflowRepository::unknownChangeStateFailsTheRead()
{
    const qint64 id = createChange();
    QVERIFY(id > 0);
    exec(QStringLiteral("UPDATE change_requests SET state = 'paused'"));
    const auto listed = WorkflowRepository((*m_db)->connection()).changeRequests();
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error().message.contains(QStringLiteral("Change request #%1").arg(id)),
             qPrintable(listed.error().message));
    QVERIFY(listed.error().message.contains(QStringLiteral("\"paused\"")));
    QVERIFY(!listed.error().hint.isEmpty());
    // Nothing acts on it either: it cannot be found to be approved or deployed.
    ChangeRepository reviewer((*m_db)->connection(), QStringLiteral("rita"));
    QVERIFY(!reviewer.find(id).ok());
    QVERIFY(!reviewer.decide(id, ReviewDecision::Approved, QStringLiteral("fine"), {}).ok());
    QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM approvals")), QStringLiteral("0"));
}

void TestWorkflowRepository::unknownStepWordsFailTheRead()
{
    const qint64 change = createChange();
    QVERIFY(change > 0);
    DeploymentRepository deployments((*m_db)->connection(), QStringLiteral("ann"));
    const qint64 id =
        deployments.start(change, m_assetId, QStringLiteral("deploy"), QStringLiteral("pid 1")).value();
    QVERIFY(deployments.addStep(id, DeploymentStep{}).ok());
    QVERIFY(WorkflowRepository((*m_db)->connection()).deployments().ok());

    exec(QStringLiteral("UPDATE deployment_steps SET status = 'retrying'"));
    const auto listed = WorkflowRepository((*m_db)->connection()).deployments();
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error().message.contains(QStringLiteral("of deployment %1").arg(id)),
             qPrintable(listed.error().message));
    QVERIFY(listed.error().message.contains(QStringLiteral("\"retrying\"")));
    QVERIFY(!deployments.steps(id).ok());

    exec(QStringLiteral("UPDATE deployment_steps SET status = 'ok', step = 'defragment'"));
    QVERIFY(!deployments.steps(id).ok());
    exec(QStringLiteral("UPDATE deployment_steps SET step = 'precheck'"));
    QVERIFY(deployments.steps(id).ok());

    exec(QStringLiteral("UPDATE deployments SET state = 'queued'"));
    const auto again = WorkflowRepository((*m_db)->connection()).deployments();
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("Deployment %1").arg(id)));
}

void TestWorkflowRepository::unknownPatchAndAssetWordsFailTheRead()
{
    PatchRepository patches((*m_db)->connection());
    AssetRepository assets((*m_db)->connection(), QStringLiteral("ann"));
    QCOMPARE(patches.list({}).value().size(), 1);
    QCOMPARE(assets.list().value().size(), 1);

    // Written by a newer version (or by hand): refused with the word named, never read as a default.
    exec(QStringLiteral("UPDATE asset_patches SET state = 'deferred'"));
    const auto listed = patches.list({});
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error().message.contains(QStringLiteral("\"deferred\"")),
             qPrintable(listed.error().message));
    QVERIFY(!listed.error().hint.isEmpty());

    exec(QStringLiteral("UPDATE assets SET criticality = 'extreme'"));
    const auto read = assets.list();
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("\"extreme\"")), qPrintable(read.error().message));
}

void TestWorkflowRepository::controlCharactersAreRefusedInWhatPeopleType()
{
    const QString patch = column(QStringLiteral("SELECT id FROM asset_patches"));
    ChangeRepository requester((*m_db)->connection(), QStringLiteral("ann"));
    ChangeDraft draft;
    draft.assetPatchIds = {patch.toLongLong()};
    draft.title = QStringLiteral("openssl\x1b[2J");
    const auto badTitle = requester.create(draft);
    QVERIFY(!badTitle.ok());
    QVERIFY2(badTitle.error().message.contains(QStringLiteral("\\x1B")),
             qPrintable(badTitle.error().message));
    draft.title = QStringLiteral("openssl");
    draft.justification = QStringLiteral("see \u202Etxt.exe");
    QVERIFY(!requester.create(draft).ok());
    QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM change_requests")), QStringLiteral("0"));

    // Several lines and tabs are plain text in a justification or a comment.
    draft.justification = QStringLiteral("DSA-1234:\n\tremote code execution");
    const auto created = requester.create(draft);
    QVERIFY2(created.ok(), qPrintable(created.error().text()));
    QVERIFY(requester.submit(created.value(), QString()).ok());
    ChangeRepository reviewer((*m_db)->connection(), QStringLiteral("rita"));
    const auto refused =
        reviewer.decide(created.value(), ReviewDecision::Approved, QStringLiteral("ok\u009b"), {});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("\\x9B")));
    QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM approvals")), QStringLiteral("0"));
    QVERIFY(
        reviewer.decide(created.value(), ReviewDecision::Approved, QStringLiteral("fine\nby me"), {}).ok());
}

QTEST_GUILESS_MAIN(TestWorkflowRepository)
#include "tst_workflowrepository.moc"
