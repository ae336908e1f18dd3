#include "../support/RecordedScan.h"
#include "../support/TestDatabase.h"

#include "board/ChangeBoard.h"
#include "dialogs/ChangeRequestDialog.h"
#include "dialogs/DecisionDialog.h"
#include "IntelFixture.h"
#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/ChangeTargetModel.h"
#include "itemmodels/PatchTableModel.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/PatchesPane.h"
#include "storage/AssetRepository.h"
#include "storage/BoardPolicyRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/PatchRepository.h"
#include "storage/ScanRepository.h"
#include "storage/UserRepository.h"
#include "storage/WorkflowRepository.h"
#include "widgets/ScanProgress.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

// The change board in the console, driven by clicks and keys over a fresh database: a change request made
// from the Patches pane, the reviewer's queue, decisions with their comments, roles and the quorum.
namespace {

// The Assets, Patches and Audit panes read their rows off the GUI thread: until those of the panes shown are
// in.
void waitForRows(MainWindow &window)
{
    QTRY_VERIFY(!window.findChild<AssetsPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<PatchesPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<AuditPane *>()->isLoading());
}

} // namespace

class TestChangeBoardGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAndSubmitsAChangeFromTwoSelectedPatches();
    void queuePutsMyDecisionFirstAndTheRequesterMayNotApprove();
    void approvalsByShortcutCountTowardsAQuorumOfTwo();
    void decisionDialogRefusesAnEmptyComment();
    void auditorSeesEveryDecisionDisabled();
    void reviewerSeesFleetActionsDisabledWithTheReason();
    void editingASubmittedChangeVoidsItsApprovals();

private:
    qint64 patchId(const QString &package) const;
    // A change made and submitted by `requester` through the engine, as another console would.
    qint64 submittedChange(const QString &requester, const QString &title, const QList<qint64> &patches);
    void setQuorum(int quorum);
    std::unique_ptr<MainWindow> openApprovals();
    QTableView *table(MainWindow &window, const char *name) const;
    int rowOf(QTableView *view, int column, const QString &text) const;
    void selectChange(MainWindow &window, qint64 changeId);
    void selectFirstAsset(MainWindow &window);
    DecisionDialog *decisionDialog(MainWindow &window) const;
    QAction *action(MainWindow &window, const char *name) const;

    std::unique_ptr<TestDatabase> m_db;
};

void TestChangeBoardGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>(); // the actor is "tester"; no users listed: everyone is admin
    AssetRepository assets((*m_db)->connection(), (*m_db)->actor());
    Asset web;
    web.name = u"web01"_s;
    web.transport = Transport::Ssh;
    web.address = u"192.0.2.10"_s;
    web.ring = u"pilot"_s;
    const auto webId = assets.add(web);
    QVERIFY(webId.ok());
    // liblog4j2-java (KEV), openssl and tzdata, on a Debian host whose apt can roll them back.
    QVERIFY(IntelFixture::seedPatches(**m_db, webId.value()).ok());
    QVERIFY(IntelFixture::importKevAndEpss(**m_db).ok());
    Asset db = web;
    db.name = u"db01"_s;
    db.address = u"192.0.2.20"_s;
    db.ring = u"canary"_s;
    const auto dbId = assets.add(db);
    QVERIFY(dbId.ok());
    // A scan without facts: no known package manager, so nothing on it can be rolled back.
    QVERIFY(ScanRepository((*m_db)->connection(), (*m_db)->actor())
                .recordSuccess(recordedScan(dbId.value(), {u"pw-demo"_s}))
                .ok());
}

void TestChangeBoardGui::cleanup()
{
    m_db.reset();
}

qint64 TestChangeBoardGui::patchId(const QString &package) const
{
    const auto patches = PatchRepository((*m_db)->connection()).list({});
    for (const AssetPatch &patch : patches.value()) {
        if (patch.patch.package == package)
            return patch.id;
    }
    return 0;
}

qint64 TestChangeBoardGui::submittedChange(const QString &requester, const QString &title,
                                           const QList<qint64> &patches)
{
    const QString me = (*m_db)->actor();
    (*m_db)->setActor(requester);
    ChangeDraft draft;
    draft.title = title;
    draft.assetPatchIds = patches;
    ChangeBoard board(**m_db);
    const auto created = board.create(draft);
    const Status submitted = !created ? Status(created.error())
                             : board.submit(created.value(), {})
                                 ? Status()
                                 : Status(Error{QStringLiteral("not submitted"), {}});
    (*m_db)->setActor(me);
    if (!submitted)
        qWarning("%s", qPrintable(submitted.error().text()));
    return submitted ? created.value() : 0;
}

void TestChangeBoardGui::setQuorum(int quorum)
{
    BoardPolicy policy;
    policy.quorum.fill(quorum);
    QVERIFY(BoardPolicyRepository((*m_db)->connection(), (*m_db)->actor()).save(policy).ok());
}

std::unique_ptr<MainWindow> TestChangeBoardGui::openApprovals()
{
    auto window = std::make_unique<MainWindow>(**m_db);
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    window->showPane(3);
    waitForRows(*window);
    return window;
}

QTableView *TestChangeBoardGui::table(MainWindow &window, const char *name) const
{
    return window.findChild<QTableView *>(QString::fromLatin1(name));
}

int TestChangeBoardGui::rowOf(QTableView *view, int column, const QString &text) const
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestChangeBoardGui::selectChange(MainWindow &window, qint64 changeId)
{
    QTableView *queue = table(window, "approvalsTable");
    const int row = rowOf(queue, ApprovalQueueModel::Id, u"CR-%1"_s.arg(changeId));
    QVERIFY2(row >= 0, qPrintable(u"CR-%1 is not in the queue"_s.arg(changeId)));
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {},
                      queue->visualRect(queue->model()->index(row, ApprovalQueueModel::Title)).center());
    QCOMPARE(queue->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(queue->selectionModel()->selectedRows().constFirst().row(), row);
}

void TestChangeBoardGui::selectFirstAsset(MainWindow &window)
{
    QTableView *assets = table(window, "assetsTable");
    QTRY_VERIFY(assets->model()->rowCount() > 0);
    QTest::mouseClick(assets->viewport(), Qt::LeftButton, {},
                      assets->visualRect(assets->model()->index(0, 0)).center());
    QVERIFY(assets->selectionModel()->hasSelection());
}

DecisionDialog *TestChangeBoardGui::decisionDialog(MainWindow &window) const
{
    return window.findChild<DecisionDialog *>();
}

QAction *TestChangeBoardGui::action(MainWindow &window, const char *name) const
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void TestChangeBoardGui::createsAndSubmitsAChangeFromTwoSelectedPatches()
{
    auto window = openApprovals();
    window->showPane(1);
    waitForRows(*window);
    QTableView *patches = table(*window, "patchesTable");
    const int log4j = rowOf(patches, PatchTableModel::Package, u"liblog4j2-java"_s);
    const int openssl = rowOf(patches, PatchTableModel::Package, u"openssl"_s);
    QVERIFY(log4j >= 0 && openssl >= 0);
    const auto centre = [patches](int row) {
        return patches->visualRect(patches->model()->index(row, PatchTableModel::Package)).center();
    };
    QTest::mouseClick(patches->viewport(), Qt::LeftButton, {}, centre(log4j));
    QTest::mouseClick(patches->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(openssl));
    QCOMPARE(patches->selectionModel()->selectedRows().size(), 2);

    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    auto *dialog = window->findChild<ChangeRequestDialog *>();
    QVERIFY(dialog);
    // The chosen patches, with the ids the CLI takes, and what their platform can undo.
    auto *chosen = dialog->findChild<QTableView *>(u"changePatches"_s);
    QCOMPARE(chosen->model()->rowCount(), 2);
    QList<qint64> shownIds;
    for (int row = 0; row < 2; ++row)
        shownIds << chosen->model()->index(row, ChangeTargetModel::PatchId).data().toLongLong();
    std::sort(shownIds.begin(), shownIds.end());
    QList<qint64> expected{patchId(u"liblog4j2-java"_s), patchId(u"openssl"_s)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shownIds, expected);
    const QString plan = dialog->findChild<QPlainTextEdit *>(u"changeRollbackPlan"_s)->toPlainText();
    QVERIFY2(plan.contains(u"apt can return 2 patch(es)"_s) &&
                 plan.contains(u"Every patch can be rolled back."_s),
             qPrintable(plan));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"changeTitle"_s), u"Log4Shell and OpenSSL on web01"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"changeJustification"_s), u"KEV entry, due"_s);
    auto *risk = dialog->findChild<QComboBox *>(u"changeRisk"_s);
    QTest::keyClick(risk, Qt::Key_Down); // medium → high
    QCOMPARE(risk->currentText(), u"high"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeSaveSubmit"_s), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ChangeRequestDialog *>());

    const auto stored = WorkflowRepository((*m_db)->connection()).changeRequests();
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 1);
    const ChangeRequest &change = stored.value().constFirst();
    QCOMPARE(change.title, u"Log4Shell and OpenSSL on web01"_s);
    QCOMPARE(change.state, ChangeState::Submitted);
    QCOMPARE(change.risk, ChangeRisk::High);
    QCOMPARE(change.requestedBy, u"tester"_s);
    QVERIFY(change.rollbackPlan.contains(u"apt can return 2 patch(es)"_s));
    const auto targets = ChangeRepository((*m_db)->connection(), (*m_db)->actor()).targets(change.id);
    QList<qint64> storedIds;
    for (const ChangeTarget &t : targets.value())
        storedIds << t.assetPatchId;
    std::sort(storedIds.begin(), storedIds.end());
    QCOMPARE(storedIds, expected);
    // The Approvals pane heard of it.
    QTRY_COMPARE(table(*window, "approvalsTable")->model()->rowCount(), 1);
}

void TestChangeBoardGui::queuePutsMyDecisionFirstAndTheRequesterMayNotApprove()
{
    // Olga's change is the older one: newest first alone would put mine first.
    const qint64 theirs = submittedChange(u"olga"_s, u"Their change"_s, {patchId(u"openssl"_s)});
    const qint64 mine = submittedChange(u"tester"_s, u"My change"_s, {patchId(u"tzdata"_s)});
    QVERIFY(theirs && mine && mine > theirs);
    auto window = openApprovals();
    QTableView *queue = table(*window, "approvalsTable");
    QCOMPARE(queue->model()->rowCount(), 2);
    QCOMPARE(queue->model()->index(0, ApprovalQueueModel::Id).data().toString(), u"CR-%1"_s.arg(theirs));
    QCOMPARE(queue->model()->index(0, ApprovalQueueModel::Queue).data().toString(), u"your decision"_s);
    QCOMPARE(queue->model()->index(1, ApprovalQueueModel::Id).data().toString(), u"CR-%1"_s.arg(mine));
    QVERIFY(window->findChild<QLabel *>(u"approvalsIdentity"_s)->text().contains(u"<b>tester</b>, admin"_s));

    selectChange(*window, mine);
    QAction *approve = action(*window, "actionApproveChange");
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(u"You requested or last edited this change"_s) &&
                 approve->toolTip().contains(u"Separation of duties"_s),
             qPrintable(approve->toolTip()));
    auto *button = window->findChild<QToolButton *>(u"actionApproveChangeButton"_s);
    QVERIFY(button && !button->isEnabled());
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QVERIFY(!decisionDialog(*window));

    // The other change is mine to decide.
    selectChange(*window, theirs);
    QVERIFY(approve->isEnabled());
    QVERIFY(button->isEnabled());
}

void TestChangeBoardGui::approvalsByShortcutCountTowardsAQuorumOfTwo()
{
    setQuorum(2);
    const qint64 id = submittedChange(u"tester"_s, u"Two to approve"_s, {patchId(u"openssl"_s)});
    QVERIFY(id);
    ChangeRepository changes((*m_db)->connection(), (*m_db)->actor());
    for (const auto &[reviewer, approvals, state] : {std::tuple{u"rita"_s, u"1/2"_s, ChangeState::Submitted},
                                                     std::tuple{u"sam"_s, u"2/2"_s, ChangeState::Approved}}) {
        (*m_db)->setActor(reviewer);
        auto window = openApprovals();
        QVERIFY(window->findChild<QLabel *>(u"approvalsIdentity"_s)
                    ->text()
                    .contains(u"<b>%1</b>"_s.arg(reviewer)));
        selectChange(*window, id);
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        DecisionDialog *dialog = decisionDialog(*window);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(u"decisionOk"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"decisionComment"_s), u"tested on staging"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!decisionDialog(*window));

        const auto decisions = changes.approvals(id);
        QVERIFY(decisions.ok());
        const ChangeApproval &last = decisions.value().constLast();
        QCOMPARE(last.reviewer, reviewer);
        QCOMPARE(last.decision, ReviewDecision::Approved);
        QCOMPARE(last.comment, u"tested on staging"_s);
        QCOMPARE(changes.find(id).value().state, state);
        QTableView *queue = table(*window, "approvalsTable");
        const int row = rowOf(queue, ApprovalQueueModel::Id, u"CR-%1"_s.arg(id));
        QTRY_COMPARE(queue->model()->index(row, ApprovalQueueModel::Approvals).data().toString(), approvals);
        QCOMPARE(queue->model()->index(row, ApprovalQueueModel::State).data().toString(), displayName(state));
        // Approved once, the reviewer may not approve this revision again.
        QVERIFY(!action(*window, "actionApproveChange")->isEnabled());
    }
    QCOMPARE(changes.approvals(id).value().size(), 2);
}

void TestChangeBoardGui::decisionDialogRefusesAnEmptyComment()
{
    const qint64 id = submittedChange(u"olga"_s, u"Needs a comment"_s, {patchId(u"openssl"_s)});
    auto window = openApprovals();
    selectChange(*window, id);
    QTest::mouseClick(window->findChild<QToolButton *>(u"actionRejectChangeButton"_s), Qt::LeftButton);
    DecisionDialog *dialog = decisionDialog(*window);
    QVERIFY(dialog);
    // Ctrl+Return is the dialog's shortcut: the dialog must be the active window (offscreen does not
    // activate a dialog by itself).
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    auto *comment = dialog->findChild<QPlainTextEdit *>(u"decisionComment"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"decisionOk"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(comment, u"   "_s); // blanks are no comment
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(decisionDialog(*window) && dialog->isVisible());
    ChangeRepository changes((*m_db)->connection(), (*m_db)->actor());
    QCOMPARE(changes.approvals(id).value().size(), 0);

    QTest::keyClicks(comment, u"breaks the web tier"_s);
    QVERIFY(ok->isEnabled());
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!decisionDialog(*window));
    QCOMPARE(changes.approvals(id).value().size(), 1);
    QCOMPARE(changes.approvals(id).value().constFirst().decision, ReviewDecision::Rejected);
    QCOMPARE(changes.find(id).value().state, ChangeState::Rejected);
}

void TestChangeBoardGui::auditorSeesEveryDecisionDisabled()
{
    const qint64 id = submittedChange(u"olga"_s, u"Read only for auditors"_s, {patchId(u"openssl"_s)});
    // The first user added also lists the one adding (tester) as admin.
    QVERIFY(UserRepository((*m_db)->connection(), (*m_db)->actor()).add(u"audrey"_s, Role::Auditor).ok());
    (*m_db)->setActor(u"audrey"_s);
    auto window = openApprovals();
    QVERIFY(
        window->findChild<QLabel *>(u"approvalsIdentity"_s)->text().contains(u"<b>audrey</b>, auditor"_s));
    selectChange(*window, id);
    for (const char *name : {"actionApproveChange", "actionRejectChange", "actionRequestChanges",
                             "actionEditChange", "actionSubmitChange", "actionCancelChange"}) {
        QAction *decision = action(*window, name);
        QVERIFY2(!decision->isEnabled(), name);
        QVERIFY2(decision->toolTip().contains(u"audrey is auditor and may not"_s),
                 qPrintable(decision->toolTip()));
        QVERIFY(!window->findChild<QToolButton *>(QString::fromLatin1(name) + u"Button"_s)->isEnabled());
    }
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QVERIFY(!decisionDialog(*window));
    // Nor may an auditor request a change.
    QAction *newChange = action(*window, "actionNewChangeRequest");
    QVERIFY(!newChange->isEnabled());
    QVERIFY(newChange->toolTip().contains(u"audrey is auditor and may not"_s));
}

void TestChangeBoardGui::reviewerSeesFleetActionsDisabledWithTheReason()
{
    const char *fleet[] = {"actionAddAsset",     "actionEditAsset",    "actionRemoveAsset",
                           "actionImportAssets", "actionScanSelected", "actionScanAll"};
    {
        // The admin (tester, listed first) may do all of it once an asset is selected.
        QVERIFY(UserRepository((*m_db)->connection(), (*m_db)->actor()).add(u"rita"_s, Role::Reviewer).ok());
        auto window = openApprovals();
        window->showPane(0);
        waitForRows(*window);
        selectFirstAsset(*window);
        for (const char *name : fleet)
            QVERIFY2(action(*window, name)->isEnabled(), name);
        window->showPane(1);
        waitForRows(*window);
        QVERIFY(action(*window, "actionNewChangeRequest")->isEnabled());
    }
    (*m_db)->setActor(u"rita"_s);
    auto window = openApprovals();
    window->showPane(0);
    waitForRows(*window);
    QTableView *assets = table(*window, "assetsTable");
    selectFirstAsset(*window);
    for (const char *name : fleet) {
        QAction *fleetAction = action(*window, name);
        QVERIFY2(!fleetAction->isEnabled(), name);
        QVERIFY2(fleetAction->toolTip().contains(u"rita is reviewer and may not change assets"_s),
                 qPrintable(fleetAction->toolTip()));
    }
    // Scan ▸ Scan all assets by its shortcut starts nothing.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(!window->findChild<ScanProgress *>()->isRunning());
    // Neither the shortcut nor Enter on the row opens the asset dialog.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
    assets->setFocus();
    QTest::keyClick(assets, Qt::Key_Return);
    QVERIFY(!window->findChild<QDialog *>());
    window->showPane(1);
    waitForRows(*window);
    QAction *newChange = action(*window, "actionNewChangeRequest");
    QVERIFY(!newChange->isEnabled());
    QVERIFY2(newChange->toolTip().contains(u"rita is reviewer and may not request changes"_s),
             qPrintable(newChange->toolTip()));
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QVERIFY(!window->findChild<ChangeRequestDialog *>());
}

void TestChangeBoardGui::editingASubmittedChangeVoidsItsApprovals()
{
    setQuorum(2);
    const qint64 id = submittedChange(u"tester"_s, u"Before the edit"_s, {patchId(u"openssl"_s)});
    (*m_db)->setActor(u"rita"_s);
    QVERIFY(ChangeBoard(**m_db).decide(id, ReviewDecision::Approved, u"looks fine"_s).ok());
    (*m_db)->setActor(u"tester"_s);

    auto window = openApprovals();
    selectChange(*window, id);
    QTableView *queue = table(*window, "approvalsTable");
    QCOMPARE(queue->model()->index(0, ApprovalQueueModel::Approvals).data().toString(), u"1/2"_s);
    auto *overview = window->findChild<QTextBrowser *>(u"changeReviewOverview"_s);
    QVERIFY(!overview->toPlainText().contains(u"was edited since"_s));

    QTest::mouseClick(window->findChild<QToolButton *>(u"actionEditChangeButton"_s), Qt::LeftButton);
    auto *dialog = window->findChild<ChangeRequestDialog *>();
    QVERIFY(dialog);
    auto *warning = dialog->findChild<QLabel *>(u"changeEditWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"the 1 approval(s) given so far no longer count"_s),
             qPrintable(warning->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(u"changeSaveSubmit"_s)->isVisible());
    auto *title = dialog->findChild<QLineEdit *>(u"changeTitle"_s);
    QCOMPARE(title->text(), u"Before the edit"_s);
    title->selectAll();
    QTest::keyClicks(title, u"After the edit"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeSaveDraft"_s), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ChangeRequestDialog *>());

    const ChangeRequest edited = ChangeRepository((*m_db)->connection(), (*m_db)->actor()).find(id).value();
    QCOMPARE(edited.title, u"After the edit"_s);
    QCOMPARE(edited.revision, 2);
    QCOMPARE(edited.state, ChangeState::Submitted);
    QTRY_COMPARE(queue->model()->index(0, ApprovalQueueModel::Approvals).data().toString(), u"0/2"_s);
    // Rita's approval is still in the history, marked as not counting for revision 2.
    const QString history = overview->toPlainText();
    QVERIFY2(history.contains(u"rita"_s) && history.contains(u"no — revision 1 was edited since"_s),
             qPrintable(history));
}

QTEST_MAIN(TestChangeBoardGui)
#include "tst_changeboardgui.moc"
