#include "TableFilterProxy.h"

#include "ListTableModel.h"

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TableRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TableFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_words = words;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_words = words;
    invalidateFilter();
#endif
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    for (const QString &word : m_words) {
        bool found = false;
        for (int column = 0; column < columns && !found; ++column) {
            const QString text =
                model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
            found = text.contains(word, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}
