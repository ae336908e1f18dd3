// TableFilterProxy fed from workers as the panes feed it: search texts and sort ranks built on another thread
// give the rows and the order the proxy's own give, a reload compared on a worker changes what a same-row
// comparison would (selection kept), the first page then the rest arrive as one load, and narrowing
// keystrokes show what a full filter shows. The reference proxy and the rows are in
// tests/support/PatchRows.h.
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/RowSearchText.h"
#include "itemmodels/TableFilterProxy.h"

#include "../support/PatchRows.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PatchRows;

namespace {

// PatchTableModel::searchTexts() as the Patches pane runs it: on a worker thread.
QList<QByteArray> textsBuiltOnAWorker(const QList<AssetPatch> &rows)
{
    QList<QByteArray> texts;
    std::unique_ptr<QThread> worker(QThread::create([&] { texts = PatchTableModel::searchTexts(rows); }));
    worker->start();
    worker->wait();
    return texts;
}

} // namespace

class TestTableFilterWorker : public QObject
{
    Q_OBJECT

private slots:
    void filtersRowsWithPrebuiltTextAsRowsWithout();
    void keepsPrebuiltTextWithItsRow();
    void reloadComparedOnAWorkerChangesWhatSameRowWould();
    void sortsByRanksMadeOnAWorkerAsByItsOwn();
    void firstPageThenTheRestAsOneLoad();
    void narrowingKeystrokesShowWhatAFullFilterShows();
};

void TestTableFilterWorker::filtersRowsWithPrebuiltTextAsRowsWithout()
{
    // One model gets its rows with the filter text built on a worker, the other builds it in idle time (or on
    // the keystroke): the same rows, in the same order, as the reference, on the first load and a reload.
    const QList<AssetPatch> rows = fleet(400);
    PatchTableModel plain;
    PatchTableModel prebuilt;
    plain.updateRecords(rows);
    const QList<QByteArray> texts = textsBuiltOnAWorker(rows);
    QCOMPARE(texts.size(), rows.size());
    prebuilt.updateRecords(rows, texts);
    for (int row = 0; row < int(rows.size()); ++row) {
        const QVariant text = prebuilt.index(row, 0).data(TableRoles::SearchTextRole);
        QCOMPARE(text.metaType().id(), int(QMetaType::QByteArray));
        QCOMPARE(text.toByteArray(), RowSearchText::build(plain, row));
        QVERIFY(!plain.index(row, 0).data(TableRoles::SearchTextRole).isValid());
    }
    TableFilterProxy withText;
    TableFilterProxy without;
    QAbstractItemModelTester testerWith(&withText, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester testerWithout(&without, QAbstractItemModelTester::FailureReportingMode::QtTest);
    withText.setSourceModel(&prebuilt);
    without.setSourceModel(&plain);
    ReferenceProxy reference;
    reference.setSourceModel(&plain);
    const QStringList filters{u"web"_s,           u"SSL dsa"_s,         u"äpfel"_s,
                              u"CVE-2026-101"_s,  u"overdue"_s,         u"2026-11"_s,
                              u"security web1"_s, u"nothing-matches"_s, QString()};
    const auto compareAll = [&] {
        for (const QString &filter : filters) {
            // Each from the source order (ties as the reference left them), then by score.
            withText.sort(-1);
            without.sort(-1);
            reference.sort(-1);
            withText.setFilterText(filter);
            without.setFilterText(filter);
            reference.setFilterText(filter);
            withText.sort(PatchTableModel::Score, Qt::DescendingOrder);
            without.sort(PatchTableModel::Score, Qt::DescendingOrder);
            reference.sort(PatchTableModel::Score, Qt::DescendingOrder);
            QCOMPARE(ids(withText), ids(without));
            QCOMPARE(ids(withText), ids(reference));
        }
    };
    compareAll();

    // A reload: rows gone, renamed and new, with their texts built again on the worker.
    QList<AssetPatch> next;
    for (int i = 0; i < int(rows.size()); ++i) {
        AssetPatch row = rows.at(i);
        if (i % 9 == 0)
            continue;
        if (i % 7 == 0)
            row.assetName = u"db7"_s;
        next.append(row);
    }
    for (AssetPatch row : fleet(40)) {
        row.id += 5000;
        next.append(row);
    }
    plain.updateRecords(next);
    prebuilt.updateRecords(next, textsBuiltOnAWorker(next));
    compareAll();
}

void TestTableFilterWorker::keepsPrebuiltTextWithItsRow()
{
    // The filter takes the model's text as given (it does not format the row again): a marker only the
    // given text holds finds its row, through removals before it; a row changed without a text of its own
    // (upsertRecords) is searched by its cells again.
    QList<AssetPatch> rows = fleet(20);
    QList<QByteArray> texts = PatchTableModel::searchTexts(rows);
    texts[15] += "\x1fzzmarker";
    PatchTableModel model;
    model.updateRecords(rows, texts);
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"zzmarker"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{rows.at(15).id}));

    proxy.setFilterText({});
    QList<AssetPatch> fewer = rows.mid(10);
    model.updateRecords(fewer, texts.mid(10)); // rows 0-9 removed: the marker moves to row 5 with its record
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.index(5, 0).data(TableRoles::SearchTextRole).toByteArray().endsWith("zzmarker"));
    proxy.setFilterText(u"zzmarker"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{rows.at(15).id}));

    AssetPatch renamed = fewer.at(5);
    renamed.assetName = u"renamedhost"_s;
    model.upsertRecords({renamed});
    QVERIFY(!model.index(5, 0).data(TableRoles::SearchTextRole).isValid());
    QVERIFY(model.index(4, 0).data(TableRoles::SearchTextRole).isValid());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(u"renamedhost"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{rows.at(15).id}));
}

void TestTableFilterWorker::reloadComparedOnAWorkerChangesWhatSameRowWould()
{
    // The Patches pane's reload: the rows compared on a worker against the model's rows when it started;
    // the model then changes the same rows (dataChanged) as when it compares them itself.
    const QList<AssetPatch> rows = fleet(200);
    QList<AssetPatch> next;
    for (int i = 0; i < int(rows.size()); ++i) {
        AssetPatch row = rows.at(i);
        if (i % 11 == 0)
            continue;
        if (i % 5 == 0)
            row.priority.score = 100 - row.priority.score;
        if (i % 13 == 0)
            row.findings.append(u"nessus 1 on 22/tcp: new"_s); // only the details and Findings differ
        next.append(row);
    }
    // The rows each dataChanged named, signal by signal.
    const auto changedSpans = [](PatchTableModel &model, const auto &update) {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        update();
        QList<std::pair<int, int>> spans;
        for (const QList<QVariant> &signal : std::as_const(changed))
            spans.append({signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row()});
        return spans;
    };
    PatchTableModel itself;
    itself.updateRecords(rows);
    const QList<std::pair<int, int>> bySameRow = changedSpans(itself, [&] { itself.updateRecords(next); });
    QVERIFY(!bySameRow.isEmpty());
    PatchTableModel worker;
    QAbstractItemModelTester tester(&worker, QAbstractItemModelTester::FailureReportingMode::QtTest);
    worker.updateRecords(rows);
    PatchTableModel::Comparison comparison;
    std::unique_ptr<QThread> thread(QThread::create([&, before = worker.records()]() mutable {
        comparison = PatchTableModel().compare(std::move(before), next);
    }));
    thread->start();
    thread->wait();
    QVERIFY(comparison.unchanged.contains(rows.at(1).id));
    QVERIFY(!comparison.unchanged.contains(rows.at(13).id)); // a finding more
    QVERIFY(!comparison.unchanged.contains(rows.at(0).id));  // gone
    QCOMPARE(changedSpans(worker, [&] { worker.updateRecords(next, {}, std::move(comparison)); }), bySameRow);
    QCOMPARE(worker.rowCount(), itself.rowCount());
    for (int row = 0; row < worker.rowCount(); ++row) {
        QCOMPARE(worker.recordAt(row).id, itself.recordAt(row).id);
        QCOMPARE(worker.recordAt(row).findings, itself.recordAt(row).findings);
        QCOMPARE(worker.recordAt(row).priority.score, itself.recordAt(row).priority.score);
    }

    // The model takes the comparison's word for it: a comparison that calls every row unchanged changes none.
    PatchTableModel trusting;
    trusting.updateRecords(rows);
    PatchTableModel::Comparison everyRow;
    everyRow.before = trusting.records();
    for (const AssetPatch &row : rows)
        everyRow.unchanged.insert(row.id);
    QVERIFY(changedSpans(trusting, [&] { trusting.updateRecords(next, {}, std::move(everyRow)); }).isEmpty());

    // A comparison made from rows the model no longer has (changed since) is not used: it compares itself.
    AssetPatch renamed = rows.at(1);
    renamed.assetName = u"renamed"_s;
    PatchTableModel moved;
    moved.updateRecords(rows);
    PatchTableModel::Comparison stale;
    stale.before = moved.records();
    for (const AssetPatch &row : rows)
        stale.unchanged.insert(row.id);
    moved.upsertRecords({renamed});
    PatchTableModel reference;
    reference.updateRecords(rows);
    reference.upsertRecords({renamed});
    const QList<std::pair<int, int>> expected =
        changedSpans(reference, [&] { reference.updateRecords(next); });
    QCOMPARE(changedSpans(moved, [&] { moved.updateRecords(next, {}, std::move(stale)); }), expected);
    QCOMPARE(moved.recordAt(0).assetName, rows.at(1).assetName); // row 0 went: the renamed one is first
}

void TestTableFilterWorker::sortsByRanksMadeOnAWorkerAsByItsOwn()
{
    const QList<AssetPatch> rows = fleet(400);
    for (const auto &[column, order] : {std::pair(int(PatchTableModel::Score), Qt::DescendingOrder),
                                        std::pair(int(PatchTableModel::Asset), Qt::AscendingOrder),
                                        std::pair(int(PatchTableModel::Detected), Qt::DescendingOrder)}) {
        PatchTableModel itself;
        TableFilterProxy reference;
        reference.setSourceModel(&itself);
        reference.sort(column, order);
        itself.updateRecords(rows);

        CountingPatchModel offered;
        TableFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&offered);
        proxy.sort(column, order);
        offered.sortValues = 0;
        offered.updateRecords(rows, {}, {}, ranksOnAWorker(rows, {}, column));
        QCOMPARE(offered.sortValues, 0); // the worker's ranks, not the rows' values, sorted them
        QCOMPARE(offered.offeredRanks(column), nullptr); // only while the rows land
        QCOMPARE(sourceRows(proxy), sourceRows(reference));
        QCOMPARE(ids(proxy), ids(reference));
        proxy.setFilterText(u"web1"_s);
        reference.setFilterText(u"web1"_s);
        QCOMPARE(ids(proxy), ids(reference));
    }

    // Ranks of another column, or made for rows the model no longer has, are not taken: the order stays
    // right.
    AssetPatch rescored = rows.at(0);
    rescored.priority.score = 55;
    PatchTableModel itself;
    TableFilterProxy reference;
    reference.setSourceModel(&itself);
    reference.sort(PatchTableModel::Score, Qt::AscendingOrder);
    itself.updateRecords(rows.mid(0, 100));
    itself.upsertRecords({rescored});
    itself.updateRecords(rows);
    CountingPatchModel offered;
    TableFilterProxy proxy;
    proxy.setSourceModel(&offered);
    proxy.sort(PatchTableModel::Score, Qt::AscendingOrder);
    offered.sortValues = 0;
    offered.updateRecords(rows.mid(0, 100), {}, {},
                          ranksOnAWorker(rows.mid(0, 100), {}, PatchTableModel::Asset));
    QVERIFY(offered.sortValues > 0); // ranked here
    PatchTableModel::Comparison stale;
    stale.before = offered.records();
    offered.upsertRecords({rescored}); // the model's rows are no longer the comparison's
    const PatchTableModel::SortRanks staleRanks = ranksOnAWorker(rows, stale, PatchTableModel::Score);
    offered.sortValues = 0;
    offered.updateRecords(rows, {}, stale, staleRanks);
    QVERIFY(offered.sortValues > 0); // ranked here
    QCOMPARE(ids(proxy), ids(reference));
}

void TestTableFilterWorker::firstPageThenTheRestAsOneLoad()
{
    // The Assets pane's first load: a first page (the start of the list), then every row, compared and
    // ranked on the worker against that page. The rows and their order end as a single load leaves them,
    // the page's rows are the same rows (a selection stays), and the proxy ranks nothing itself.
    const QList<AssetPatch> rows = fleet(300);
    const QList<AssetPatch> page = rows.mid(0, 50);
    PatchTableModel whole;
    TableFilterProxy reference;
    reference.setSourceModel(&whole);
    reference.sort(PatchTableModel::Score, Qt::DescendingOrder);
    whole.updateRecords(rows);

    CountingPatchModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(PatchTableModel::Score, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    model.updateRecords(page);
    QCOMPARE(proxy.rowCount(), 50);
    const QModelIndex selected = proxy.index(0, 0);
    const qint64 selectedId = selected.siblingAtColumn(PatchTableModel::Id).data().toLongLong();
    selection.select(selected, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    PatchTableModel::Comparison comparison;
    PatchTableModel::SortRanks ranks;
    std::unique_ptr<QThread> thread(QThread::create([&, before = page] {
        const PatchTableModel worker;
        comparison = worker.compare(before, rows);
        ranks = worker.ranksAfter(rows, comparison, PatchTableModel::Score);
    }));
    thread->start();
    thread->wait();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.sortValues = 0;
    model.updateRecords(rows, {}, std::move(comparison), std::move(ranks));
    QCOMPARE(model.sortValues, 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0); // the page's rows are unchanged
    QCOMPARE(ids(proxy), ids(reference));
    const QModelIndexList stillSelected = selection.selectedRows(PatchTableModel::Id);
    QCOMPARE(stillSelected.size(), 1);
    QCOMPARE(stillSelected.constFirst().data().toLongLong(), selectedId);
}

void TestTableFilterWorker::narrowingKeystrokesShowWhatAFullFilterShows()
{
    const auto words = [](const QString &text) {
        FilterWords filter;
        filter.setText(text);
        return filter;
    };
    QVERIFY(words(u"web1"_s).narrows(words(u"web"_s)));
    QVERIFY(words(u"WEB1 ssl"_s).narrows(words(u"ssl web"_s)));
    QVERIFY(words(u"Äpfel"_s).narrows(words(u"äp"_s)));
    QVERIFY(!words(u"eb"_s).narrows(words(u"web"_s)));
    QVERIFY(!words(u"web"_s).narrows(words(u"web ssl"_s)));

    // Typing, then correcting: each step shows the rows and order a filter over every row shows (a proxy
    // given the text at once), and the rows the proxy it replaced shows.
    const QList<AssetPatch> rows = fleet(500);
    PatchTableModel model;
    model.updateRecords(rows, PatchTableModel::searchTexts(rows));
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(PatchTableModel::Score, Qt::DescendingOrder);
    ReferenceProxy reference;
    reference.setSourceModel(&model);
    const auto sorted = [](QList<qint64> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    for (const QString &text : {u"w"_s, u"we"_s, u"web"_s, u"web1"_s, u"web1 o"_s, u"web1 op"_s, u"web1 o"_s,
                                u"web"_s, u"eb"_s, u"eb ssl"_s, u"eb ssl 5001"_s, u""_s, u"Ä"_s, u"äp"_s}) {
        proxy.setFilterText(text);
        TableFilterProxy atOnce;
        atOnce.setSourceModel(&model);
        atOnce.sort(PatchTableModel::Score, Qt::DescendingOrder);
        atOnce.setFilterText(text);
        QCOMPARE(ids(proxy), ids(atOnce));
        reference.setFilterText(text);
        QCOMPARE(sorted(ids(proxy)), sorted(ids(reference)));
    }
}

QTEST_GUILESS_MAIN(TestTableFilterWorker)
#include "tst_tablefilterworker.moc"
