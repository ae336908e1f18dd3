// A pane's reload works out its changes on a worker against the rows the model showed when it started
// (ListTableModel::ChangeCollector). When the rows changed on the GUI thread meanwhile, applyChanges()
// refuses those changes and the pane reads again (ListPane::reloadSoon): the table ends up as the database
// is, never as a mix of the two. Checked on the Assets and Patches panes, on NovemberFleet's history.
#include "../support/NovemberFleet.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "panes/AssetsPane.h"
#include "panes/PatchesPane.h"

#include <QAbstractProxyModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestReloadRefusedGui : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fleet = std::make_unique<NovemberFleet>(); }
    void cleanup() { m_fleet.reset(); }
    void assetsReadAgainWhenTheirRowsChangedMeanwhile();
    void patchesReadAgainWhenTheirRowsChangedMeanwhile();

private:
    QList<qint64> ids(const QString &sql) const;
    // The pane's table model behind its filter and sort.
    template<typename Model>
    static Model *sourceOf(QWidget &pane, const QString &table);
    template<typename Model>
    static QList<qint64> keysOf(const Model &model);

    std::unique_ptr<NovemberFleet> m_fleet;
};

QList<qint64> TestReloadRefusedGui::ids(const QString &sql) const
{
    QSqlQuery query(m_fleet->connection());
    if (!query.exec(sql))
        qFatal("%s failed", qPrintable(sql));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

template<typename Model>
Model *TestReloadRefusedGui::sourceOf(QWidget &pane, const QString &table)
{
    auto *view = pane.findChild<QTableView *>(table);
    if (!view)
        return nullptr;
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    return proxy ? qobject_cast<Model *>(proxy->sourceModel()) : nullptr;
}

template<typename Model>
QList<qint64> TestReloadRefusedGui::keysOf(const Model &model)
{
    QList<qint64> keys;
    for (const auto &record : model.records())
        keys.append(record.id);
    std::sort(keys.begin(), keys.end());
    return keys;
}

void TestReloadRefusedGui::assetsReadAgainWhenTheirRowsChangedMeanwhile()
{
    ChangeNotifier changes;
    AssetsPane pane(m_fleet->database(), changes);
    auto *model = sourceOf<AssetTableModel>(pane, u"assetsTable"_s);
    QVERIFY(model);
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
    QCOMPARE(keysOf(*model), ids(u"SELECT id FROM assets"_s)); // web1, db1, app1, new1

    // An asset is added; the reload's worker reads against the four rows shown...
    const qint64 late = m_fleet->asset(u"late1"_s, u"prod"_s, u"low"_s, u"apt"_s);
    QSignalSpy loaded(&pane, &AssetsPane::loaded);
    pane.reload();
    // ... while the rows change here before its changes land (the GUI thread runs no event in between).
    QList<Asset> fewer = model->records();
    const qint64 dropped = fewer.takeLast().id;
    model->updateRecords(fewer);
    QCOMPARE(model->rowCount(), 3);

    // The changes are refused (they were made against four rows, the model has three): read again.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
    const QList<qint64> shown = keysOf(*model);
    QCOMPARE(shown, ids(u"SELECT id FROM assets"_s));
    QVERIFY(shown.contains(late));
    QVERIFY(shown.contains(dropped));
    QCOMPARE(shown.size(), 5);
}

void TestReloadRefusedGui::patchesReadAgainWhenTheirRowsChangedMeanwhile()
{
    ChangeNotifier changes;
    PatchesPane pane(m_fleet->database(), changes);
    auto *model = sourceOf<PatchTableModel>(pane, u"patchesTable"_s);
    QVERIFY(model);
    const QString missing = u"SELECT id FROM asset_patches WHERE state = 'missing'"_s;
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
    QCOMPARE(keysOf(*model), ids(missing)); // P5 glibc on db1, P6 sudo on app1

    // One more pending patch (on web1); the reload reads against the two rows shown...
    m_fleet->exec(u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                  "available_version, classification, severity, cves, state, detected_at) VALUES (%1, "
                  "'openssh-server', 'amd64', '1', '2', 'security', 'important', '', 'missing', "
                  "'2026-12-01T00:00:00.000Z')"_s.arg(m_fleet->web1));
    QSignalSpy loaded(&pane, &PatchesPane::loaded);
    pane.reload();
    // ... while the rows change here first.
    QList<AssetPatch> fewer = model->records();
    const qint64 dropped = fewer.takeFirst().id;
    model->updateRecords(fewer);
    QCOMPARE(model->rowCount(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
    const QList<qint64> shown = keysOf(*model);
    QCOMPARE(shown, ids(missing));
    QVERIFY(shown.contains(dropped));
    QCOMPARE(shown.size(), 3);
}

QTEST_MAIN(TestReloadRefusedGui)
#include "tst_reloadrefusedgui.moc"
