#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QTableView;

// Ctrl+C (the platform's Copy) on a table copies the selected rows, not the current cell: a header line and
// one line per selected row, in the order and with the columns the view shows, tab-separated, so they paste
// into a spreadsheet or a ticket as a table. Tabs and line breaks inside a cell become spaces.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    // Adds the Copy action to `table` (owned by it) and returns it; does nothing else to the view.
    static QAction *install(QTableView *table);
    // The text Copy puts on the clipboard; empty when nothing is selected.
    static QString selectedRowsText(const QTableView *table);
};
