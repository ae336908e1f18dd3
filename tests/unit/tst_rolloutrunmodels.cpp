// The Deployments pane's models without widgets: RolloutRunTableModel lists runs and updates them in place
// (checked by QAbstractItemModelTester for the whole test), and RunDossier puts a run's assets in stage order
// with placeholders for those not deployed yet and shows each gate's verdict with its counts.
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/ListTableModel.h"
#include "itemmodels/RolloutRunTableModel.h"
#include "itemmodels/RunDossier.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

RolloutRun haltedRun()
{
    RolloutRun run;
    run.id = 7;
    run.changeId = 3;
    run.state = RunState::Halted;
    run.rings = {u"pilot"_s, u"broad"_s};
    run.currentStage = 0;
    run.createdAt = QDateTime(QDate(2026, 12, 9), QTime(10, 0), QTimeZone::utc());
    run.detail = u"halted after pilot: 0% of the ring's assets succeeded"_s;
    return run;
}

ChangeTarget target(qint64 assetId, const QString &name)
{
    ChangeTarget t;
    t.assetId = assetId;
    t.assetName = name;
    t.package = u"pw-demo"_s;
    return t;
}

Deployment deployment(qint64 id, const QString &asset, const QString &ring, DeploymentState state, qint64 run)
{
    Deployment d;
    d.id = id;
    d.changeRequestId = 3;
    d.assetName = asset;
    d.ring = ring;
    d.state = state;
    d.runId = run;
    d.startedAt = QDateTime(QDate(2026, 12, 9), QTime(10, 1), QTimeZone::utc());
    DeploymentStep step;
    step.step = StepKind::Precheck;
    step.status = StepStatus::Failed;
    step.detail = u"connection refused"_s;
    d.steps = {step};
    return d;
}

} // namespace

class TestRolloutRunModels : public QObject
{
    Q_OBJECT

private slots:
    void runTableUpdatesInPlace();
    void dossierOrdersAssetsByStageWithPlaceholders();
    void dossierShowsTheHaltingVerdict();
    void liveStepsChangeOnlyTheStepColumn();
};

void TestRolloutRunModels::runTableUpdatesInPlace()
{
    RolloutRunTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RolloutRun scheduled = haltedRun();
    scheduled.id = 8;
    scheduled.state = RunState::Scheduled;
    scheduled.scheduledFor = QDateTime(QDate(2026, 12, 12), QTime(21, 0), QTimeZone::utc());
    scheduled.startBy = scheduled.scheduledFor.addSecs(3600);
    model.updateRecords({{scheduled, u"later"_s}, {haltedRun(), u"pw-demo everywhere"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RolloutRunTableModel::ColumnCount));
    const int halted = model.rowOfKey(7);
    QCOMPARE(model.index(halted, RolloutRunTableModel::Run).data().toString(), u"#7"_s);
    QCOMPARE(model.index(halted, RolloutRunTableModel::Change).data().toString(),
             u"CR-3 pw-demo everywhere"_s);
    QCOMPARE(model.index(halted, RolloutRunTableModel::State).data().toString(), u"halted at a gate"_s);
    QCOMPARE(model.index(halted, RolloutRunTableModel::Stage).data().toString(), u"1/2 pilot"_s);
    QVERIFY(model.index(halted, RolloutRunTableModel::State).data(Qt::ForegroundRole).isValid());
    const QString schedule =
        model.index(model.rowOfKey(8), RolloutRunTableModel::Scheduled).data().toString();
    QVERIFY2(schedule.contains(u", start by "_s), qPrintable(schedule));
    QCOMPARE(model.index(0, RolloutRunTableModel::Run).data(TableRoles::SortRole).toLongLong(), 8);

    // The halted run is continued and reaches stage 2: one row changes, none is reset or moved.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    RolloutRun running = haltedRun();
    running.state = RunState::Running;
    running.currentStage = 1;
    model.updateRecords({{scheduled, u"later"_s}, {running, u"pw-demo everywhere"_s}});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), halted);
    QCOMPARE(model.index(halted, RolloutRunTableModel::Stage).data().toString(), u"2/2 broad"_s);
    model.updateRecords({{running, u"pw-demo everywhere"_s}});
    QCOMPARE(model.rowCount(), 1);
}

void TestRolloutRunModels::dossierOrdersAssetsByStageWithPlaceholders()
{
    RunDossier dossier;
    dossier.run = haltedRun();
    dossier.changeTitle = u"pw-demo everywhere"_s;
    dossier.targets = {target(1, u"b1"_s), target(2, u"p2"_s), target(3, u"p1"_s), target(4, u"elsewhere"_s)};
    dossier.ringOf = {{1, u"broad"_s}, {2, u"pilot"_s}, {3, u"pilot"_s}, {4, u"lab"_s}};
    // Newest first: p1 was deployed twice in this run; a deployment of another run is not this run's.
    dossier.deployments = {deployment(12, u"p1"_s, u"pilot"_s, DeploymentState::Failed, 7),
                           deployment(11, u"p2"_s, u"pilot"_s, DeploymentState::Failed, 7),
                           deployment(10, u"p1"_s, u"pilot"_s, DeploymentState::Canceled, 7),
                           deployment(9, u"b1"_s, u"broad"_s, DeploymentState::Succeeded, 5)};
    const QList<Deployment> rows = dossier.assetRows();
    QStringList order;
    for (const Deployment &row : rows)
        order << row.assetName + u':' + QString::number(row.id);
    // Stage order (pilot, then broad), by name within a stage; "lab" is no stage of this run.
    QCOMPARE(order, (QStringList{u"p1:12"_s, u"p2:11"_s, u"b1:-1"_s}));
    QCOMPARE(rows.at(2).state, DeploymentState::Pending);
    QCOMPARE(rows.at(2).detail, u"not deployed: the run did not reach this stage"_s);

    DeploymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(rows);
    QCOMPARE(model.index(0, DeploymentTableModel::Step).data().toString(), u"precheck: failed"_s);
    QCOMPARE(model.index(2, DeploymentTableModel::Step).data().toString(), QString());
}

void TestRolloutRunModels::dossierShowsTheHaltingVerdict()
{
    RunDossier dossier;
    dossier.run = haltedRun();
    dossier.targets = {target(2, u"p2"_s), target(3, u"p1"_s)};
    dossier.ringOf = {{2, u"pilot"_s}, {3, u"pilot"_s}};
    dossier.deployments = {deployment(12, u"p1"_s, u"pilot"_s, DeploymentState::Failed, 7),
                           deployment(11, u"p2"_s, u"pilot"_s, DeploymentState::Failed, 7)};
    GateVerdict halt;
    halt.runId = 7;
    halt.stage = 0;
    halt.ring = u"pilot"_s;
    halt.outcome = GateOutcome::Halt;
    halt.failed = 2;
    halt.detail = u"0% of the ring's assets succeeded, the gate needs 100%"_s;
    halt.decidedBy = u"pid 1 on host"_s;
    dossier.verdicts = {halt};
    QVERIFY(dossier.haltingVerdict());
    QCOMPARE(RunDossier::verdictText(*dossier.haltingVerdict()),
             u"halt — 0 succeeded, 2 failed: 0% of the ring's assets succeeded, the gate needs 100%"_s);
    QTextDocument document;
    document.setHtml(dossier.html());
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"Stage 1: pilot — halted at its gate"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2 asset(s): 0 succeeded, 2 failed or stopped, 0 to do"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Gate: halt — 0 succeeded, 2 failed"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Stage 2: broad — to come"_s), qPrintable(text));

    // Once continued, the run is not halted at that gate any more.
    dossier.run.state = RunState::Running;
    QVERIFY(!dossier.haltingVerdict());
}

void TestRolloutRunModels::liveStepsChangeOnlyTheStepColumn()
{
    DeploymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Deployment running = deployment(5, u"web01"_s, u"pilot"_s, DeploymentState::Running, 7);
    model.setRecords({deployment(4, u"db01"_s, u"pilot"_s, DeploymentState::Failed, 7), running});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLiveStep(u"web01"_s, u"install"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, DeploymentTableModel::Step));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, DeploymentTableModel::Step));
    QCOMPARE(model.index(1, DeploymentTableModel::Step).data().toString(), u"install …"_s);
    // A finished asset shows its recorded log, whatever was live.
    model.setLiveStep(u"db01"_s, u"verify"_s);
    QCOMPARE(model.index(0, DeploymentTableModel::Step).data().toString(), u"precheck: failed"_s);
    model.clearLiveSteps();
    QCOMPARE(model.index(1, DeploymentTableModel::Step).data().toString(), u"precheck: failed"_s);
}

QTEST_GUILESS_MAIN(TestRolloutRunModels)
#include "tst_rolloutrunmodels.moc"
