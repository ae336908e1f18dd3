#pragma once

#include "RowSearchText.h"

#include <QAbstractProxyModel>
#include <QTimer>

#include <vector>

// Filters rows by a text that may appear in any column (case-insensitive, every word must match), and sorts
// by each column's raw value (TableRoles::SortRole) so numbers and dates sort as such: the rows and order
// QSortFilterProxyModel gave with a locale-aware sort (ties in source order, in both directions).
//
// Why not QSortFilterProxyModel: at fleet scale (400,000 patch rows) it formatted every cell of every row per
// keystroke, removed the rows a narrower filter hides one run at a time (each run rebuilding its mapping),
// and compared two SortRole QVariants per comparison. This proxy keeps, per source row, the row's search text
// (RowSearchText, built once) and, for the sort column, an integer rank (ColumnRanks, built once per column
// and data change); every source row in sort order is a stable counting sort of those ranks (ties keep the
// order they had, as with QSortFilterProxyModel: sorting by asset, then by score, leaves equal scores by
// asset), and a keystroke walks that order once keeping the rows whose text holds every word: no sort per
// keystroke. The search text of rows that arrive is built while the event loop is idle, a few milliseconds at
// a time, so the first keystroke finds it ready (it builds what is still missing itself). Rows coming back
// when the filter widens take their place in that order (QSortFilterProxyModel inserted them by binary
// search, so equal rows could come back elsewhere among their ties). Filtering, sorting and source changes
// are announced as layout changes with the persistent indexes moved, so views keep their selection and
// current row. A flat table only (no tree).
class TableFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.words().join(QLatin1Char(' ')); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();

    // Recomputes the shown rows, skipping source rows [skipFirst, skipLast] (about to be removed), inside one
    // layout change that moves the persistent indexes along.
    void relayout(int skipFirst = -1, int skipLast = -1,
                  QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void computeRows(int skipFirst, int skipLast);
    // Puts m_ordered in sort order, `sequence` (every source row once) breaking ties.
    void resort(const std::vector<int> &sequence);
    void startOver(); // after a new source, a reset or a layout change: source order, then the sort
    bool accepts(int sourceRow);
    void prefillSoon();
    void prefillSome(); // builds search text for a few milliseconds, then yields to the event loop
    bool acceptsColumnByColumn(int sourceRow) const;

    FilterWords m_filter;
    RowSearchText m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_ranks;   // per source row, for m_sortColumn; empty when not yet computed
    std::vector<int> m_ordered; // every source row, in sort order (ties in the order before the sort)
    std::vector<int> m_rows;    // proxy row -> source row
    std::vector<int> m_proxyOf; // source row -> proxy row, -1 when filtered out
    // Between the source's layoutAboutToBeChanged and layoutChanged: the source rows of our persistent
    // indexes.
    QModelIndexList m_layoutPersistent;
    QList<QPersistentModelIndex> m_layoutSources;
    QList<QMetaObject::Connection> m_sourceConnections;
    QTimer m_prefill;
    bool m_narrowing = false; // computeRows() looks only at the shown rows (setFilterText())
    int m_prefillFrom = 0;    // rows before it have their search text, unless they changed since
};
