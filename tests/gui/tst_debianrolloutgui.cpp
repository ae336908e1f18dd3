// A change's whole life in the console, on a real Debian endpoint (DebianTestHost: a chroot with a real apt
// and dpkg behind a real sshd), driven by clicks and keys as its users would: ann (admin) selects two
// patches in the Patches pane and submits a change request from the change dialog; the board needs two
// approvals, and ann may not approve her own, nor ada (auditor) at all; rita and rob (reviewers) approve
// from the Approvals pane; the admin deploys it from there (Deploy…, then the Deployments pane's dialog).
// The console's own scheduler drives the run: the pilot ring (pw-demo on deb1, installed and verified),
// its gate (go), the broad ring (pw-fragile on deb1-broad, whose postinst fails: rolled back on the spot).
// The admin then rolls the pilot's asset back from the Deployments pane. Every step is in the audit trail,
// by the user who took it, and the chain verifies. The two rings are two assets on the one host, each with
// its own package, so the story needs a single endpoint (as tst_debianrollout, which runs it through the
// engine alone).
#include "../support/DebianRolloutBoard.h"
#include "../support/DebianTestHost.h"
#include "../support/MountNamespace.h"

#include "dialogs/ChangeRequestDialog.h"
#include "dialogs/DecisionDialog.h"
#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/RolloutRunTableModel.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/PatchesPane.h"

#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/WorkflowRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestDebianRolloutGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aChangeGoesThroughTheConsoleFromRequestToVerifiedStagedDeploymentAndBack();

private:
    // A console as `user` would open it on the shared database, showing pane `pane`.
    std::unique_ptr<MainWindow> openAs(const QString &user, int pane);
    static int rowOf(QTableView *view, int column, const QString &text);
    static void clickRow(QTableView *view, int row, int column, Qt::KeyboardModifiers modifiers = {});
    void selectChange(MainWindow &window, qint64 changeId);
    void approve(const QString &reviewer, qint64 changeId, const QString &comment);
    ChangeState changeState(qint64 changeId) const;

    QTemporaryDir m_work;
    std::unique_ptr<DebianTestHost> m_host;
};

void TestDebianRolloutGui::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(geteuid() == 0, "a Debian endpoint (chroot, overlay mounts) needs root, as CI has");
    QSettings().clear();
    const Status prepared = DebianTestHost::prepare(m_work.path());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().text()));
    m_host = std::make_unique<DebianTestHost>(m_work.path());
    const Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
}

std::unique_ptr<MainWindow> TestDebianRolloutGui::openAs(const QString &user, int pane)
{
    m_host->db()->setActor(user);
    auto window = std::make_unique<MainWindow>(*m_host->db());
    window->resize(1300, 820);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    window->showPane(pane);
    // The Assets and Patches panes read their rows off the GUI thread (a pane when first shown).
    const bool loaded = QTest::qWaitFor(
        [&window] {
            return !window->findChild<AssetsPane *>()->isLoading() &&
                   !window->findChild<PatchesPane *>()->isLoading();
        },
        30000);
    if (!loaded)
        qWarning("the panes' rows did not arrive within 30 s");
    return window;
}

int TestDebianRolloutGui::rowOf(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestDebianRolloutGui::clickRow(QTableView *view, int row, int column, Qt::KeyboardModifiers modifiers)
{
    view->scrollTo(view->model()->index(row, column));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(view->model()->index(row, column)).center());
}

void TestDebianRolloutGui::selectChange(MainWindow &window, qint64 changeId)
{
    auto *queue = window.findChild<QTableView *>(u"approvalsTable"_s);
    const int row = rowOf(queue, ApprovalQueueModel::Id, u"CR-%1"_s.arg(changeId));
    QVERIFY2(row >= 0, qPrintable(u"CR-%1 is not in the queue"_s.arg(changeId)));
    clickRow(queue, row, ApprovalQueueModel::Title);
    QCOMPARE(queue->selectionModel()->selectedRows().size(), 1);
}

void TestDebianRolloutGui::approve(const QString &reviewer, qint64 changeId, const QString &comment)
{
    auto window = openAs(reviewer, 3);
    selectChange(*window, changeId);
    QVERIFY(window->findChild<QAction *>(u"actionApproveChange"_s)->isEnabled());
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto *dialog = window->findChild<DecisionDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"decisionComment"_s), comment);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"decisionOk"_s), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<DecisionDialog *>());
}

ChangeState TestDebianRolloutGui::changeState(qint64 changeId) const
{
    const auto change = ChangeRepository(m_host->db()->connection(), u"x"_s).find(changeId);
    return change ? change.value().state : ChangeState::Draft;
}

void TestDebianRolloutGui::aChangeGoesThroughTheConsoleFromRequestToVerifiedStagedDeploymentAndBack()
{
    Database &db = *m_host->db();
    // The OS account the console's runs act as (RunScheduler's runs open their own connections).
    const QString me = Database::open(m_host->db().config()).value()->actor();

    // The fleet, the rings and the board, as an admin sets them up (DebianRolloutBoard.h).
    QVERIFY2(setUpTwoRingsAndBoard(*m_host, me).ok(), "the rings and the board");
    const qint64 demo = m_host->patchId(u"pw-demo"_s, u"deb1"_s);
    const qint64 fragile = m_host->patchId(u"pw-fragile"_s, u"deb1-broad"_s);
    QVERIFY(demo > 0 && fragile > 0);

    // ann: two patches selected in the Patches pane, New change request…, Save and submit.
    qint64 change = 0;
    {
        auto window = openAs(u"ann"_s, 1);
        auto *patches = window->findChild<QTableView *>(u"patchesTable"_s);
        const int demoRow = rowOf(patches, PatchTableModel::Id, QString::number(demo));
        const int fragileRow = rowOf(patches, PatchTableModel::Id, QString::number(fragile));
        QVERIFY(demoRow >= 0 && fragileRow >= 0);
        clickRow(patches, demoRow, PatchTableModel::Package);
        clickRow(patches, fragileRow, PatchTableModel::Package, Qt::ControlModifier);
        QCOMPARE(patches->selectionModel()->selectedRows().size(), 2);
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        auto *dialog = window->findChild<ChangeRequestDialog *>();
        QVERIFY(dialog);
        const QString plan = dialog->findChild<QPlainTextEdit *>(u"changeRollbackPlan"_s)->toPlainText();
        QVERIFY2(plan.contains(u"apt can return 2 patch(es)"_s), qPrintable(plan));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"changeTitle"_s),
                         u"bookworm-security, pilot first"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"changeJustification"_s),
                         u"DSA due this week"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeSaveSubmit"_s), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<ChangeRequestDialog *>());
        const auto stored = WorkflowRepository(db.connection()).changeRequests();
        QVERIFY(stored && stored.value().size() == 1);
        change = stored.value().constFirst().id;
        QCOMPARE(changeState(change), ChangeState::Submitted);

        // Separation of duties: the requester's Approve is disabled, with the reason.
        window->showPane(3);
        selectChange(*window, change);
        QAction *approve = window->findChild<QAction *>(u"actionApproveChange"_s);
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(u"another reviewer decides"_s), qPrintable(approve->toolTip()));
    }
    {
        // An auditor reads the request and may decide nothing, nor deploy it.
        auto window = openAs(u"ada"_s, 3);
        selectChange(*window, change);
        for (const char *name : {"actionApproveChange", "actionRejectChange", "actionDeployApprovedChange"})
            QVERIFY2(!window->findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(!window->findChild<DecisionDialog *>());
    }
    approve(u"rita"_s, change, u"CAB: pilot first, broad after the gate"_s);
    QCOMPARE(changeState(change), ChangeState::Submitted); // one approval of two
    approve(u"rob"_s, change, u"CAB: ok"_s);
    QCOMPARE(changeState(change), ChangeState::Approved);

    // The admin deploys it from the Approvals pane: the Deployments pane's dialog opens on it; now.
    auto window = openAs(me, 3);
    selectChange(*window, change);
    QTest::mouseClick(window->findChild<QToolButton *>(u"actionDeployApprovedChangeButton"_s),
                      Qt::LeftButton);
    QCOMPARE(window->currentPane(), 4);
    auto *chosen = window->findChild<QComboBox *>(u"deployChange"_s);
    QVERIFY(chosen);
    QCOMPARE(chosen->currentData().toLongLong(), change);
    QTest::mouseClick(window->findChild<QPushButton *>(u"deployOk"_s), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<QComboBox *>(u"deployChange"_s));
    const auto runs = RolloutRunRepository(db.connection(), me).list(change);
    QVERIFY(runs && runs.value().size() == 1);
    const RolloutRun run = runs.value().constFirst();
    QCOMPARE(run.rings, (QStringList{u"pilot"_s, u"broad"_s}));

    // The console drives it to its end; the pane follows it live.
    auto *runTable = window->findChild<QTableView *>(u"deploymentsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(runTable, RolloutRunTableModel::Run, u"#%1"_s.arg(run.id)) >= 0 &&
            runTable->model()
                    ->index(rowOf(runTable, RolloutRunTableModel::Run, u"#%1"_s.arg(run.id)),
                            RolloutRunTableModel::State)
                    .data()
                    .toString() == u"failed"_s,
        10 * 60 * 1000);
    QCOMPARE(RolloutRunRepository(db.connection(), me).find(run.id).value().state, RunState::Failed);
    QVERIFY(!window->findChild<QMessageBox *>(u"runProblem"_s));
    QCOMPARE(m_host->installedVersion(u"pw-demo"_s), u"ii 1.1"_s);    // deployed and verified on the pilot
    QCOMPARE(m_host->installedVersion(u"pw-fragile"_s), u"ii 1.0"_s); // rolled back on broad
    clickRow(runTable, rowOf(runTable, RolloutRunTableModel::Run, u"#%1"_s.arg(run.id)),
             RolloutRunTableModel::Change);
    const QString stages = window->findChild<QTextBrowser *>(u"runStages"_s)->toPlainText();
    QVERIFY2(stages.contains(u"Gate: go — 1 succeeded, 0 failed"_s), qPrintable(stages));
    auto *runAssets = window->findChild<QTableView *>(u"runAssets"_s);
    QCOMPARE(runAssets->model()->rowCount(), 2);
    QCOMPARE(runAssets->model()->index(0, DeploymentTableModel::Asset).data().toString(), u"deb1"_s);
    QCOMPARE(runAssets->model()->index(0, DeploymentTableModel::State).data().toString(), u"succeeded"_s);
    QCOMPARE(runAssets->model()->index(1, DeploymentTableModel::Asset).data().toString(), u"deb1-broad"_s);
    QCOMPARE(runAssets->model()->index(1, DeploymentTableModel::State).data().toString(), u"rolled back"_s);
    clickRow(runAssets, 1, DeploymentTableModel::Asset);
    const QString log = window->findChild<QTextBrowser *>(u"runStepLog"_s)->toPlainText();
    QVERIFY2(log.contains(u"install"_s) && log.contains(u"rollback"_s), qPrintable(log));

    // The admin rolls the pilot's asset back: the change is rolled back once both assets are.
    clickRow(runAssets, 0, DeploymentTableModel::Asset);
    auto *rollBack = window->findChild<QToolButton *>(u"actionRollBackAssetButton"_s);
    QVERIFY2(rollBack->isEnabled(), qPrintable(rollBack->defaultAction()->toolTip()));
    QTest::mouseClick(rollBack, Qt::LeftButton);
    auto *question = window->findChild<QMessageBox *>(u"runConfirmation"_s);
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(u"runConfirmationOk"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changeState(change), ChangeState::RolledBack, 10 * 60 * 1000);
    QCOMPARE(m_host->installedVersion(u"pw-demo"_s), u"ii 1.0"_s);
    QVERIFY(!window->findChild<QMessageBox *>(u"runProblem"_s));

    // The audit trail tells it all, in order, each step by the user who took it, unbroken.
    QStringList story;
    const auto events = AuditLog(db.connection()).list();
    QVERIFY(events);
    for (const AuditEvent &event : events.value())
        story.prepend(event.action + u' ' + event.actor); // listed newest first
    const QStringList expected{u"board.policy.changed "_s + me,
                               u"change.created ann"_s,
                               u"change.submitted ann"_s,
                               u"change.approved rita"_s,
                               u"change.approved rob"_s,
                               u"run.created "_s + me,
                               u"run.running "_s + me,
                               u"deployment.succeeded "_s + me,
                               u"run.gate "_s + me,
                               u"run.stage "_s + me,
                               u"deployment.rolled-back "_s + me,
                               u"run.failed "_s + me,
                               u"deployment.rolled-back "_s + me,
                               u"change.rolled-back "_s + me};
    const QString missing = missingFromStory(story, expected);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(AuditLog(db.connection()).verify().value().intact);
}

int main(int argc, char *argv[])
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QApplication app(argc, argv);
    TestDebianRolloutGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_debianrolloutgui.moc"
