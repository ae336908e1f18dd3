// The Deployments pane driven by clicks and keys over a fresh database. The runs are made through the engine
// as the CLI makes them: an approved change on assets whose hosts refuse the connection (every deployment
// fails at its precheck), rings pilot (every asset must succeed) and broad, and a StagedRun that halts at the
// pilot's gate. The pane shows the run halted with its verdict, its stages and each asset's step log;
// Continue and Cancel do what they say (the run's state in the database afterwards); Pause on a run another
// process drives writes the request; a reviewer sees every action disabled.
#include "../support/RolloutFixture.h"
#include "../support/TestDatabase.h"

#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/RolloutRunTableModel.h"
#include "jobs/RunControl.h"
#include "jobs/StagedRun.h"
#include "MainWindow.h"
#include "storage/RolloutRunRepository.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestDeploymentsGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aHaltedRunShowsItsGateAndContinueGoesOnToTheNextRing();
    void cancelEndsAHaltedRun();
    void pauseOnARunningRunWritesTheRequest();
    void aRunDrivenElsewhereIsFollowedWithoutARefresh();
    void aReviewerSeesEveryActionDisabled();
    void deployFromTheApprovalsPaneOpensTheDialogOnThatChange();

private:
    std::unique_ptr<MainWindow> openDeployments();
    QTableView *runsTable(MainWindow &window) const;
    void selectRun(MainWindow &window, qint64 runId);
    QToolButton *button(MainWindow &window, const char *action) const;
    QMessageBox *confirmation(MainWindow &window) const;
    RolloutRun stored(qint64 runId) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RolloutFixture> m_fixture;
    qint64 m_change = 0;
    qint64 m_run = 0;
};

void TestDeploymentsGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>(); // no users listed: everyone is admin
    m_fixture = std::make_unique<RolloutFixture>(*m_db);
    QTcpServer probe; // a port nothing listens on: bind one, note it, close it
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int refusing = probe.serverPort();
    probe.close();
    m_fixture->exec(
        u"INSERT INTO rings (name, position, min_success_percent) VALUES ('pilot', 1, 100), ('broad', 2, 100)"_s);
    const qint64 p1 = m_fixture->addAsset(u"p1"_s, u"pilot"_s, refusing);
    const qint64 p2 = m_fixture->addAsset(u"p2"_s, u"pilot"_s, refusing);
    const qint64 b1 = m_fixture->addAsset(u"b1"_s, u"broad"_s, refusing);
    m_change = m_fixture->approvedChange({p1, p2, b1});
    const auto created = RolloutRunRepository((*m_db)->connection(), u"ann"_s)
                             .create(m_change, false, {u"pilot"_s, u"broad"_s});
    QVERIFY(created.ok());
    m_run = created.value();
    // Driven to its first gate, which halts it: both pilot assets failed.
    StagedRun run(m_db->config(), m_run);
    QSignalSpy finished(&run, &StagedRun::finished);
    QVERIFY(run.start().ok());
    QVERIFY(finished.wait(60000));
    QCOMPARE(run.endState(), RunState::Halted);
}

void TestDeploymentsGui::cleanup()
{
    m_fixture.reset();
    m_db.reset();
}

std::unique_ptr<MainWindow> TestDeploymentsGui::openDeployments()
{
    auto window = std::make_unique<MainWindow>(**m_db);
    window->resize(1300, 820);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    window->showPane(4);
    return window;
}

QTableView *TestDeploymentsGui::runsTable(MainWindow &window) const
{
    return window.findChild<QTableView *>(u"deploymentsTable"_s);
}

void TestDeploymentsGui::selectRun(MainWindow &window, qint64 runId)
{
    QTableView *runs = runsTable(window);
    int row = -1;
    for (int i = 0; i < runs->model()->rowCount(); ++i) {
        if (runs->model()->index(i, RolloutRunTableModel::Run).data().toString() == u"#%1"_s.arg(runId))
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(u"run #%1 is not listed"_s.arg(runId)));
    QTest::mouseClick(runs->viewport(), Qt::LeftButton, {},
                      runs->visualRect(runs->model()->index(row, RolloutRunTableModel::Change)).center());
    QCOMPARE(runs->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(runs->selectionModel()->selectedRows().constFirst().row(), row);
}

QToolButton *TestDeploymentsGui::button(MainWindow &window, const char *action) const
{
    return window.findChild<QToolButton *>(QString::fromLatin1(action) + u"Button"_s);
}

QMessageBox *TestDeploymentsGui::confirmation(MainWindow &window) const
{
    return window.findChild<QMessageBox *>(u"runConfirmation"_s);
}

RolloutRun TestDeploymentsGui::stored(qint64 runId) const
{
    const auto run = RolloutRunRepository((*m_db)->connection(), u"x"_s).find(runId);
    if (!run)
        qFatal("cannot read run %lld", runId);
    return run.value();
}

void TestDeploymentsGui::aHaltedRunShowsItsGateAndContinueGoesOnToTheNextRing()
{
    auto window = openDeployments();
    selectRun(*window, m_run);
    QTableView *runs = runsTable(*window);
    const QModelIndex row = runs->selectionModel()->selectedRows().constFirst();
    QCOMPARE(row.siblingAtColumn(RolloutRunTableModel::State).data().toString(), u"halted at a gate"_s);
    QCOMPARE(row.siblingAtColumn(RolloutRunTableModel::Stage).data().toString(), u"1/2 pilot"_s);

    // Its stages with the gate's verdict, its assets in stage order, the selected asset's step log.
    const QString stages = window->findChild<QTextBrowser *>(u"runStages"_s)->toPlainText();
    QVERIFY2(stages.contains(u"Stage 1: pilot — halted at its gate"_s), qPrintable(stages));
    QVERIFY2(stages.contains(u"Gate: halt — 0 succeeded, 2 failed"_s) &&
                 stages.contains(u"the gate needs 100%"_s),
             qPrintable(stages));
    QVERIFY2(stages.contains(u"Stage 2: broad — to come"_s), qPrintable(stages));
    auto *assets = window->findChild<QTableView *>(u"runAssets"_s);
    QCOMPARE(assets->model()->rowCount(), 3);
    QStringList shown;
    for (int i = 0; i < 3; ++i)
        shown << assets->model()->index(i, DeploymentTableModel::Asset).data().toString() + u':' +
                     assets->model()->index(i, DeploymentTableModel::State).data().toString();
    QCOMPARE(shown, (QStringList{u"p1:failed"_s, u"p2:failed"_s, u"b1:pending"_s}));
    QTest::mouseClick(assets->viewport(), Qt::LeftButton, {},
                      assets->visualRect(assets->model()->index(1, DeploymentTableModel::Asset)).center());
    const QString log = window->findChild<QTextBrowser *>(u"runStepLog"_s)->toPlainText();
    QVERIFY2(log.contains(u"p2"_s) && log.contains(u"precheck"_s) && log.contains(u"failed"_s),
             qPrintable(log));

    // Only what a halted run allows.
    QVERIFY(button(*window, "actionContinueRun")->isEnabled());
    QVERIFY(button(*window, "actionCancelRun")->isEnabled());
    QVERIFY(!button(*window, "actionPauseRun")->isEnabled());
    QVERIFY(!button(*window, "actionResumeRun")->isEnabled());
    QVERIFY(!button(*window, "actionRollBackAsset")->isEnabled()); // p2 failed; the change was not deployed

    // Continue asks first, naming the verdict; "Cancel" in the question changes nothing.
    QTest::mouseClick(button(*window, "actionContinueRun"), Qt::LeftButton);
    QMessageBox *question = confirmation(*window);
    QVERIFY(question);
    QVERIFY2(question->text().contains(u"0% of the ring's assets succeeded, the gate needs 100%"_s) &&
                 question->text().contains(u"broad"_s),
             qPrintable(question->text()));
    QTest::mouseClick(question->findChild<QPushButton *>(u"runConfirmationCancel"_s), Qt::LeftButton);
    QTRY_VERIFY(!confirmation(*window));
    QCOMPARE(stored(m_run).state, RunState::Halted);

    // The shortcut, once the window is active again (offscreen does not give activation back by itself).
    window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), window.get());
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    question = confirmation(*window);
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(u"runConfirmationOk"_s), Qt::LeftButton);
    // The console's scheduler drives it on: b1 fails too, and the last stage ends the run.
    QTRY_COMPARE_WITH_TIMEOUT(stored(m_run).state, RunState::Failed, 60000);
    const auto verdicts = RolloutRunRepository((*m_db)->connection(), u"x"_s).verdicts(m_run).value();
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(1).outcome, GateOutcome::Continue);
    QTRY_COMPARE(row.siblingAtColumn(RolloutRunTableModel::State).data().toString(), u"failed"_s);
    QTRY_COMPARE(assets->model()->index(2, DeploymentTableModel::State).data().toString(), u"failed"_s);
    QVERIFY(!window->findChild<QMessageBox *>(u"runProblem"_s));
}

void TestDeploymentsGui::cancelEndsAHaltedRun()
{
    auto window = openDeployments();
    selectRun(*window, m_run);
    QTest::mouseClick(button(*window, "actionCancelRun"), Qt::LeftButton);
    QMessageBox *question = confirmation(*window);
    QVERIFY(question);
    QVERIFY2(question->text().contains(u"Cancel run #%1"_s.arg(m_run)), qPrintable(question->text()));
    QTest::mouseClick(question->findChild<QPushButton *>(u"runConfirmationOk"_s), Qt::LeftButton);
    QCOMPARE(stored(m_run).state, RunState::Cancelled); // nobody drove it: at once
    QTableView *runs = runsTable(*window);
    QTRY_COMPARE(runs->model()->index(0, RolloutRunTableModel::State).data().toString(), u"canceled"_s);
    for (const char *action : {"actionContinueRun", "actionCancelRun", "actionPauseRun", "actionResumeRun"})
        QVERIFY2(!button(*window, action)->isEnabled(), action);
}

void TestDeploymentsGui::pauseOnARunningRunWritesTheRequest()
{
    // As another live process (pid 1) drives it.
    m_fixture->exec(u"UPDATE deployment_runs SET state = 'running', owner = 'pid 1 on %1' WHERE id = %2"_s
                        .arg(QSysInfo::machineHostName())
                        .arg(m_run));
    auto window = openDeployments();
    selectRun(*window, m_run);
    QVERIFY(button(*window, "actionPauseRun")->isEnabled());
    QVERIFY(!button(*window, "actionResumeRun")->isEnabled()); // its process is alive
    QVERIFY(!button(*window, "actionContinueRun")->isEnabled());
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QCOMPARE(stored(m_run).state, RunState::PauseRequested);
    QTRY_COMPARE(runsTable(*window)->model()->index(0, RolloutRunTableModel::State).data().toString(),
                 u"pausing"_s);
}

void TestDeploymentsGui::aRunDrivenElsewhereIsFollowedWithoutARefresh()
{
    m_fixture->exec(u"UPDATE deployment_runs SET state = 'running', owner = 'pid 1 on %1' WHERE id = %2"_s
                        .arg(QSysInfo::machineHostName())
                        .arg(m_run));
    auto window = openDeployments();
    selectRun(*window, m_run);
    QTableView *runs = runsTable(*window);
    QCOMPARE(runs->model()->index(0, RolloutRunTableModel::State).data().toString(), u"running"_s);
    // Another process (the CLI, the daemon's admin) asks it to cancel: no signal reaches this console.
    auto other = Database::open(m_db->config());
    QVERIFY(other);
    QVERIFY(RunControl::request(*other.value(), m_run, RunState::Cancelled).ok());
    QTRY_COMPARE_WITH_TIMEOUT(runs->model()->index(0, RolloutRunTableModel::State).data().toString(),
                              displayName(RunState::CancelRequested), 10000);
}

void TestDeploymentsGui::aReviewerSeesEveryActionDisabled()
{
    // The first user added also lists the one adding (tester) as admin.
    QVERIFY(UserRepository((*m_db)->connection(), (*m_db)->actor()).add(u"rita"_s, Role::Reviewer).ok());
    (*m_db)->setActor(u"rita"_s);
    auto window = openDeployments();
    selectRun(*window, m_run);
    for (const char *name : {"actionDeployChange", "actionPauseRun", "actionResumeRun", "actionContinueRun",
                             "actionCancelRun", "actionRollBackAsset"}) {
        QAction *action = window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && !action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(u"rita is reviewer and may not"_s),
                 qPrintable(action->toolTip()));
        QVERIFY2(!button(*window, name)->isEnabled(), name);
    }
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QVERIFY(!confirmation(*window));
    QCOMPARE(stored(m_run).state, RunState::Halted);
}

void TestDeploymentsGui::deployFromTheApprovalsPaneOpensTheDialogOnThatChange()
{
    // A second approved change, listed first in the queue (newest first): Deploy… must take the selected one.
    const qint64 other = m_fixture->approvedChange({m_fixture->addAsset(u"x1"_s, u"broad"_s, 1)});
    auto window = openDeployments();
    window->showPane(3);
    auto *queue = window->findChild<QTableView *>(u"approvalsTable"_s);
    int row = -1;
    for (int i = 0; i < queue->model()->rowCount(); ++i) {
        if (queue->model()->index(i, ApprovalQueueModel::Id).data().toString() == u"CR-%1"_s.arg(m_change))
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(queue->model()->index(0, ApprovalQueueModel::Id).data().toString() == u"CR-%1"_s.arg(other));
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {},
                      queue->visualRect(queue->model()->index(row, ApprovalQueueModel::Title)).center());
    QAction *deploy = window->findChild<QAction *>(u"actionDeployApprovedChange"_s);
    QVERIFY(deploy->isEnabled());
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(window->currentPane(), 4);
    auto *change = window->findChild<QComboBox *>(u"deployChange"_s);
    QVERIFY(change);
    QCOMPARE(change->currentData().toLongLong(), m_change);
    change->window()->close();

    // A reviewer sees it disabled with the engine's reason.
    QVERIFY(UserRepository((*m_db)->connection(), (*m_db)->actor()).add(u"rita"_s, Role::Reviewer).ok());
    (*m_db)->setActor(u"rita"_s);
    window = openDeployments();
    window->showPane(3);
    queue = window->findChild<QTableView *>(u"approvalsTable"_s);
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {},
                      queue->visualRect(queue->model()->index(row, ApprovalQueueModel::Title)).center());
    deploy = window->findChild<QAction *>(u"actionDeployApprovedChange"_s);
    QVERIFY(!deploy->isEnabled());
    QVERIFY2(deploy->toolTip().contains(u"rita is reviewer and may not"_s), qPrintable(deploy->toolTip()));
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(window->currentPane(), 3);
    QVERIFY(!window->findChild<QComboBox *>(u"deployChange"_s));
}

QTEST_MAIN(TestDeploymentsGui)
#include "tst_deploymentsgui.moc"
