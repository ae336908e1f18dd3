#include "TableFilterProxy.h"

#include "ColumnRanks.h"
#include "ListTableModel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace {
constexpr int PrefillSliceMs = 8; // well under the 100 ms a stall may last
}

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_prefill.setObjectName(QStringLiteral("tableFilterPrefill"));
    m_prefill.setSingleShot(true);
    m_prefill.setInterval(0);
    connect(&m_prefill, &QTimer::timeout, this, &TableFilterProxy::prefillSome);
}

void TableFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_search.setOffer(dynamic_cast<const OfferedSearchTexts *>(model));
    if (model) {
        using M = QAbstractItemModel;
        m_sourceConnections = {
            connect(model, &M::modelAboutToBeReset, this, &TableFilterProxy::sourceAboutToBeReset),
            connect(model, &M::modelReset, this, &TableFilterProxy::sourceReset),
            connect(model, &M::rowsInserted, this, &TableFilterProxy::sourceRowsInserted),
            connect(model, &M::rowsAboutToBeRemoved, this, &TableFilterProxy::sourceRowsAboutToBeRemoved),
            connect(model, &M::rowsRemoved, this, &TableFilterProxy::sourceRowsRemoved),
            connect(model, &M::dataChanged, this, &TableFilterProxy::sourceDataChanged),
            connect(model, &M::layoutAboutToBeChanged, this, &TableFilterProxy::sourceLayoutAboutToBeChanged),
            connect(model, &M::layoutChanged, this, &TableFilterProxy::sourceLayoutChanged),
            connect(model, &M::rowsAboutToBeMoved, this, &TableFilterProxy::sourceLayoutAboutToBeChanged),
            connect(model, &M::rowsMoved, this, &TableFilterProxy::sourceLayoutChanged),
            // Columns rarely change: start over.
            connect(model, &M::columnsAboutToBeInserted, this, &TableFilterProxy::sourceAboutToBeReset),
            connect(model, &M::columnsInserted, this, &TableFilterProxy::sourceReset),
            connect(model, &M::columnsAboutToBeRemoved, this, &TableFilterProxy::sourceAboutToBeReset),
            connect(model, &M::columnsRemoved, this, &TableFilterProxy::sourceReset),
            connect(model, &M::columnsAboutToBeMoved, this, &TableFilterProxy::sourceAboutToBeReset),
            connect(model, &M::columnsMoved, this, &TableFilterProxy::sourceReset),
            connect(model, &M::headerDataChanged, this, &TableFilterProxy::sourceHeaderDataChanged),
        };
    }
    startOver();
    endResetModel();
}

void TableFilterProxy::setFilterText(const QString &text)
{
    FilterWords next;
    next.setText(text);
    if (next.words() == m_filter.words())
        return;
    // A narrower filter looks only at the rows the filter showed: at 400,000 rows a keystroke after the first
    // searches the few it matched, not every row again.
    m_narrowing = !m_filter.isEmpty() && next.narrows(m_filter);
    m_filter = next;
    relayout();
    m_narrowing = false;
}

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column != m_sortColumn)
        m_ranks.clear();
    m_sortColumn = column;
    m_sortOrder = order;
    resort(m_ordered);
    relayout(-1, -1, QAbstractItemModel::VerticalSortHint);
}

QModelIndex TableFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TableFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid() ||
        sourceIndex.row() >= int(m_proxyOf.size()))
        return {};
    const int row = m_proxyOf[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex TableFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TableFilterProxy::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int TableFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TableFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant TableFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= int(m_rows.size()))
        return {};
    return sourceModel()->headerData(m_rows[std::size_t(section)], orientation, role);
}

void TableFilterProxy::sourceAboutToBeReset()
{
    beginResetModel();
}

void TableFilterProxy::sourceReset()
{
    startOver();
    endResetModel();
}

void TableFilterProxy::startOver()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_search.reset(rows);
    prefillSoon();
    m_ranks.clear();
    std::vector<int> sourceOrder;
    sourceOrder.resize(std::size_t(rows));
    std::iota(sourceOrder.begin(), sourceOrder.end(), 0);
    resort(sourceOrder);
    computeRows(-1, -1);
}

void TableFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_search.insert(first, count);
    prefillSoon();
    m_ranks.clear();
    for (std::vector<int> *rows : {&m_rows, &m_ordered}) {
        for (int &row : *rows) {
            if (row >= first)
                row += count;
        }
    }
    // New rows go after the rows they tie with, as QSortFilterProxyModel inserted them.
    std::vector<int> sequence;
    sequence.reserve(m_ordered.size() + std::size_t(count));
    sequence.assign(m_ordered.cbegin(), m_ordered.cend());
    for (int row = first; row <= last; ++row)
        sequence.push_back(row);
    resort(sequence);
    relayout();
}

void TableFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid())
        relayout(first, last);
}

void TableFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The shown rows already left these out (relayout before the removal): renumber what follows them.
    const int count = last - first + 1;
    m_search.remove(first, count);
    if (!m_ranks.empty())
        m_ranks.erase(m_ranks.begin() + first, m_ranks.begin() + last + 1); // the others keep their order
    m_ordered.erase(std::remove_if(m_ordered.begin(), m_ordered.end(),
                                   [&](int row) { return row >= first && row <= last; }),
                    m_ordered.end());
    for (std::vector<int> *rows : {&m_rows, &m_ordered}) {
        for (int &row : *rows) {
            if (row > last)
                row -= count;
        }
    }
    m_proxyOf.assign(std::size_t(sourceModel()->rowCount()), -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOf[std::size_t(m_rows[i])] = int(i);
}

void TableFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const bool textChanged =
        roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(TableRoles::SortRole);
    if (textChanged) {
        m_search.forget(topLeft.row(), bottomRight.row());
        prefillSoon();
        const bool sortChanged = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
        if (sortChanged) {
            // The changed rows move to their new place, after the rows they now tie with.
            m_ranks.clear();
            const int first = topLeft.row();
            const int last = bottomRight.row();
            std::vector<int> sequence;
            sequence.reserve(m_ordered.size());
            std::copy_if(m_ordered.cbegin(), m_ordered.cend(), std::back_inserter(sequence),
                         [&](int row) { return row < first || row > last; });
            for (int row = first; row <= last; ++row)
                sequence.push_back(row);
            resort(sequence);
        }
        if (sortChanged || !m_filter.isEmpty())
            relayout();
    }
    int first = -1;
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < int(m_proxyOf.size()); ++row) {
        const int shown = m_proxyOf[std::size_t(row)];
        if (shown < 0)
            continue;
        first = first < 0 ? shown : std::min(first, shown);
        last = std::max(last, shown);
    }
    if (first >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

void TableFilterProxy::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        emit headerDataChanged(orientation, first, last);
    else if (!m_rows.empty())
        emit headerDataChanged(orientation, 0, int(m_rows.size()) - 1);
}

void TableFilterProxy::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutPersistent = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex &index : std::as_const(m_layoutPersistent))
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
}

void TableFilterProxy::sourceLayoutChanged()
{
    startOver();
    QModelIndexList after;
    after.reserve(m_layoutSources.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_layoutPersistent, after);
    m_layoutPersistent.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

void TableFilterProxy::relayout(int skipFirst, int skipLast, QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(index.row() < int(m_rows.size()) ? m_rows[std::size_t(index.row())] : -1);
    computeRows(skipFirst, skipLast);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < int(before.size()); ++i) {
        const int source = sources[std::size_t(i)];
        const int row = source < 0 || source >= int(m_proxyOf.size()) ? -1 : m_proxyOf[std::size_t(source)];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void TableFilterProxy::computeRows(int skipFirst, int skipLast)
{
    const int sourceRows = sourceModel() ? sourceModel()->rowCount() : 0;
    std::vector<int> shown;
    if (m_narrowing)
        shown.swap(m_rows); // in sort order, as m_ordered
    const std::vector<int> &candidates = m_narrowing ? shown : m_ordered;
    const auto skipped = [&](int row) {
        return skipFirst >= 0 && row >= skipFirst && row <= skipLast;
    };
    // The filter looks at the rows in source order, where their texts lie one after the other in memory:
    // in the sort's order every row's text was a cache miss (400,000 rows: 0.4 s instead of 0.1 s).
    std::vector<bool> accepted;
    if (!m_filter.isEmpty()) {
        accepted.assign(std::size_t(sourceRows), false);
        if (m_narrowing) {
            // The shown rows marked, then visited in source order (sorting 400,000 row numbers instead cost
            // 45 ms, more than the search).
            for (int row : shown)
                accepted[std::size_t(row)] = true;
            for (int row = 0; row < sourceRows; ++row) {
                if (accepted[std::size_t(row)])
                    accepted[std::size_t(row)] = accepts(row);
            }
        } else {
            for (int row = 0; row < sourceRows; ++row)
                accepted[std::size_t(row)] = !skipped(row) && accepts(row);
        }
    }
    m_rows.clear();
    m_rows.reserve(candidates.size());
    for (int row : candidates) {
        if (skipped(row) || (!accepted.empty() && !accepted[std::size_t(row)]))
            continue;
        m_rows.push_back(row);
    }
    m_proxyOf.assign(std::size_t(sourceRows), -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOf[std::size_t(m_rows[i])] = int(i);
}

void TableFilterProxy::resort(const std::vector<int> &sequence)
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    const int column = m_sortColumn;
    if (column < 0 || column >= columnCount()) {
        m_ordered.resize(std::size_t(rows));
        std::iota(m_ordered.begin(), m_ordered.end(), 0);
        return;
    }
    const auto *offer = dynamic_cast<const OfferedRanks *>(sourceModel());
    if (const std::vector<int> *offered = offer ? offer->offeredRanks(column) : nullptr;
        int(m_ranks.size()) != rows && offered && int(offered->size()) == rows) {
        m_ranks = *offered;
    } else if (int(m_ranks.size()) != rows) {
        QList<QVariant> values;
        values.reserve(rows);
        for (int row = 0; row < rows; ++row)
            values.append(sourceModel()->index(row, column).data(TableRoles::SortRole));
        m_ranks = ColumnRanks::of(values);
    }
    // A stable counting sort by rank of `sequence` (the rows in their current order): ties keep that order in
    // both directions, as QSortFilterProxyModel's stable sort (less-than ascending, greater-than descending)
    // kept them.
    const int top = m_ranks.empty() ? 0 : *std::max_element(m_ranks.cbegin(), m_ranks.cend());
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const auto keyOf = [&](int row) {
        return descending ? top - m_ranks[std::size_t(row)] : m_ranks[std::size_t(row)];
    };
    std::vector<int> start(std::size_t(top) + 2, 0);
    for (int row : sequence)
        ++start[std::size_t(keyOf(row)) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> ordered(sequence.size());
    for (int row : sequence)
        ordered[std::size_t(start[std::size_t(keyOf(row))]++)] = row;
    m_ordered = std::move(ordered);
}

void TableFilterProxy::prefillSoon()
{
    m_prefillFrom = 0;
    if (sourceModel() && m_search.size() > 0)
        m_prefill.start();
}

void TableFilterProxy::prefillSome()
{
    QElapsedTimer slice;
    slice.start();
    const int rows = m_search.size();
    while (m_prefillFrom < rows) {
        // Checking the clock every row would cost more than some rows' text.
        for (const int stop = std::min(rows, m_prefillFrom + 64); m_prefillFrom < stop; ++m_prefillFrom)
            m_search.text(*sourceModel(), m_prefillFrom);
        if (slice.elapsed() >= PrefillSliceMs) {
            m_prefill.start();
            return;
        }
    }
}

bool TableFilterProxy::accepts(int sourceRow)
{
    if (!m_filter.joinedTextWorks())
        return acceptsColumnByColumn(sourceRow);
    return m_filter.matches(m_search.text(*sourceModel(), sourceRow));
}

bool TableFilterProxy::acceptsColumnByColumn(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount();
    for (const QString &word : m_filter.words()) {
        bool found = false;
        for (int column = 0; column < columns && !found; ++column)
            found = model->index(sourceRow, column)
                        .data(Qt::DisplayRole)
                        .toString()
                        .contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}
