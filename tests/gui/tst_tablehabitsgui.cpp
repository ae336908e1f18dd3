// Issue 14's table habits in the real window: every table's context menu (Copy, Export selection…, then the
// pane's actions, enabled as they apply, with the reason as the tooltip when not), the selected rows exported
// through File ▸ Export…'s dialog and read back, the filter's "no matches" state and "N of M shown" count,
// and New change request… from a multi-selection in Patches, pre-filled with exactly those patches.
#include "../support/RecordedScan.h"
#include "../support/TestDatabase.h"

#include "dialogs/ChangePatchChooser.h"
#include "dialogs/ChangeRequestDialog.h"
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/PatchesPane.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ScanRepository.h"
#include "storage/UserRepository.h"
#include "widgets/TablePane.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCursor>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

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

class TestTableHabitsGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assetsMenuListsItsActionsEnabledAsTheyApply();
    void assetsMenuSaysWhyARoleMayNotAct();
    void rightClickAndMenuKeyOpenTheMenu();
    void exportSelectionWritesOnlyTheSelectedRows();
    void filterShowsNoMatchesAndTheCount();
    void patchesMultiSelectionStartsAChangeRequestWithThosePatches();
    void showAssetGoesToTheAssetOfTheSelectedPatches();

private:
    qint64 addAsset(const QString &name, const QStringList &pending);
    static TablePane *pane(MainWindow &window, const QString &name);
    static void selectRows(QTableView *table, const QList<int> &rows);
    // The table's menu as a right click on `row` opens it: the objectName of each action ("|" a separator).
    static QStringList menuEntries(QMenu *menu);
    static QAction *entry(QMenu *menu, const QString &objectName);
    std::unique_ptr<QMenu> menuOn(MainWindow &window, const QString &name, int row);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestTableHabitsGui::init()
{
    QSettings().clear();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_db = std::make_unique<TestDatabase>(); // no users listed: everyone is admin
    addAsset(u"web01"_s, {u"openssl"_s, u"nginx"_s});
    addAsset(u"web02"_s, {u"openssl"_s});
    addAsset(u"db01"_s, {u"postgresql-15"_s, u"openssl"_s});
    addAsset(u"app01"_s, {});
}

void TestTableHabitsGui::cleanup()
{
    m_db.reset();
    m_files.reset();
}

qint64 TestTableHabitsGui::addAsset(const QString &name, const QStringList &pending)
{
    Asset asset;
    asset.name = name;
    asset.transport = Transport::Ssh;
    asset.address = name + u".example.org"_s;
    asset.port = 22;
    asset.user = u"patch"_s;
    const auto added = AssetRepository((*m_db)->connection(), (*m_db)->actor()).add(asset);
    if (!added)
        qFatal("cannot add %s: %s", qPrintable(name), qPrintable(added.error().text()));
    if (!pending.isEmpty() && !ScanRepository((*m_db)->connection(), (*m_db)->actor())
                                   .recordSuccess(recordedScan(added.value(), pending)))
        qFatal("cannot record a scan of %s", qPrintable(name));
    return added.value();
}

TablePane *TestTableHabitsGui::pane(MainWindow &window, const QString &name)
{
    return window.findChild<TablePane *>(name + u"Pane"_s);
}

void TestTableHabitsGui::selectRows(QTableView *table, const QList<int> &rows)
{
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QStringList TestTableHabitsGui::menuEntries(QMenu *menu)
{
    QStringList entries;
    for (const QAction *action : menu->actions())
        entries << (action->isSeparator() ? u"|"_s : action->objectName());
    return entries;
}

QAction *TestTableHabitsGui::entry(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

std::unique_ptr<QMenu> TestTableHabitsGui::menuOn(MainWindow &window, const QString &name, int row)
{
    TablePane *table = pane(window, name);
    const QPoint onRow = table->table()->visualRect(table->table()->model()->index(row, 0)).center();
    return std::unique_ptr<QMenu>(table->contextMenuFor(onRow));
}

void TestTableHabitsGui::assetsMenuListsItsActionsEnabledAsTheyApply()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(0);
    waitForRows(window);
    TablePane *assets = pane(window, u"assets"_s);
    QTableView *view = assets->table();
    QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
    QTRY_COMPARE(view->model()->rowCount(), 4);

    // A right click on a row that is not selected selects it, and the menu acts on it.
    view->clearSelection();
    auto menu = menuOn(window, u"assets"_s, 2);
    QCOMPARE(assets->selectedShownRows(), QList<int>{2});
    QCOMPARE(
        menuEntries(menu.get()),
        (QStringList{u"copyRows"_s, u"exportSelection"_s, u"|"_s, u"actionScanSelected"_s,
                     u"actionEditAsset"_s, u"actionRemoveAsset"_s, u"|"_s, u"actionNewChangeForAssets"_s}));
    QVERIFY(menu->toolTipsVisible()); // disabled entries say why
    for (const QAction *action : menu->actions())
        QVERIFY2(action->isSeparator() || action->isEnabled(), qPrintable(action->objectName()));

    // Two assets: Edit and Remove act on one, and say so; Scan and New change request take both.
    selectRows(view, {0, 1});
    menu = menuOn(window, u"assets"_s, 1);
    QCOMPARE(assets->selectedShownRows(), (QList<int>{0, 1})); // a selected row keeps the selection
    QVERIFY(entry(menu.get(), u"actionScanSelected"_s)->isEnabled());
    QVERIFY(entry(menu.get(), u"actionNewChangeForAssets"_s)->isEnabled());
    for (const QString &name : {u"actionEditAsset"_s, u"actionRemoveAsset"_s}) {
        QAction *action = entry(menu.get(), name);
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(), u"Acts on one asset; 2 are selected."_s);
    }

    // Nothing selected (a click below the rows): nothing applies, and Copy says what to do.
    view->clearSelection();
    menu.reset(assets->contextMenuFor(QPoint(5, view->viewport()->height() - 2)));
    QVERIFY(!entry(menu.get(), u"copyRows"_s)->isEnabled());
    QCOMPARE(entry(menu.get(), u"copyRows"_s)->toolTip(), u"Select one or more rows first."_s);
    QVERIFY(!entry(menu.get(), u"exportSelection"_s)->isEnabled());
    QVERIFY(!entry(menu.get(), u"actionScanSelected"_s)->isEnabled());
    QVERIFY(!entry(menu.get(), u"actionNewChangeForAssets"_s)->isEnabled());
    QCOMPARE(entry(menu.get(), u"actionNewChangeForAssets"_s)->toolTip(),
             u"Select one or more assets first."_s);

    // New change request for these assets: every missing patch on them.
    selectRows(view, {});
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name = view->model()->index(row, AssetTableModel::Name).data().toString();
        if (name == u"web01"_s || name == u"db01"_s)
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    menu = menuOn(window, u"assets"_s, assets->selectedShownRows().constFirst());
    entry(menu.get(), u"actionNewChangeForAssets"_s)->trigger();
    auto *dialog = window.findChild<ChangeRequestDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(u"changeAllOnAssets"_s)->isChecked());
    QStringList chosen;
    for (const ChangeTargetRow &row : dialog->findChild<ChangePatchChooser *>()->rows())
        chosen << row.target.assetName + u":"_s + row.target.package;
    chosen.sort();
    QCOMPARE(chosen,
             (QStringList{u"db01:openssl"_s, u"db01:postgresql-15"_s, u"web01:nginx"_s, u"web01:openssl"_s}));
    dialog->reject();
}

void TestTableHabitsGui::assetsMenuSaysWhyARoleMayNotAct()
{
    QVERIFY(UserRepository((*m_db)->connection(), (*m_db)->actor()).add(u"audrey"_s, Role::Auditor).ok());
    (*m_db)->setActor(u"audrey"_s);
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(0);
    waitForRows(window);
    auto menu = menuOn(window, u"assets"_s, 0);
    // Copy and export are for everyone; the fleet's and the board's actions are not, and say why.
    QVERIFY(entry(menu.get(), u"copyRows"_s)->isEnabled());
    QVERIFY(entry(menu.get(), u"exportSelection"_s)->isEnabled());
    for (const QString &name : {u"actionScanSelected"_s, u"actionEditAsset"_s, u"actionRemoveAsset"_s,
                                u"actionNewChangeForAssets"_s}) {
        QAction *action = entry(menu.get(), name);
        QVERIFY2(!action->isEnabled(), qPrintable(name));
        QVERIFY2(action->toolTip().contains(u"audrey"_s) || action->toolTip().contains(u"auditor"_s),
                 qPrintable(name + u": "_s + action->toolTip()));
    }
}

// The table's own request (a right click, the Menu key) pops the menu up: a right click on another row
// selects that row; the Menu key (the pointer elsewhere) keeps the selection and opens at the current row.
void TestTableHabitsGui::rightClickAndMenuKeyOpenTheMenu()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(0);
    waitForRows(window);
    TablePane *assets = pane(window, u"assets"_s);
    QTableView *view = assets->table();
    selectRows(view, {0, 1});
    view->selectionModel()->setCurrentIndex(view->model()->index(1, 0), QItemSelectionModel::NoUpdate);

    const QPoint onRow3 = view->visualRect(view->model()->index(3, 0)).center();
    QCursor::setPos(view->viewport()->mapToGlobal(onRow3));
    emit view->customContextMenuRequested(onRow3);
    auto *menu = view->findChild<QMenu *>(u"assetsTableMenu"_s);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(assets->selectedShownRows(), QList<int>{3});
    menu->close();
    QTRY_VERIFY(!view->findChild<QMenu *>(u"assetsTableMenu"_s)); // deleted on close

    selectRows(view, {0, 1});
    view->selectionModel()->setCurrentIndex(view->model()->index(1, 0), QItemSelectionModel::NoUpdate);
    QCursor::setPos(view->viewport()->mapToGlobal(QPoint(-200, -200)));
    emit view->customContextMenuRequested(QPoint(5, 5)); // where a Menu key request lands: row 0
    menu = view->findChild<QMenu *>(u"assetsTableMenu"_s);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(assets->selectedShownRows(), (QList<int>{0, 1}));
    menu->close();
}

void TestTableHabitsGui::exportSelectionWritesOnlyTheSelectedRows()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(0);
    waitForRows(window);
    QTableView *view = pane(window, u"assets"_s)->table();
    view->sortByColumn(AssetTableModel::Name, Qt::AscendingOrder); // app01, db01, web01, web02
    selectRows(view, {3, 1});
    auto menu = menuOn(window, u"assets"_s, 1);
    QAction *exportSelection = entry(menu.get(), u"exportSelection"_s);
    QVERIFY(exportSelection->isEnabled());
    exportSelection->trigger();

    auto *files = window.findChild<QFileDialog *>(u"exportPaneDialog"_s);
    QVERIFY(files);
    QVERIFY(files->windowTitle().contains(u"selected"_s));
    const QString path = m_files->filePath(u"two-assets.csv"_s);
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept();
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"paneExportResult"_s));
    QVERIFY(window.findChild<QMessageBox *>(u"paneExportResult"_s)->text().startsWith(u"2 row"_s));

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the header and the two selected assets, in the view's order
    QVERIFY(lines.at(0).startsWith("name,"));
    QVERIFY2(lines.at(1).startsWith("db01,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("web02,"), lines.at(2).constData());

    const AuditEvent recorded = AuditLog((*m_db)->connection()).list(1).value().constFirst();
    QCOMPARE(recorded.action, u"report.exported"_s);
    QVERIFY2(recorded.details.contains(u"pane assets, csv, 2 selected row(s)"_s),
             qPrintable(recorded.details));
}

void TestTableHabitsGui::filterShowsNoMatchesAndTheCount()
{
    MainWindow window(**m_db);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(0);
    waitForRows(window);
    TablePane *assets = pane(window, u"assets"_s);
    auto *filter = window.findChild<QLineEdit *>(u"assetsFilter"_s);
    auto *count = window.findChild<QLabel *>(u"assetsCount"_s);
    auto *noMatches = window.findChild<QLabel *>(u"assetsNoMatches"_s);
    QVERIFY(filter && count && noMatches);
    QVERIFY(count->text().startsWith(u"4 row"_s));
    QVERIFY(assets->table()->isVisible());

    // Typed, key by key: the count follows every key.
    QTest::keyClicks(filter, u"we"_s);
    QCOMPARE(count->text(), u"2 of 4 shown"_s);
    QTest::keyClicks(filter, u"b02"_s);
    QCOMPARE(count->text(), u"1 of 4 shown"_s);
    QVERIFY(!noMatches->isVisible());
    QTest::keyClicks(filter, u"x"_s);
    QCOMPARE(count->text(), u"0 of 4 shown"_s);
    // Not the pane's empty state (which says to add assets): the filter's own, with a way out.
    QVERIFY(noMatches->isVisible());
    QVERIFY(!assets->table()->isVisible());
    QVERIFY(!window.findChild<QLabel *>(u"assetsEmptyState"_s)->isVisible());
    QVERIFY2(noMatches->text().contains(u"No rows match \u201cweb02x\u201d"_s),
             qPrintable(noMatches->text()));

    // Rows that arrive while filtering: counted, and shown when they match.
    addAsset(u"web02x"_s, {});
    window.reloadAll();
    waitForRows(window);
    QCOMPARE(count->text(), u"1 of 5 shown"_s);
    QVERIFY(assets->table()->isVisible());
    QVERIFY(!noMatches->isVisible());
    QTest::keyClicks(filter, u"y"_s);
    QVERIFY(noMatches->isVisible());

    // Clear filter: every row again.
    auto *clear = window.findChild<QPushButton *>(u"assetsClearFilter"_s);
    QVERIFY(clear && clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(filter->text().isEmpty());
    QVERIFY(count->text().startsWith(u"5 row"_s));
    QVERIFY(assets->table()->isVisible());
    QTRY_COMPARE(assets->table()->model()->rowCount(), 5);
}

void TestTableHabitsGui::patchesMultiSelectionStartsAChangeRequestWithThosePatches()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(1);
    waitForRows(window);
    TablePane *patches = pane(window, u"patches"_s);
    QTableView *view = patches->table();
    QTRY_COMPARE(view->model()->rowCount(), 5);
    view->sortByColumn(PatchTableModel::Package, Qt::AscendingOrder);

    // Three patches on two assets.
    QList<int> rows;
    QSet<qint64> expected;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString package = view->model()->index(row, PatchTableModel::Package).data().toString();
        if (package == u"openssl"_s) {
            rows << row;
        }
    }
    QCOMPARE(rows.size(), 3);
    selectRows(view, rows);
    for (int sourceRow : patches->selectedSourceRows())
        expected.insert(static_cast<const PatchTableModel *>(
                            static_cast<const QAbstractProxyModel *>(view->model())->sourceModel())
                            ->recordAt(sourceRow)
                            .id);
    QCOMPARE(expected.size(), 3);

    auto menu = menuOn(window, u"patches"_s, rows.constFirst());
    QCOMPARE(menuEntries(menu.get()),
             (QStringList{u"copyRows"_s, u"exportSelection"_s, u"|"_s, u"actionNewChangeRequest"_s, u"|"_s,
                          u"actionShowPatchAsset"_s}));
    QAction *newChange = entry(menu.get(), u"actionNewChangeRequest"_s);
    QVERIFY(newChange->isEnabled());
    // Show asset needs the patches of one asset.
    QAction *showAsset = entry(menu.get(), u"actionShowPatchAsset"_s);
    QVERIFY(!showAsset->isEnabled());
    QVERIFY2(showAsset->toolTip().contains(u"3 assets"_s), qPrintable(showAsset->toolTip()));

    newChange->trigger();
    auto *dialog = window.findChild<ChangeRequestDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(u"changeFromSelection"_s)->isChecked());
    const QList<qint64> ids = dialog->findChild<ChangePatchChooser *>()->patchIds();
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
    QCOMPARE(ids.size(), 3);
    dialog->reject();
}

void TestTableHabitsGui::showAssetGoesToTheAssetOfTheSelectedPatches()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The Assets pane filtered so that db01 is hidden: Show asset still finds it.
    window.showPane(0);
    waitForRows(window);
    pane(window, u"assets"_s)->setFilterText(u"web"_s);
    window.showPane(1);
    waitForRows(window);
    QTableView *view = pane(window, u"patches"_s)->table();
    QList<int> rows;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, PatchTableModel::Asset).data().toString() == u"db01"_s)
            rows << row;
    }
    QCOMPARE(rows.size(), 2);
    selectRows(view, rows);
    auto menu = menuOn(window, u"patches"_s, rows.constLast());
    QAction *showAsset = entry(menu.get(), u"actionShowPatchAsset"_s);
    QVERIFY(showAsset->isEnabled());
    QCOMPARE(showAsset->toolTip(), u"Show db01 in the Assets pane"_s);
    showAsset->trigger();
    QCOMPARE(window.currentPane(), 0);
    TablePane *assets = pane(window, u"assets"_s);
    QCOMPARE(assets->filterText(), QString());
    const QList<int> selected = assets->selectedShownRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(assets->table()->model()->index(selected.constFirst(), AssetTableModel::Name).data().toString(),
             u"db01"_s);
}

QTEST_MAIN(TestTableHabitsGui)
#include "tst_tablehabitsgui.moc"
