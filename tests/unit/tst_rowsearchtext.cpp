// The table filter's text per row (RowSearchText) as the Patches pane keeps it for 400,000 rows: each text
// exactly as long as it is (no slack left by the UTF-8 conversion), and a reload that builds text only for
// the rows it changes while the others keep theirs.
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/RowSearchText.h"
#include "itemmodels/TableFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRowSearchText : public QObject
{
    Q_OBJECT

private slots:
    void foldsAsUnicodeWithoutSlack_data();
    void foldsAsUnicodeWithoutSlack();
    void aReloadBuildsTextOnlyForTheRowsItChanges();
    void aFirstPageKeepsItsTextWhenTheWholeReadLands();
    void readsOfferedTextInPlaceAndBuildsOnlyTheRest();
};

namespace {

AssetPatch patch(qint64 id, const QString &asset, const QString &package)
{
    AssetPatch row;
    row.id = id;
    row.assetId = id % 7;
    row.assetName = asset;
    row.patch.package = package;
    row.patch.installedVersion = u"1.0"_s;
    row.patch.availableVersion = u"1.1"_s;
    row.priority.computed = id % 3 != 0; // the others show "—" as their score
    row.priority.score = double(id % 100);
    return row;
}

QList<AssetPatch> rows(int count, qint64 firstId = 1000)
{
    QList<AssetPatch> list;
    for (int i = 0; i < count; ++i)
        list.append(patch(firstId + i, u"web%1"_s.arg(i % 5), u"openssl"_s));
    return list;
}

QList<qint64> ids(const QAbstractItemModel &proxy)
{
    QList<qint64> list;
    for (int row = 0; row < proxy.rowCount(); ++row)
        list.append(proxy.index(row, PatchTableModel::Id).data().toLongLong());
    return list;
}

} // namespace

void TestRowSearchText::foldsAsUnicodeWithoutSlack_data()
{
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QByteArray>("expected"); // the asset column's folded text
    QTest::newRow("ascii") << u"WEB1.Example"_s << QByteArray("web1.example");
    // Uncased punctuation folds to itself, encoded as UTF-8 here without Unicode's tables.
    QTest::newRow("punctuation") << u"db—1…"_s
                                 << QByteArray("db\xe2\x80\x94"
                                               "1\xe2\x80\xa6");
    QTest::newRow("two-byte") << u"host°C"_s
                              << QByteArray("host\xc2\xb0"
                                            "c");
    // Cased letters and symbols with a case (Ⓐ) take Unicode's folding.
    QTest::newRow("letters") << u"ÄPFEL-Host"_s << QByteArray("\xc3\xa4pfel-host");
    QTest::newRow("circled") << u"Ⓐ-host"_s << QByteArray("\xe2\x93\x90-host");
    QTest::newRow("astral") << u"host-😀"_s << QByteArray("host-\xf0\x9f\x98\x80");
}

void TestRowSearchText::foldsAsUnicodeWithoutSlack()
{
    QFETCH(QString, asset);
    QFETCH(QByteArray, expected);
    PatchTableModel model;
    model.setRecords({patch(3, asset, u"OpenSSL"_s)}); // id 3: no score, shown as "—"
    const QByteArray text = RowSearchText::build(model, 0);
    // What Unicode's folding of the row's cells gives, column by column.
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(0, column).data().toString());
    QCOMPARE(text, cells.join(QLatin1Char(RowSearchText::Separator)).toCaseFolded().toUtf8());
    QCOMPARE(text.split(RowSearchText::Separator).at(PatchTableModel::Asset), expected);
    QCOMPARE(text.split(RowSearchText::Separator).at(PatchTableModel::Score), QByteArray("\xe2\x80\x94"));
    // Kept for every row of the table: no byte reserved beyond the text.
    QCOMPARE(text.capacity(), text.size());
}

void TestRowSearchText::aReloadBuildsTextOnlyForTheRowsItChanges()
{
    const QList<AssetPatch> before = rows(40);
    QList<QByteArray> texts = PatchTableModel::searchTexts(before);
    for (const QByteArray &text : std::as_const(texts))
        QVERIFY(!text.isNull());
    texts[3] += "\x1fzzkept"; // only the text the model holds has it
    PatchTableModel model;
    model.updateRecords(before, texts);
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    // The reload: row 10 renamed, row 20 gone, one new row; compared as the pane's worker compares.
    QList<AssetPatch> after = before;
    after[10].assetName = u"renamedhost"_s;
    after.removeAt(20);
    after.append(patch(5000, u"newhost"_s, u"curl"_s));
    PatchTableModel::Comparison comparison = model.compare(model.records(), after);
    QCOMPARE(comparison.unchanged.size(), after.size() - 2);
    const QList<QByteArray> afterTexts = PatchTableModel::searchTexts(after, comparison.unchanged);
    QCOMPARE(afterTexts.size(), after.size());
    for (int i = 0; i < int(after.size()); ++i)
        QCOMPARE(afterTexts.at(i).isNull(), comparison.unchanged.contains(after.at(i).id));
    QVERIFY(afterTexts.at(10).contains("renamedhost"));

    model.updateRecords(after, afterTexts, std::move(comparison));
    QCOMPARE(model.rowCount(), int(after.size()));
    // An unchanged row keeps the text it had (the marker), the changed and new ones have their new text.
    QVERIFY(model.index(3, 0).data(TableRoles::SearchTextRole).toByteArray().endsWith("zzkept"));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(TableRoles::SearchTextRole).isValid());
    proxy.setFilterText(u"zzkept"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{before.at(3).id}));
    proxy.setFilterText(u"RENAMEDhost"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{before.at(10).id}));
    proxy.setFilterText(u"newhost curl"_s);
    QCOMPARE(ids(proxy), (QList<qint64>{5000}));
    proxy.setFilterText(u"web0"_s); // rows 0, 5, …, 35 without 10 (renamed) and 20 (gone)
    QCOMPARE(proxy.rowCount(), 6);
}

void TestRowSearchText::aFirstPageKeepsItsTextWhenTheWholeReadLands()
{
    // A first page shown with its text, then the whole read, its first rows those of the page: the page's
    // rows (unchanged) come without a text and keep theirs; the list itself becomes the model's rows.
    const QList<AssetPatch> all = rows(30);
    const QList<AssetPatch> page = all.mid(0, 10);
    QList<QByteArray> pageTexts = PatchTableModel::searchTexts(page);
    pageTexts[2] += "\x1fzzpage";
    PatchTableModel model;
    model.updateRecords(page, pageTexts);
    PatchTableModel::Comparison comparison = model.compare(model.records(), all);
    QCOMPARE(comparison.unchanged.size(), 10);
    const QList<QByteArray> allTexts = PatchTableModel::searchTexts(all, comparison.unchanged);
    model.updateRecords(all, allTexts, std::move(comparison));
    QCOMPARE(model.records().constData(), all.constData()); // taken, not copied
    QVERIFY(model.index(2, 0).data(TableRoles::SearchTextRole).toByteArray().endsWith("zzpage"));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(TableRoles::SearchTextRole).isValid());
    QCOMPARE(model.index(20, 0).data(TableRoles::SearchTextRole).toByteArray(),
             RowSearchText::build(model, 20));
}

void TestRowSearchText::readsOfferedTextInPlaceAndBuildsOnlyTheRest()
{
    // 30 rows landing with their texts, then 5 upserted without: the filter reads the first 30 where the
    // model holds them (no copy kept per row) and builds the 5 others itself, once.
    const QList<AssetPatch> first = rows(30);
    QList<QByteArray> texts = PatchTableModel::searchTexts(first);
    texts[7] += "\x1fzzoffered";
    PatchTableModel model;
    model.updateRecords(first, texts);
    model.upsertRecords(rows(5, 9000));
    QCOMPARE(model.rowCount(), 35);

    RowSearchText search;
    search.setOffer(&model);
    search.reset(model.rowCount());
    QCOMPARE(search.size(), 35);
    for (int row = 0; row < 30; ++row)
        QVERIFY(!search.needsBuilding(row));
    QCOMPARE(&search.text(model, 7), model.offeredSearchText(7)); // the model's own text, in place
    QVERIFY(search.text(model, 7).endsWith("zzoffered"));
    for (int row = 30; row < 35; ++row) {
        QVERIFY(search.needsBuilding(row));
        QCOMPARE(search.text(model, row), RowSearchText::build(model, row));
        QVERIFY(!search.needsBuilding(row));
    }
    // Rows inserted before the built ones move them along; the new rows are unknown.
    search.setOffer(nullptr);
    search.insert(0, 2);
    QCOMPARE(search.size(), 37);
    QVERIFY(search.needsBuilding(0));
    QVERIFY(search.needsBuilding(9));   // row 7 was offered, never kept
    QVERIFY(search.needsBuilding(30));  // was row 28 (offered)
    QVERIFY(!search.needsBuilding(36)); // was row 34 (built)
    search.remove(0, 2);
    QVERIFY(!search.needsBuilding(30));
    search.forget(30, 30);
    QVERIFY(search.needsBuilding(30));
    QVERIFY(!search.needsBuilding(31));
}

QTEST_GUILESS_MAIN(TestRowSearchText)
#include "tst_rowsearchtext.moc"
