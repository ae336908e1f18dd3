// TableFilterProxy filters and sorts over keys cached per row (RowSearchText, ColumnRanks) and must show the
// rows, in the order, that the QSortFilterProxyModel it replaced showed: every word in some column,
// case-insensitive; sorted by the sort role, locale-aware, ties in source order both ways. The reference
// below is that proxy as it was, and the comparisons run on PatchTableModel rows built from records.
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/ColumnRanks.h"
#include "itemmodels/ListTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/RowSearchText.h"
#include "itemmodels/TableFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The filter proxy every pane used before (QSortFilterProxyModel, formatting every cell per filter).
class ReferenceProxy : public QSortFilterProxyModel
{
public:
    ReferenceProxy()
    {
        setSortRole(TableRoles::SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(true);
    }
    void setFilterText(const QString &text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        for (const QString &word : m_words) {
            bool found = false;
            for (int column = 0; column < sourceModel()->columnCount() && !found; ++column)
                found = sourceModel()
                            ->index(sourceRow, column, sourceParent)
                            .data()
                            .toString()
                            .contains(word, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

QList<int> sourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

QList<qint64> ids(const QAbstractItemModel &proxy)
{
    QList<qint64> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, PatchTableModel::Id).data().toLongLong());
    return shown;
}

AssetPatch patch(qint64 id, const QString &asset, const QString &package, double score)
{
    AssetPatch row;
    row.id = id;
    row.assetId = id % 7;
    row.assetName = asset;
    row.patch.package = package;
    row.priority.computed = score >= 0;
    row.priority.score = score;
    return row;
}

// Rows with ties, unscored rows, accents and case differences, empty and missing values, in every column.
QList<AssetPatch> fleet(int count)
{
    QRandomGenerator random(15);
    const QStringList assets{u"web1"_s, u"Web1"_s, u"web10"_s, u"web9"_s,
                             u"wéb2"_s, u"db1"_s,  u"DB2"_s,   u""_s};
    const QStringList packages{u"openssl"_s, u"OpenSSH-server"_s, u"libssl3"_s,      u"zlib1g"_s,
                               u"Äpfel"_s,   u"apfel"_s,          u"postgresql-15"_s};
    QList<AssetPatch> rows;
    for (int i = 0; i < count; ++i) {
        AssetPatch row = patch(1000 + i, assets.at(random.bounded(int(assets.size()))),
                               packages.at(random.bounded(int(packages.size()))),
                               random.bounded(4) == 0 ? -1 : random.bounded(10) * 10.0);
        row.patch.severity = PatchSeverity(random.bounded(5));
        row.patch.classification =
            random.bounded(2) ? PatchClassification::Security : PatchClassification::Bugfix;
        row.patch.installedVersion = u"1.%1"_s.arg(random.bounded(12));
        row.patch.availableVersion = u"1.%1"_s.arg(random.bounded(12) + 12);
        row.patch.advisory = random.bounded(3) ? u"DSA-%1-1"_s.arg(5000 + random.bounded(4)) : QString();
        for (int c = random.bounded(3); c > 0; --c)
            row.patch.cves.append(u"CVE-2026-%1"_s.arg(1000 + random.bounded(20)));
        row.patch.origin = random.bounded(2) ? u"Debian-Security"_s : u"Debian"_s;
        row.priority.kev = random.bounded(5) == 0;
        if (random.bounded(3))
            row.priority.due = QDate(2026, 12, 1).addDays(random.bounded(30));
        row.priority.overdue = row.priority.due.isValid() && row.priority.due < QDate(2026, 12, 10);
        row.priority.decision = SsvcDecision(random.bounded(4));
        row.state = random.bounded(5) ? PatchState::Missing : PatchState::Installed;
        if (random.bounded(6))
            row.detectedAt =
                QDateTime(QDate(2026, 11, 1 + random.bounded(28)), QTime(random.bounded(24), 0), Qt::UTC);
        for (int f = random.bounded(3); f > 0; --f)
            row.findings.append(u"nessus %1 on 443/tcp: finding"_s.arg(random.bounded(100)));
        rows.append(row);
    }
    return rows;
}

// Counts the sort values the model formats: none when the table filter takes ranks made on a worker.
class CountingPatchModel : public PatchTableModel
{
public:
    mutable int sortValues = 0;

protected:
    QVariant sortValue(const AssetPatch &record, int column) const override
    {
        ++sortValues;
        return PatchTableModel::sortValue(record, column);
    }
};

// What the model's rows would be ranked by on a worker (as the panes do: a model of the same type there).
PatchTableModel::SortRanks ranksOnAWorker(const QList<AssetPatch> &rows,
                                          const PatchTableModel::Comparison &comparison, int column)
{
    PatchTableModel::SortRanks ranks;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { ranks = PatchTableModel().ranksAfter(rows, comparison, column); }));
    thread->start();
    thread->wait();
    return ranks;
}

} // namespace

class TestTableFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void sortsAndFiltersAsTheProxyItReplaced();
    void keepsTiesInTheirOrderBeforeTheSort();
    void filtersOnEveryWordWithinOneColumn();
    void followsSourceChangesAndKeepsTheSelection();
    void ranksStringsAsLocaleAwareCompare();
    void ranksMixedAndInvalidValuesByQtsRule();
    void filtersRowsWithPrebuiltTextAsRowsWithout();
    void keepsPrebuiltTextWithItsRow();
    void reloadComparedOnAWorkerChangesWhatSameRowWould();
    void sortsByRanksMadeOnAWorkerAsByItsOwn();
    void firstPageThenTheRestAsOneLoad();
    void narrowingKeystrokesShowWhatAFullFilterShows();
};

void TestTableFilterProxy::sortsAndFiltersAsTheProxyItReplaced()
{
    PatchTableModel model;
    model.setRecords(fleet(400));
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    ReferenceProxy reference;
    reference.setSourceModel(&model);
    const QStringList filters{
        QString(),  u"o"_s,       u"op"_s, u"OPENSSL"_s, u"web1 openssl"_s,           u"é"_s,
        u"äpfel"_s, u"2026-11"_s, u"—"_s,  u"yes"_s,     u"dsa-5001 cve-2026-1003"_s, u"nothing-matches"_s};
    for (const QString &filter : filters) {
        // Both in source order first: equal rows keep the order they had before a sort.
        proxy.sort(-1);
        reference.sort(-1);
        proxy.setFilterText(filter);
        reference.setFilterText(filter);
        for (int column = -1; column < PatchTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                reference.sort(column, order);
                QCOMPARE(sourceRows(proxy), sourceRows(reference));
            }
        }
    }
    proxy.setFilterText(u"nothing-matches"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.headerData(PatchTableModel::Score, Qt::Horizontal).toString(), u"Score"_s);
}

void TestTableFilterProxy::keepsTiesInTheirOrderBeforeTheSort()
{
    PatchTableModel model;
    model.setRecords({patch(1, u"web1"_s, u"openssl"_s, 50), patch(2, u"web2"_s, u"zlib1g"_s, 90),
                      patch(3, u"web3"_s, u"openssl"_s, 50), patch(4, u"db1"_s, u"openssl"_s, -1),
                      patch(5, u"web0"_s, u"libssl3"_s, 90)});
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 3, 4, 5}));
    proxy.sort(PatchTableModel::Score, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{2, 5, 1, 3, 4})); // unscored last
    proxy.sort(PatchTableModel::Score, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{4, 1, 3, 2, 5})); // ties not reversed
    proxy.sort(PatchTableModel::Asset, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{4, 5, 1, 2, 3}));
    proxy.sort(PatchTableModel::Score, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QList<qint64>{5, 2, 1, 3, 4})); // equal scores by asset, the sort before
    proxy.setFilterText(u"OPENSSL"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{1, 3, 4}));
    proxy.setFilterText(QString());
    QCOMPARE(ids(proxy), (QList<qint64>{5, 2, 1, 3, 4}));
    proxy.sort(-1);
    QCOMPARE(ids(proxy), (QList<qint64>{1, 2, 3, 4, 5}));
}

void TestTableFilterProxy::filtersOnEveryWordWithinOneColumn()
{
    PatchTableModel model;
    model.setRecords({patch(1, u"web"_s, u"ssl"_s, 10), patch(2, u"websslhost"_s, u"zlib1g"_s, 20)});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    // A word never spans two columns ("web" then "ssl" are two cells of row 1).
    proxy.setFilterText(u"webssl"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{2}));
    proxy.setFilterText(u"WEB SSL"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{1, 2}));
    QCOMPARE(proxy.filterText(), u"WEB SSL"_s);
    // A word holding the cached text's column separator is still looked for column by column.
    proxy.setFilterText(u"web\x1fssl"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTableFilterProxy::followsSourceChangesAndKeepsTheSelection()
{
    PatchTableModel model;
    QList<AssetPatch> rows = fleet(120);
    model.setRecords(rows);
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    ReferenceProxy reference;
    reference.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    for (auto *each : std::initializer_list<QAbstractItemModel *>{&proxy, &reference})
        each->sort(PatchTableModel::Score, Qt::DescendingOrder);
    proxy.setFilterText(u"web"_s);
    reference.setFilterText(u"web"_s);
    QVERIFY(proxy.rowCount() > 3);
    const QModelIndex chosen = proxy.index(3, PatchTableModel::Package);
    const qint64 chosenId = proxy.index(3, PatchTableModel::Id).data().toLongLong();
    selection.setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // A reload: some rows gone, some rescored (the sort key) or renamed (the filter text), some new.
    QList<AssetPatch> next;
    for (int i = 0; i < int(rows.size()); ++i) {
        AssetPatch row = rows.at(i);
        if (row.id == chosenId) {
            next.append(row);
            continue;
        }
        if (i % 9 == 0)
            continue;
        if (i % 5 == 0)
            row.priority.score = 100 - row.priority.score;
        if (i % 7 == 0)
            row.assetName = u"db7"_s;
        next.append(row);
    }
    for (const AssetPatch &row : fleet(30)) {
        AssetPatch added = row;
        added.id += 5000;
        next.append(added);
    }
    model.updateRecords(next);
    // The same rows, by score; among equal scores, QSortFilterProxyModel put re-inserted rows by binary
    // search.
    QList<int> shown = sourceRows(proxy);
    QList<int> expected = sourceRows(reference);
    for (int row = 1; row < int(shown.size()); ++row)
        QVERIFY(
            model.index(shown.at(row - 1), PatchTableModel::Score).data(TableRoles::SortRole).toDouble() >=
            model.index(shown.at(row), PatchTableModel::Score).data(TableRoles::SortRole).toDouble());
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QVERIFY(selection.currentIndex().isValid());
    QCOMPARE(selection.currentIndex().siblingAtColumn(PatchTableModel::Id).data().toLongLong(), chosenId);
    QCOMPARE(selection.selectedRows().size(), 1);

    // Filtering and sorting again move the selection with its row.
    proxy.sort(PatchTableModel::Asset, Qt::AscendingOrder);
    proxy.setFilterText(u"we"_s);
    QCOMPARE(selection.currentIndex().siblingAtColumn(PatchTableModel::Id).data().toLongLong(), chosenId);
    QCOMPARE(selection.selectedRows().constFirst().siblingAtColumn(PatchTableModel::Id).data().toLongLong(),
             chosenId);
    proxy.setFilterText(u"nothing-matches"_s);
    QVERIFY(!selection.currentIndex().isValid());

    model.setRecords({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTableFilterProxy::ranksStringsAsLocaleAwareCompare()
{
    const QStringList words{u"b"_s,    u"B"_s, u"a"_s,  u"ä"_s,  u"Äpfel"_s, u"apfel"_s, u""_s,
                            u"10"_s,   u"9"_s, u"z"_s,  u"é"_s,  u"e"_s,     u"E"_s,     u"web1"_s,
                            u"Web1"_s, u"—"_s, u"-x"_s, u"x-"_s, u"b"_s,     u"a b"_s,   u"ab"_s};
    QList<QVariant> values;
    for (const QString &word : words)
        values.append(word);
    const std::vector<int> ranks = ColumnRanks::of(values);
    for (int i = 0; i < int(words.size()); ++i) {
        for (int j = 0; j < int(words.size()); ++j) {
            const bool less = words.at(i).localeAwareCompare(words.at(j)) < 0;
            QVERIFY2((ranks[std::size_t(i)] < ranks[std::size_t(j)]) == less,
                     qPrintable(u"%1 vs %2"_s.arg(words.at(i), words.at(j))));
        }
    }
}

void TestTableFilterProxy::ranksMixedAndInvalidValuesByQtsRule()
{
    const QList<QVariant> values{3, QVariant(), 1.5, u"2"_s, 3, QVariant(), -1};
    const std::vector<int> ranks = ColumnRanks::of(values);
    QCOMPARE(ranks[1], ranks[5]); // invalid ties with invalid, after everything
    QCOMPARE(ranks[0], ranks[4]);
    for (int i = 0; i < int(values.size()); ++i) {
        if (values.at(i).isValid())
            QVERIFY(ranks[std::size_t(i)] < ranks[1]);
    }
    const QList<QVariant> dates{QDate(2026, 1, 2), QDate(), QDate(2025, 12, 31)};
    QCOMPARE(ColumnRanks::of(dates), (std::vector<int>{2, 0, 1}));
}

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

void TestTableFilterProxy::filtersRowsWithPrebuiltTextAsRowsWithout()
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

void TestTableFilterProxy::keepsPrebuiltTextWithItsRow()
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

void TestTableFilterProxy::reloadComparedOnAWorkerChangesWhatSameRowWould()
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

void TestTableFilterProxy::sortsByRanksMadeOnAWorkerAsByItsOwn()
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

void TestTableFilterProxy::firstPageThenTheRestAsOneLoad()
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

void TestTableFilterProxy::narrowingKeystrokesShowWhatAFullFilterShows()
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

QTEST_GUILESS_MAIN(TestTableFilterProxy)
#include "tst_tablefilterproxy.moc"
