#include "../support/TestDatabase.h"

#include "MainWindow.h"
#include "setup/FirstStart.h"
#include "storage/PatchRepository.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

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

private:
    QTableView *table(MainWindow &window, const char *name);

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

void TestMainWindow::visitsEveryPane()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *panes = window.findChild<QStackedWidget *>(QStringLiteral("panes"));
    QVERIFY(navigation && panes);
    QCOMPARE(navigation->count(), 6);
    const QStringList titles{QStringLiteral("Assets"),     QStringLiteral("Patches"),
                             QStringLiteral("Approvals"),  QStringLiteral("Deployments"),
                             QStringLiteral("Compliance"), QStringLiteral("Audit")};
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(navigation->item(i)->text(), titles.at(i));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(i)).center());
        QCOMPARE(panes->currentIndex(), i);
        QVERIFY(panes->currentWidget()->isVisible());
    }
    auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(databaseLabel->text().contains(m_db->path()));
    QCOMPARE(table(window, "assetsTable")->model()->rowCount(), 1);
    QCOMPARE(table(window, "assetsTable")->model()->index(0, 0).data().toString(),
             FirstStart::thisMachineName());
}

void TestMainWindow::localScanFillsAssetsPatchesComplianceAndAudit()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *assets = table(window, "assetsTable");
    QCOMPARE(assets->model()->index(0, 2).data().toString(), QStringLiteral("not scanned yet"));
    QCOMPARE(table(window, "auditTable")->model()->rowCount(), 1); // asset.added

    auto *scanAll = window.findChild<QAction *>(QStringLiteral("actionScanAll"));
    QVERIFY(scanAll);
    scanAll->trigger();
    auto *progress = window.findChild<QWidget *>(QStringLiteral("scanProgress"));
    QVERIFY(progress->isVisible()); // the window stays responsive while the engine scans
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 120000);

    // Facts from this machine, as the OS reports them.
    const QString os = assets->model()->index(0, 2).data().toString();
    QVERIFY2(!os.isEmpty() && os != QStringLiteral("not scanned yet"), qPrintable(os));
    QCOMPARE(assets->model()->index(0, 9).data().toString() == QStringLiteral("failed"), false);

    PatchRepository::Filter missing;
    missing.state = QStringLiteral("missing");
    const auto stored = PatchRepository((*m_db)->connection()).list(missing);
    QVERIFY(stored.ok());
    QCOMPARE(table(window, "patchesTable")->model()->rowCount(), int(stored.value().size()));
    QCOMPARE(assets->model()->index(0, 6).data().toInt(), int(stored.value().size()));

    QTableView *compliance = table(window, "complianceTable");
    QCOMPARE(compliance->model()->rowCount(), 1);
    QVERIFY(compliance->model()->index(0, 2).data().toString() != QStringLiteral("not scanned"));

    QTableView *audit = table(window, "auditTable");
    // asset.added, one patch.detected per pending patch, scan.completed.
    QCOMPARE(audit->model()->rowCount(), int(stored.value().size()) + 2);
    QCOMPARE(audit->model()->index(0, 3).data().toString(), QStringLiteral("scan.completed"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("auditVerdict"))
                ->text()
                .contains(QStringLiteral("intact")));
}

void TestMainWindow::filterHidesRowsAndEmptyStatesSayWhatToDo()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("assetsFilter"));
    QTableView *assets = table(window, "assetsTable");
    QTest::keyClicks(filter, QStringLiteral("no-such-asset"));
    QCOMPARE(assets->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(assets->model()->rowCount(), 1);

    window.showPane(2);
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
        window.showPane(4);
        table(window, "assetsTable")->setColumnWidth(0, 333);
        window.close();
    }
    MainWindow again(**m_db);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.currentPane(), 4);
    QCOMPARE(table(again, "assetsTable")->columnWidth(0), 333);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
