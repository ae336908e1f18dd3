// Ctrl+C on a table copies the selected rows as TSV with a header line, in the view's order and columns.

#include "widgets/TableCopy.h"
#include "widgets/TablePane.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTableCopy : public QObject
{
    Q_OBJECT

private slots:
    void ctrlCCopiesTheSelectedRowsWithHeaders();
    void nothingSelectedLeavesTheClipboardAlone();
};

namespace {

// Three assets; the middle one's owner holds a tab and a line break.
void fill(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels({u"Name"_s, u"Address"_s, u"Owner"_s});
    model->appendRow(
        {new QStandardItem(u"web01"_s), new QStandardItem(u"10.0.0.5"_s), new QStandardItem(u"ops"_s)});
    model->appendRow({new QStandardItem(u"db01"_s), new QStandardItem(u"10.0.0.6"_s),
                      new QStandardItem(u"data\tteam\nnight"_s)});
    model->appendRow(
        {new QStandardItem(u"app01"_s), new QStandardItem(u"10.0.0.7"_s), new QStandardItem(u"dev"_s)});
}

} // namespace

void TestTableCopy::ctrlCCopiesTheSelectedRowsWithHeaders()
{
    TablePane pane(u"assets"_s, u"Assets"_s);
    QStandardItemModel model;
    fill(&model);
    pane.setModel(&model);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane)); // shortcuts reach active windows only
    QTableView *table = pane.table();
    table->sortByColumn(0, Qt::DescendingOrder);  // web01, db01, app01
    table->setColumnHidden(1, true);              // the address is not shown: not copied
    table->horizontalHeader()->moveSection(2, 0); // Owner first, as the admin arranged it
    const QAbstractItemModel *shown = table->model();
    QCOMPARE(shown->index(0, 0).data().toString(), u"web01"_s);
    // Selected bottom first: the copy follows the view's order, not the order of selecting.
    for (int row : {2, 1})
        table->selectionModel()->select(shown->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QApplication::clipboard()->setText(u"before"_s);

    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), u"Owner\tName\ndata team night\tdb01\ndev\tapp01\n"_s);
}

void TestTableCopy::nothingSelectedLeavesTheClipboardAlone()
{
    QTableView table;
    QStandardItemModel model;
    fill(&model);
    table.setModel(&model);
    TableCopy::install(&table);
    table.show();
    table.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&table));
    table.setCurrentIndex(model.index(0, 0)); // a current cell, but no selected row
    table.selectionModel()->clearSelection();
    table.setFocus();
    QApplication::clipboard()->setText(u"before"_s);
    QTest::keySequence(&table, QKeySequence::Copy);
    // Not the current cell ("web01", what QTableView alone would copy): nothing is selected.
    QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
    QVERIFY(TableCopy::selectedRowsText(&table).isEmpty());
}

QTEST_MAIN(TestTableCopy)
#include "tst_tablecopy.moc"
