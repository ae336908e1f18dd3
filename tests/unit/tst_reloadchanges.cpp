// A reload worked out as changes while its records are read (ListTableModel::ChangeCollector) and applied
// with applyChanges(): the model ends as updateRecords() with the whole list leaves it, announcing only the
// rows that change, and refuses changes made against rows it no longer shows.
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/RowSearchText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReloadChanges : public QObject
{
    Q_OBJECT

private slots:
    void endsAsTheWholeListWouldLeaveIt();
    void nothingChangedAnnouncesNothing();
    void refusesChangesMadeAgainstOtherRows();
    void aKeyReadTwiceIsRefused();
};

namespace {

AssetPatch patch(qint64 id, const QString &asset, double score)
{
    AssetPatch row;
    row.id = id;
    row.assetId = id % 11;
    row.assetName = asset;
    row.patch.package = u"pkg%1"_s.arg(id % 17);
    row.patch.installedVersion = u"1.0"_s;
    row.patch.availableVersion = u"1.1"_s;
    row.priority.computed = true;
    row.priority.score = score;
    return row;
}

QList<AssetPatch> fleet(int count)
{
    QList<AssetPatch> rows;
    for (int i = 0; i < count; ++i)
        rows.append(patch(100 + i, u"web%1"_s.arg(i % 9), double((i * 37) % 100)));
    return rows;
}

// The changes of reading `after` against the model's rows, as the Patches pane's worker collects them.
PatchTableModel::Changes collect(const PatchTableModel &model, const QList<AssetPatch> &after)
{
    const PatchTableModel worker;
    PatchTableModel::ChangeCollector collector(worker, model.records());
    for (const AssetPatch &row : after)
        collector.take(row);
    return collector.finish();
}

QList<qint64> keys(const PatchTableModel &model)
{
    QList<qint64> list;
    for (const AssetPatch &row : model.records())
        list.append(row.id);
    return list;
}

} // namespace

void TestReloadChanges::endsAsTheWholeListWouldLeaveIt()
{
    const QList<AssetPatch> before = fleet(60);
    QList<AssetPatch> after;
    for (int i = 0; i < int(before.size()); ++i) {
        AssetPatch row = before.at(i);
        if (i % 10 == 3 || i == 59)
            continue; // gone, the last row among them
        if (i % 7 == 1)
            row.priority.score += 1; // changed
        after.append(row);
    }
    after.insert(5, patch(900, u"new1"_s, 50));
    after.append(patch(901, u"new2"_s, 99));

    PatchTableModel model;
    PatchTableModel reference;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.updateRecords(before, PatchTableModel::searchTexts(before));
    reference.updateRecords(before);
    const QPersistentModelIndex kept = model.index(2, PatchTableModel::Asset); // row 2: unchanged
    const qint64 keptKey = before.at(2).id;

    PatchTableModel::Changes changes = collect(model, after);
    QVERIFY(changes.valid);
    QCOMPARE(changes.changedRows, (QList<int>{1, 8, 15, 22, 29, 36, 50, 57}));
    QCOMPARE(changes.goneRows, (QList<int>{3, 13, 23, 33, 43, 53, 59}));
    QCOMPARE(changes.added.size(), 2);
    QCOMPARE(changes.added.at(0).id, qint64(900)); // in read order
    const PatchTableModel::SortRanks ranks = PatchTableModel().ranksAfter(changes, PatchTableModel::Score);
    const QList<QByteArray> changedTexts = PatchTableModel::searchTexts(changes.changed);
    const QList<QByteArray> addedTexts = PatchTableModel::searchTexts(changes.added);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.applyChanges(std::move(changes), changedTexts, addedTexts, ranks));
    reference.updateRecords(after);

    // The same rows in the same order as the whole list leaves them, and each row's text its own.
    QCOMPARE(keys(model), keys(reference));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data(), reference.index(row, column).data());
        QCOMPARE(model.index(row, 0).data(TableRoles::SearchTextRole).toByteArray(),
                 RowSearchText::build(reference, row));
    }
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 8); // one per changed row (not adjacent)
    QCOMPARE(removed.count(), 7);
    QCOMPARE(inserted.count(), 1); // the new rows at the end, at once
    QVERIFY(kept.isValid());
    QCOMPARE(model.recordAt(kept.row()).id, keptKey);
    // The ranks made on the worker are those of the rows as they end.
    QList<QVariant> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, PatchTableModel::Score).data(TableRoles::SortRole));
    QCOMPARE(ranks.column, int(PatchTableModel::Score));
    QCOMPARE(ranks.ranks, ColumnRanks::of(values));
}

void TestReloadChanges::nothingChangedAnnouncesNothing()
{
    const QList<AssetPatch> rows = fleet(30);
    PatchTableModel model;
    model.updateRecords(rows);
    const void *data = model.records().constData();
    PatchTableModel::Changes changes = collect(model, rows);
    QVERIFY(changes.changedRows.isEmpty() && changes.goneRows.isEmpty() && changes.added.isEmpty());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.applyChanges(std::move(changes)));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.records().constData(), data); // not copied: the changes let go of the shared rows first
}

void TestReloadChanges::refusesChangesMadeAgainstOtherRows()
{
    const QList<AssetPatch> rows = fleet(30);
    PatchTableModel model;
    model.updateRecords(rows);
    QList<AssetPatch> after = rows;
    after[4].assetName = u"renamed"_s;
    PatchTableModel::Changes changes = collect(model, after);
    // Meanwhile a row of the model changes here (its reasons arrive): the changes name rows of before.
    AssetPatch explained = rows.at(7);
    explained.priority.reasons = {u"why"_s};
    model.replaceRecord(7, explained);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.applyChanges(std::move(changes)));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.recordAt(4).assetName, rows.at(4).assetName);
}

void TestReloadChanges::aKeyReadTwiceIsRefused()
{
    const QList<AssetPatch> rows = fleet(10);
    PatchTableModel model;
    model.updateRecords(rows);
    QList<AssetPatch> after = rows;
    after.append(rows.at(3)); // a key read again
    PatchTableModel::Changes changes = collect(model, after);
    QVERIFY(!changes.valid);
    QVERIFY(!model.applyChanges(std::move(changes)));
    QList<AssetPatch> twiceNew = rows;
    twiceNew.append(patch(500, u"a"_s, 1));
    twiceNew.append(patch(500, u"b"_s, 2));
    QVERIFY(!collect(model, twiceNew).valid);
}

QTEST_GUILESS_MAIN(TestReloadChanges)
#include "tst_reloadchanges.moc"
