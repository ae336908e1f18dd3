#include "../support/RolloutFixture.h"
#include "../support/TestDatabase.h"

#include "changes/ChangeNotifier.h"
#include "dialogs/ChangeRequestDialog.h"
#include "itemmodels/ApprovalQueueModel.h"
#include "jobs/StagedRun.h"
#include "MainWindow.h"
#include "storage/ChangeRepository.h"
#include "storage/PatchRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/WindowRepository.h"
#include "storage/WorkflowRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

// A change's way through the rings in the console: the ring plan chosen, reordered and kept in the change
// request dialog, and how a staged run's pilot went, in the reviewer's panel. The assets' host refuses the
// connection (a port nobody listens on), so every deployment fails at its precheck, as in tst_stagedrun.
class TestChangeRolloutGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ringPlanIsChosenByKeysAndClicksStoredAndKeptByAnEdit();
    void aRingPlanWithNoRingTickedIsRefused();
    void reviewShowsHowThePilotWent();

private:
    QList<AssetPatch> allPatches() const;
    ChangeRequestDialog *openDialog(ChangeRequestDialog *dialog);
    QStringList shownRings(ChangeRequestDialog &dialog) const;
    QTreeWidgetItem *ringItem(ChangeRequestDialog &dialog, const QString &ring) const;
    void clickRing(ChangeRequestDialog &dialog, const QString &ring);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RolloutFixture> m_fixture;
    int m_refusingPort = 0;
};

void TestChangeRolloutGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>(); // no users listed: everyone is admin
    m_fixture = std::make_unique<RolloutFixture>(*m_db);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_refusingPort = probe.serverPort();
    probe.close();
}

void TestChangeRolloutGui::cleanup()
{
    m_fixture.reset();
    m_db.reset();
}

QList<AssetPatch> TestChangeRolloutGui::allPatches() const
{
    return PatchRepository((*m_db)->connection()).list({}).value();
}

ChangeRequestDialog *TestChangeRolloutGui::openDialog(ChangeRequestDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        qWarning("the change request dialog was not shown");
    dialog->activateWindow();
    return dialog;
}

QStringList TestChangeRolloutGui::shownRings(ChangeRequestDialog &dialog) const
{
    auto *tree = dialog.findChild<QTreeWidget *>(u"changeRingPlan"_s);
    QStringList rings;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        rings << item->text(0) + (item->checkState(0) == Qt::Checked ? u"+"_s : u"-"_s);
    }
    return rings;
}

QTreeWidgetItem *TestChangeRolloutGui::ringItem(ChangeRequestDialog &dialog, const QString &ring) const
{
    const auto found =
        dialog.findChild<QTreeWidget *>(u"changeRingPlan"_s)->findItems(ring, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.constFirst();
}

void TestChangeRolloutGui::clickRing(ChangeRequestDialog &dialog, const QString &ring)
{
    auto *tree = dialog.findChild<QTreeWidget *>(u"changeRingPlan"_s);
    QTreeWidgetItem *item = ringItem(dialog, ring);
    QVERIFY2(item, qPrintable(ring));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QCOMPARE(tree->currentItem(), item);
}

void TestChangeRolloutGui::ringPlanIsChosenByKeysAndClicksStoredAndKeptByAnEdit()
{
    m_fixture->exec(u"INSERT INTO rings (name, position) VALUES ('pilot', 1), ('canary', 2), ('broad', 3)"_s);
    m_fixture->addAsset(u"web01"_s, u"pilot"_s, m_refusingPort);
    m_fixture->addAsset(u"db01"_s, u"canary"_s, m_refusingPort);
    m_fixture->addAsset(u"app01"_s, u"broad"_s, m_refusingPort);
    m_fixture->addAsset(u"app02"_s, u"broad"_s, m_refusingPort);
    QVERIFY(WindowRepository((*m_db)->connection(), (*m_db)->actor())
                .add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s)
                .ok());

    auto *dialog = openDialog(new ChangeRequestDialog(**m_db, allPatches()));
    // Every ring of the change's assets, in the configured order, with its assets and windows.
    QCOMPARE(shownRings(*dialog), (QStringList{u"pilot+"_s, u"canary+"_s, u"broad+"_s}));
    QCOMPARE(ringItem(*dialog, u"broad"_s)->text(1), u"app01, app02"_s);
    const QString pilotWindows = ringItem(*dialog, u"pilot"_s)->text(2);
    QVERIFY2(
        pilotWindows.startsWith(u"Sat 22:00-02:00 Europe/Berlin, "_s) &&
            (pilotWindows.contains(u"opens next Sat"_s) || pilotWindows.contains(u"open now until Sun"_s)),
        qPrintable(pilotWindows));
    QCOMPARE(ringItem(*dialog, u"canary"_s)->text(2), u"none: may deploy at any time"_s);
    auto *summary = dialog->findChild<QLabel *>(u"changeRingSummary"_s);
    QVERIFY2(summary->text().contains(u"in the configured order: pilot → canary → broad"_s) &&
                 summary->text().contains(u"Settings ▸ Rings"_s),
             qPrintable(summary->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(u"changeRingConfigured"_s)->isEnabled());

    // broad first: Alt+Up once, then the Move up button; canary unticked with the space bar.
    auto *tree = dialog->findChild<QTreeWidget *>(u"changeRingPlan"_s);
    clickRing(*dialog, u"broad"_s);
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(shownRings(*dialog), (QStringList{u"pilot+"_s, u"broad+"_s, u"canary+"_s}));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeRingUp"_s), Qt::LeftButton);
    QCOMPARE(shownRings(*dialog), (QStringList{u"broad+"_s, u"pilot+"_s, u"canary+"_s}));
    QVERIFY(!dialog->findChild<QPushButton *>(u"changeRingUp"_s)->isEnabled()); // first already
    clickRing(*dialog, u"canary"_s);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(shownRings(*dialog), (QStringList{u"broad+"_s, u"pilot+"_s, u"canary-"_s}));
    QVERIFY2(summary->text().contains(u"own plan: broad → pilot"_s) &&
                 summary->text().contains(u"Not deployed by its runs: canary (db01)"_s),
             qPrintable(summary->text()));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"changeTitle"_s), u"Broad before the pilot"_s);
    QSignalSpy saved(dialog, &ChangeRequestDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeSaveDraft"_s), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    ChangeRepository changes((*m_db)->connection(), (*m_db)->actor());
    QCOMPARE(changes.find(id).value().ringPlan, (QStringList{u"broad"_s, u"pilot"_s}));

    // Edited: the stored plan is shown and kept when only the title changes.
    dialog = openDialog(new ChangeRequestDialog(**m_db, id));
    QCOMPARE(shownRings(*dialog), (QStringList{u"broad+"_s, u"pilot+"_s, u"canary-"_s}));
    auto *title = dialog->findChild<QLineEdit *>(u"changeTitle"_s);
    title->selectAll();
    QTest::keyClicks(title, u"Broad first, canary left out"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeSaveDraft"_s), Qt::LeftButton);
    QCOMPARE(changes.find(id).value().title, u"Broad first, canary left out"_s);
    QCOMPARE(changes.find(id).value().ringPlan, (QStringList{u"broad"_s, u"pilot"_s}));

    // Back to the configured order: stored as no plan of its own.
    dialog = openDialog(new ChangeRequestDialog(**m_db, id));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeRingConfigured"_s), Qt::LeftButton);
    QCOMPARE(shownRings(*dialog), (QStringList{u"pilot+"_s, u"canary+"_s, u"broad+"_s}));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeSaveDraft"_s), Qt::LeftButton);
    QVERIFY(changes.find(id).value().ringPlan.isEmpty());
}

void TestChangeRolloutGui::aRingPlanWithNoRingTickedIsRefused()
{
    m_fixture->exec(u"INSERT INTO rings (name, position) VALUES ('pilot', 1)"_s);
    m_fixture->addAsset(u"web01"_s, u"pilot"_s, m_refusingPort);
    m_fixture->addAsset(u"loose01"_s, QString(), m_refusingPort);
    auto *dialog = openDialog(new ChangeRequestDialog(**m_db, allPatches()));
    // The assets without a ring come last, and only with the configured order.
    QCOMPARE(shownRings(*dialog), (QStringList{u"pilot+"_s, u"(no ring)+"_s}));
    clickRing(*dialog, u"pilot"_s);
    QTest::keyClick(dialog->findChild<QTreeWidget *>(u"changeRingPlan"_s), Qt::Key_Space);
    QCOMPARE(shownRings(*dialog), (QStringList{u"pilot-"_s, u"(no ring)-"_s}));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"changeTitle"_s), u"Nowhere"_s);
    QSignalSpy saved(dialog, &ChangeRequestDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"changeSaveDraft"_s), Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog->isVisible());
    const QString problem = dialog->findChild<QLabel *>(u"changeProblem"_s)->text();
    QVERIFY2(problem.contains(u"No ring is ticked"_s) && problem.contains(u"Configured order"_s),
             qPrintable(problem));
    QVERIFY(WorkflowRepository((*m_db)->connection()).changeRequests().value().isEmpty());
    dialog->reject();
}

void TestChangeRolloutGui::reviewShowsHowThePilotWent()
{
    // The pilot gate lets half the ring fail; both pilot assets fail, so the run halts after the pilot.
    m_fixture->exec(u"INSERT INTO rings (name, position, min_success_percent) VALUES ('pilot', 1, 50), "
                    "('broad', 2, 100)"_s);
    const qint64 p1 = m_fixture->addAsset(u"p1"_s, u"pilot"_s, m_refusingPort);
    const qint64 p2 = m_fixture->addAsset(u"p2"_s, u"pilot"_s, m_refusingPort);
    const qint64 b1 = m_fixture->addAsset(u"b1"_s, u"broad"_s, m_refusingPort);
    const qint64 change = m_fixture->approvedChange({p1, p2, b1});
    const auto runId =
        RolloutRunRepository((*m_db)->connection(), u"ann"_s).create(change, false, {u"pilot"_s, u"broad"_s});
    QVERIFY(runId.ok());
    StagedRun run(m_db->config(), runId.value());
    QSignalSpy finished(&run, &StagedRun::finished);
    QVERIFY(run.start().ok());
    QVERIFY(finished.wait(120000));
    QVERIFY(run.endState() == RunState::Halted);

    MainWindow window(**m_db);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(3);
    auto *queue = window.findChild<QTableView *>(u"approvalsTable"_s);
    int row = -1;
    for (int r = 0; r < queue->model()->rowCount(); ++r) {
        if (queue->model()->index(r, ApprovalQueueModel::Id).data().toString() == u"CR-%1"_s.arg(change))
            row = r;
    }
    QVERIFY(row >= 0);
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {},
                      queue->visualRect(queue->model()->index(row, ApprovalQueueModel::Title)).center());
    auto *overview = window.findChild<QTextBrowser *>(u"changeReviewOverview"_s);
    const QString text = overview->toPlainText();
    QVERIFY2(text.contains(u"pilot → broad — every ring of its assets, in the configured order"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Run %1 — halted at a gate at stage 1 of 2 (pilot)"_s.arg(runId.value())),
             qPrintable(text));
    // Per ring: succeeded, failed, verification failed, in progress, the gate's verdict.
    const QString pilot = text.mid(text.indexOf(u"\npilot\n"_s), 200);
    QVERIFY2(pilot.startsWith(
                 u"\npilot\n0\n2\n0\n0\nhalt: 0% of the ring's assets succeeded, the gate needs 50%"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"\nbroad\n—\n—\n—\n—\nnot reached"_s), qPrintable(text));

    // An admin continues: the broad ring runs, and the panel follows when told the deployment moved on.
    StagedRun continued(m_db->config(), runId.value());
    QSignalSpy ended(&continued, &StagedRun::finished);
    QVERIFY(continued.start(true).ok());
    QVERIFY(ended.wait(120000));
    emit window.findChild<ChangeNotifier *>()->deploymentChanged(change);
    QTRY_VERIFY2(overview->toPlainText().contains(u"\nbroad\n0\n1\n0\n0\n"_s),
                 qPrintable(overview->toPlainText()));
    QVERIFY2(overview->toPlainText().contains(u"continued by an admin"_s),
             qPrintable(overview->toPlainText()));
}

QTEST_MAIN(TestChangeRolloutGui)
#include "tst_changerolloutgui.moc"
