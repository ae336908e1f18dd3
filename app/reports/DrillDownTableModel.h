#pragma once

#include "ComplianceDrillDown.h"

#include <QAbstractTableModel>

// A DrillDownTable as an item model for the Compliance pane's table: cells for display, raw values for
// sorting (TableRoles::SortRole). A table with the same columns and the same rows (keys, in order) updates
// its cells in place, so a reload does not reset the view; anything else resets it.
class DrillDownTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // Returns what it replaced (rows no longer shown), for the caller to free where it costs nothing.
    DrillDownTable setTable(DrillDownTable table);
    const DrillDownTable &table() const { return m_table; }
    qint64 keyAt(int row) const { return m_table.rows.at(row).key; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DrillDownTable m_table;
};
