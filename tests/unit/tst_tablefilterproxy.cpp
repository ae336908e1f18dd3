// TableFilterProxy filters and sorts over keys cached per row (RowSearchText, ColumnRanks) and must show the
// rows, in the order, that the QSortFilterProxyModel it replaced showed: every word in some column,
// case-insensitive; sorted by the sort role, locale-aware, ties in source order both ways. The reference is
// that proxy as it was (tests/support/PatchRows.h), and the comparisons run on PatchTableModel rows built
// from records. Keys built on a worker, as the panes build them, are in tst_tablefilterworker.
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/ColumnRanks.h"
#include "itemmodels/ListTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/RowSearchText.h"
#include "itemmodels/TableFilterProxy.h"

#include "../support/PatchRows.h"

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
using namespace PatchRows;

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

QTEST_GUILESS_MAIN(TestTableFilterProxy)
#include "tst_tablefilterproxy.moc"
