#include "../support/RecordedScan.h"
#include "../support/TestDatabase.h"

#include "audit/AuditSeal.h"
#include "audit/AuditSigningKey.h"
#include "changes/ChangeNotifier.h"
#include "dialogs/AssetDialog.h"
#include "itemmodels/AssetTableModel.h"
#include "MainWindow.h"
#include "panes/AuditPane.h"
#include "panes/CompliancePane.h"
#include "panes/PatchesPane.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/PatchRepository.h"
#include "storage/ScanRepository.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>

#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// Drives the real MainWindow over a fresh database, offscreen, as an admin would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void visitsEveryPane();
    void localScanFillsAssetsPatchesComplianceAndAudit();
    void filterHidesRowsAndEmptyStatesSayWhatToDo();
    void remembersLastPaneAndColumnWidths();
    void editingOneAssetKeepsSelectionAndScrollAndResetsNoModel();
    void auditPaneVerifiesOffTheGuiThreadAndOnlyTheNewEvents();
    void auditPaneShowsACutTrailTheChainAloneCannot();

private:
    QTableView *table(MainWindow &window, const char *name);
    QString selectedName(QTableView *view);

    std::unique_ptr<TestDatabase> m_db;
};

void TestMainWindow::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    const auto registered = FirstStart::ensureThisMachine(**m_db);
    QVERIFY2(registered.ok(), qPrintable(registered.error().text()));
    QVERIFY(registered.value());
}

void TestMainWindow::cleanup()
{
    m_db.reset();
}

QTableView *TestMainWindow::table(MainWindow &window, const char *name)
{
    return window.findChild<QTableView *>(QString::fromLatin1(name));
}

QString TestMainWindow::selectedName(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.constFirst().data().toString() : QString();
}

void TestMainWindow::visitsEveryPane()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *panes = window.findChild<QStackedWidget *>(QStringLiteral("panes"));
    QVERIFY(navigation && panes);
    QCOMPARE(navigation->count(), 7);
    const QStringList titles{
        QStringLiteral("Assets"),    QStringLiteral("Patches"),     QStringLiteral("Vulnerabilities"),
        QStringLiteral("Approvals"), QStringLiteral("Deployments"), QStringLiteral("Compliance"),
        QStringLiteral("Audit")};
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(navigation->item(i)->text(), titles.at(i));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(i)).center());
        QCOMPARE(panes->currentIndex(), i);
        QVERIFY(panes->currentWidget()->isVisible());
    }
    auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(databaseLabel->text().contains(m_db->path()));
    QTRY_COMPARE(table(window, "assetsTable")->model()->rowCount(), 1); // read off the GUI thread
    QCOMPARE(table(window, "assetsTable")->model()->index(0, 0).data().toString(),
             FirstStart::thisMachineName());
}

void TestMainWindow::localScanFillsAssetsPatchesComplianceAndAudit()
{
    // This machine's pending count is whatever its package manager says (often 0 on a CI machine): beside it,
    // an asset with a recorded scan of two known pending patches, so every count below has a known, non-zero
    // part.
    const QStringList recordedPackages{QStringLiteral("pw-demo"), QStringLiteral("pw-kernel")};
    {
        Asset recorded;
        recorded.name = QStringLiteral("recorded1");
        recorded.transport = Transport::Ssh;
        recorded.address = QStringLiteral("192.0.2.10");
        const auto added = AssetRepository((*m_db)->connection(), QStringLiteral("ann")).add(recorded);
        QVERIFY(added.ok());
        const ScanRecord scanned = recordedScan(added.value(), recordedPackages);
        QVERIFY(ScanRepository((*m_db)->connection(), QStringLiteral("ann")).recordSuccess(scanned).ok());
    }
    // asset.added twice; the recorded scan's patch.detected for each patch and its scan.completed.
    const int auditBefore = 2 + 2 + 1;

    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *assets = table(window, "assetsTable");
    QTRY_COMPARE(assets->model()->rowCount(), 2); // read off the GUI thread
    const auto rowOf = [assets](const QString &name) {
        for (int row = 0; row < assets->model()->rowCount(); ++row) {
            if (assets->model()->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    };
    const QString thisMachine = FirstStart::thisMachineName();
    QVERIFY(rowOf(thisMachine) >= 0 && rowOf(QStringLiteral("recorded1")) >= 0);
    QCOMPARE(assets->model()->index(rowOf(thisMachine), AssetTableModel::OperatingSystem).data().toString(),
             QStringLiteral("not scanned yet"));
    QCOMPARE(
        assets->model()->index(rowOf(QStringLiteral("recorded1")), AssetTableModel::Pending).data().toInt(),
        2);
    // The other panes read their rows when first shown.
    QCOMPARE(table(window, "patchesTable")->model()->rowCount(), 0);
    window.showPane(1);
    QTRY_COMPARE(table(window, "patchesTable")->model()->rowCount(), 2);
    window.showPane(6);
    QTRY_COMPARE(table(window, "auditTable")->model()->rowCount(), auditBefore);
    window.showPane(0);

    // Scan this machine only (the recorded asset has no host to reach), as an admin would: select, scan.
    assets->selectRow(rowOf(thisMachine));
    auto *scanSelected = window.findChild<QAction *>(QStringLiteral("actionScanSelected"));
    QVERIFY(scanSelected);
    QVERIFY(scanSelected->isEnabled());
    scanSelected->trigger();
    auto *progress = window.findChild<QWidget *>(QStringLiteral("scanProgress"));
    QVERIFY(progress->isVisible()); // the window stays responsive while the engine scans
    // When it ends, the status bar says how it went until the next message.
    auto *summary = window.findChild<QLabel *>(QStringLiteral("scanSummary"));
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 120000);
    QVERIFY2(summary->text().startsWith(u"Scan finished: 1 ok, 0 failed"_s), qPrintable(summary->text()));

    // Facts from this machine, as the OS reports them.
    const int local = rowOf(thisMachine);
    const QString os = assets->model()->index(local, AssetTableModel::OperatingSystem).data().toString();
    QVERIFY2(!os.isEmpty() && os != QStringLiteral("not scanned yet"), qPrintable(os));
    QCOMPARE(assets->model()->index(local, AssetTableModel::LastScan).data().toString() ==
                 QStringLiteral("failed"),
             false);

    PatchRepository::Filter missing;
    missing.state = PatchState::Missing;
    missing.assetName = thisMachine;
    const auto stored = PatchRepository((*m_db)->connection()).list(missing);
    QVERIFY(stored.ok());
    const int localPending = int(stored.value().size());
    QTRY_COMPARE(table(window, "patchesTable")->model()->rowCount(), localPending + 2);
    QCOMPARE(assets->model()->index(local, AssetTableModel::Pending).data().toInt(), localPending);
    QCOMPARE(
        assets->model()->index(rowOf(QStringLiteral("recorded1")), AssetTableModel::Pending).data().toInt(),
        2);

    // The Compliance pane lists every asset in scope (computed off the GUI thread), each with its last scan.
    QTableView *compliance = table(window, "complianceTable");
    window.showPane(5);
    QTRY_COMPARE(compliance->model()->rowCount(), 2);
    int lastScan = 0;
    while (compliance->model()->headerData(lastScan, Qt::Horizontal).toString() !=
           QStringLiteral("Last scan"))
        ++lastScan;
    for (int row = 0; row < 2; ++row)
        QTRY_VERIFY(compliance->model()->index(row, lastScan).data().toString() != QStringLiteral("never"));

    QTableView *audit = table(window, "auditTable");
    // The local scan added one patch.detected per pending patch and its scan.completed.
    QTRY_COMPARE(audit->model()->rowCount(), auditBefore + localPending + 1);
    QCOMPARE(audit->model()->index(0, 3).data().toString(), QStringLiteral("scan.completed"));
    QTRY_VERIFY(
        window.findChild<QLabel *>(QStringLiteral("auditVerdict"))
            ->text()
            .contains(QStringLiteral("All %1 event(s) verified").arg(auditBefore + localPending + 1)));
}

void TestMainWindow::filterHidesRowsAndEmptyStatesSayWhatToDo()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("assetsFilter"));
    QTableView *assets = table(window, "assetsTable");
    QTRY_COMPARE(assets->model()->rowCount(), 1);
    QTest::keyClicks(filter, QStringLiteral("no-such-asset"));
    QCOMPARE(assets->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(assets->model()->rowCount(), 1);

    window.showPane(3); // Approvals
    auto *empty = window.findChild<QLabel *>(QStringLiteral("approvalsEmptyState"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("change request")));
    QVERIFY(!table(window, "approvalsTable")->isVisible());
}

void TestMainWindow::remembersLastPaneAndColumnWidths()
{
    {
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(5);
        table(window, "assetsTable")->setColumnWidth(0, 333);
        window.close();
    }
    MainWindow again(**m_db);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.currentPane(), 5);
    QCOMPARE(table(again, "assetsTable")->columnWidth(0), 333);
}

void TestMainWindow::editingOneAssetKeepsSelectionAndScrollAndResetsNoModel()
{
    QList<Asset> fleet;
    for (int i = 0; i < 80; ++i) {
        Asset asset;
        asset.name = QStringLiteral("host%1").arg(i, 2, 10, QLatin1Char('0'));
        asset.transport = Transport::Ssh;
        asset.address = asset.name + QStringLiteral(".example.org");
        fleet.append(asset);
    }
    QVERIFY(AssetRepository((*m_db)->connection(), (*m_db)->actor()).saveAll(fleet).ok());
    MainWindow window(**m_db);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The admin scrolls down to host60 and selects it.
    QTableView *assets = table(window, "assetsTable");
    QTRY_COMPARE(assets->model()->rowCount(), 81);
    int row = 0;
    while (assets->model()->index(row, 0).data().toString() != QStringLiteral("host60"))
        ++row;
    assets->selectRow(row);
    assets->scrollTo(assets->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scroll = assets->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    // The Compliance pane has listed the assets (its figures are computed off the GUI thread) once shown;
    // every pane is shown once, so that each has its rows.
    for (int pane = 6; pane >= 0; --pane)
        window.showPane(pane);
    QTRY_COMPARE(table(window, "complianceTable")->model()->rowCount(), 81);
    auto *compliancePane = window.findChild<CompliancePane *>();
    QTRY_VERIFY(!compliancePane->isComputing());
    QTRY_VERIFY(!window.findChild<PatchesPane *>()->isLoading());
    std::vector<std::unique_ptr<QSignalSpy>> resets;
    for (const char *name : {"assetsTable", "patchesTable", "approvalsTable", "deploymentsTable",
                             "complianceTable", "auditTable"})
        resets.push_back(
            std::make_unique<QSignalSpy>(table(window, name)->model(), &QAbstractItemModel::modelReset));
    QSignalSpy approvalsTouched(table(window, "approvalsTable")->model(), &QAbstractItemModel::dataChanged);
    const int auditRows = table(window, "auditTable")->model()->rowCount();

    // It edits that one asset (Edit asset…, port 2200, OK).
    window.findChild<QAction *>(QStringLiteral("actionEditAsset"))->trigger();
    auto *dialog = window.findChild<AssetDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("assetPort"))->setValue(2200);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("assetDialogOk")), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<AssetDialog *>());

    // Its row changed in place: same selection, same scroll position, no model reset anywhere.
    QTRY_COMPARE(assets->model()->index(row, AssetTableModel::Address).data().toString(),
                 QStringLiteral("host60.example.org:2200"));
    QCOMPARE(selectedName(assets), QStringLiteral("host60"));
    QCOMPARE(assets->verticalScrollBar()->value(), scroll);
    QTRY_COMPARE(table(window, "auditTable")->model()->rowCount(), auditRows + 1); // asset.updated, appended
    for (const auto &reset : resets)
        QCOMPARE(reset->count(), 0);
    QCOMPARE(approvalsTouched.count(), 0);
}

void TestMainWindow::auditPaneVerifiesOffTheGuiThreadAndOnlyTheNewEvents()
{
    MainWindow window(**m_db);
    auto *pane = window.findChild<AuditPane *>();
    auto *verdict = window.findChild<QLabel *>(QStringLiteral("auditVerdict"));
    QVERIFY(pane && verdict);
    QSignalSpy shown(pane, &AuditPane::verdictShown);
    window.showPane(6); // the pane reads (and starts verifying) when first shown
    // The window is up before the chain is verified: the verdict arrives from the worker.
    QVERIFY2(verdict->text().contains(QStringLiteral("Verifying")), qPrintable(verdict->text()));
    window.show();
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY2(verdict->text().contains(QStringLiteral("intact")), qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("All 1 event(s) verified")));

    // New events are appended and verified from the last verified one.
    AuditLog log((*m_db)->connection());
    QVERIFY(log.append((*m_db)->actor(), QStringLiteral("settings.changed"), QStringLiteral("a"), {}).ok());
    auto *changes = window.findChild<ChangeNotifier *>(QStringLiteral("changeNotifier"));
    QVERIFY(changes);
    emit changes->auditAppended();
    QCOMPARE(table(window, "auditTable")->model()->rowCount(), 2);
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY2(verdict->text().contains(QStringLiteral("All 2 event(s) verified")),
             qPrintable(verdict->text()));

    // An event altered after it was appended breaks the chain, and the incremental check says so.
    QVERIFY(log.append((*m_db)->actor(), QStringLiteral("settings.changed"), QStringLiteral("b"), {}).ok());
    QSqlQuery tamper((*m_db)->connection());
    QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
    QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_events SET subject = 'forged' WHERE id = 3")));
    emit changes->auditAppended();
    QTRY_COMPARE(shown.count(), 3);
    QVERIFY2(verdict->text().contains(QStringLiteral("broken at event 3")), qPrintable(verdict->text()));

    // "Verify chain" goes over the whole chain again, still off the GUI thread.
    window.findChild<QAction *>(QStringLiteral("actionVerifyAudit"))->trigger();
    QVERIFY(verdict->text().contains(QStringLiteral("Verifying")));
    QTRY_COMPARE(shown.count(), 4);
    QVERIFY(verdict->text().contains(QStringLiteral("broken at event 3")));
}

void TestMainWindow::auditPaneShowsACutTrailTheChainAloneCannot()
{
    AuditLog log((*m_db)->connection());
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            log.append((*m_db)->actor(), QStringLiteral("settings.changed"), QString::number(i), {}).ok());
    const auto key = AuditSigningKey::fromSeed(QByteArray(32, 'k'));
    QVERIFY(key.ok());
    const auto sealed =
        AuditSeal::seal(**m_db, key.value()); // covers event 5 (4 events and the key's registration)
    QVERIFY2(sealed.ok(), qPrintable(sealed ? QString() : sealed.error().text()));
    MainWindow window(**m_db);
    auto *pane = window.findChild<AuditPane *>();
    auto *verdict = window.findChild<QLabel *>(QStringLiteral("auditVerdict"));
    QSignalSpy shown(pane, &AuditPane::verdictShown);
    window.showPane(6);
    window.show();
    QTRY_COMPARE(shown.count(), 1);
    // The pane verifies from the newest signed checkpoint (event #5) on; nothing was appended since.
    QVERIFY2(verdict->text().contains(QStringLiteral("since signed checkpoint #1</b> (event #5)")),
             qPrintable(verdict->text()));

    QSqlQuery tamper((*m_db)->connection());
    QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
    QVERIFY(tamper.exec(QStringLiteral("DELETE FROM audit_events WHERE id >= 4")));
    window.findChild<QAction *>(QStringLiteral("actionVerifyAudit"))->trigger();
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY2(
        verdict->text().contains(QStringLiteral("hash chain holds, but its signed checkpoints do not")) &&
            verdict->text().contains(QStringLiteral("events after #3 are missing")),
        qPrintable(verdict->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
