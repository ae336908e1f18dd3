// The Assets pane's first load at fleet scale (issue 15): the first page of assets (by name, what the view
// shows at the top) is shown while the rest is read; the pane stays loading, saying "Loading…", until every
// row is in; the rest then lands in place (no reset: the page's rows and the selection stay), in the view's
// order, and the table's filter works on every row.
#include "../support/TestDatabase.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/AssetTableModel.h"
#include "panes/AssetsPane.h"
#include "storage/AssetRepository.h"
#include "widgets/TablePane.h"

#include <QAbstractProxyModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

class TestAssetsFirstPageGui : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFirstPageThenEveryAssetInPlace();
    void smallFleetIsReadWhole();
};

namespace {

QString nameOf(int i)
{
    return u"host-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

// Adds `count` assets, in an order other than their names'.
void addAssets(Database &database, int count)
{
    QList<Asset> assets;
    for (int i = 0; i < count; ++i) {
        Asset asset;
        asset.name = nameOf((i * 7919) % count);
        assets.append(asset);
    }
    const Status saved = AssetRepository(database.connection(), database.actor()).saveAll(assets);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().text()));
}

QStringList shownNames(const QTableView *view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names.append(view->model()->index(row, AssetTableModel::Name).data().toString());
    return names;
}

} // namespace

void TestAssetsFirstPageGui::showsTheFirstPageThenEveryAssetInPlace()
{
    constexpr int fleet = 650; // more than the first page (500)
    TestDatabase db;
    addAssets(*db, fleet);
    ChangeNotifier changes;
    AssetsPane pane(*db, changes);
    auto *view = pane.findChild<QTableView *>(u"assetsTable"_s);
    auto *subtitle = pane.findChild<QLabel *>(u"assetsSubtitle"_s);
    QVERIFY(view && subtitle);
    const auto *source = qobject_cast<const QAbstractProxyModel *>(view->model())->sourceModel();
    // Each insertion: its rows, whether the pane was still loading, what the subtitle said.
    QList<std::tuple<int, int, bool, QString>> inserted;
    connect(source, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        inserted.append({first, last, pane.isLoading(), subtitle->text()});
    });
    QSignalSpy reset(source, &QAbstractItemModel::modelReset);
    pane.show();
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);

    QCOMPARE(inserted.size(), 2);
    QCOMPARE(std::get<0>(inserted.at(0)), 0);
    QCOMPARE(std::get<1>(inserted.at(0)), 499);
    QVERIFY(std::get<2>(inserted.at(0)));
    QCOMPARE(std::get<0>(inserted.at(1)), 500);
    QCOMPARE(std::get<1>(inserted.at(1)), fleet - 1);
    QVERIFY(std::get<2>(inserted.at(1)));                 // loading until every row is in
    QCOMPARE(std::get<3>(inserted.at(1)), u"Loading…"_s); // shown while the rest was read
    QCOMPARE(reset.count(), 0);

    // Every asset, in the view's order (by name), the first one selected since the first page.
    QStringList expected;
    for (int i = 0; i < fleet; ++i)
        expected.append(nameOf(i));
    QCOMPARE(shownNames(view), expected);
    const QModelIndexList selected = view->selectionModel()->selectedRows(AssetTableModel::Name);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data().toString(), nameOf(0));
    QVERIFY(subtitle->text().contains(u"650"_s));

    // Sorting and filtering work on every row.
    view->sortByColumn(AssetTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, AssetTableModel::Name).data().toString(), nameOf(fleet - 1));
    pane.findChild<TablePane *>()->setFilterText(u"host-06"_s);
    QCOMPARE(view->model()->rowCount(), 50);

    // A reload replaces the rows in place: no insertion, no reset.
    inserted.clear();
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
    QVERIFY(inserted.isEmpty());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(source->rowCount(), fleet);
}

void TestAssetsFirstPageGui::smallFleetIsReadWhole()
{
    TestDatabase db;
    addAssets(*db, 30);
    ChangeNotifier changes;
    AssetsPane pane(*db, changes);
    auto *view = pane.findChild<QTableView *>(u"assetsTable"_s);
    const auto *source = qobject_cast<const QAbstractProxyModel *>(view->model())->sourceModel();
    QSignalSpy inserted(source, &QAbstractItemModel::rowsInserted);
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(view->model()->rowCount(), 30);
}

QTEST_MAIN(TestAssetsFirstPageGui)
#include "tst_assetsfirstpagegui.moc"
