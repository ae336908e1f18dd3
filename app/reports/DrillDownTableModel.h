#pragma once

#include "ComplianceDrillDown.h"

#include <QAbstractTableModel>

#include <vector>

// A DrillDownTable as an item model for the Compliance pane's table: cells for display, raw values for
// sorting (TableRoles::SortRole), both made from the table's rows when asked. A table with the same columns
// and the same rows (keys, in order) replaces the shown one without a reset, announcing the rows that
// differ, so a reload keeps the view; anything else resets it.
class DrillDownTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // Which rows of a new table differ from those of the table shown before, when both have the same columns
    // and the same rows (keys, in order): worked out off the GUI thread, where comparing 100,000 rows cell by
    // cell took 40 ms of the Compliance pane's refresh. setTable() uses it only while the model still shows
    // the rows it was made against (by address: the model holds them, so no other rows can take it).
    struct Comparison
    {
        const DrillDownRows *before = nullptr; // the compared rows
        qsizetype beforeSize = 0;
        bool sameRows = false;     // same columns and keys in order
        std::vector<bool> changed; // per row, when sameRows
    };
    static Comparison compare(const DrillDownTable &before, const DrillDownTable &after);

    // Returns what it replaced (rows no longer shown), for the caller to free where it costs nothing.
    DrillDownTable setTable(DrillDownTable table, Comparison comparison);
    DrillDownTable setTable(DrillDownTable table); // compares here
    const DrillDownTable &table() const { return m_table; }
    qint64 keyAt(int row) const { return m_table.rows->key(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DrillDownTable m_table;
};
