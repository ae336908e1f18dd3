#include "DrillDownTableModel.h"

#include "itemmodels/ListTableModel.h"

DrillDownTableModel::Comparison DrillDownTableModel::compare(const DrillDownTable &before,
                                                             const DrillDownTable &after)
{
    Comparison comparison;
    comparison.before = before.rows.get();
    comparison.beforeSize = before.size();
    comparison.sameRows = after.headers == before.headers && after.size() == before.size();
    for (qsizetype i = 0; comparison.sameRows && i < after.size(); ++i)
        comparison.sameRows = after.rows->key(i) == before.rows->key(i);
    if (!comparison.sameRows)
        return comparison;
    comparison.changed.reserve(std::size_t(after.size()));
    for (qsizetype i = 0; i < after.size(); ++i)
        comparison.changed.push_back(!after.rows->sameRow(i, *before.rows, i));
    return comparison;
}

DrillDownTable DrillDownTableModel::setTable(DrillDownTable table)
{
    return setTable(std::move(table), Comparison());
}

DrillDownTable DrillDownTableModel::setTable(DrillDownTable table, Comparison comparison)
{
    // A comparison made against other rows than those shown is not used (the rows it names are not these).
    const bool compared = comparison.before == m_table.rows.get() &&
                          comparison.beforeSize == m_table.size() &&
                          (!comparison.sameRows || comparison.changed.size() == std::size_t(table.size()));
    if (!compared)
        comparison = compare(m_table, table);
    if (!comparison.sameRows) {
        beginResetModel();
        std::swap(m_table, table);
        endResetModel();
        return table;
    }
    // The same rows: the new ones are shown, and only those that differ are announced.
    std::swap(m_table, table);
    for (qsizetype i = 0; i < m_table.size(); ++i) {
        if (comparison.changed[std::size_t(i)])
            emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
    }
    return table;
}

int DrillDownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.size());
}

int DrillDownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant DrillDownTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrillDownRows &rows = *m_table.rows;
    const qsizetype row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return rows.cell(row, index.column());
    case TableRoles::SortRole:
        return rows.sortKey(row, index.column());
    case TableRoles::DetailsRole: {
        // Every cell of the row, for the pane's details panel.
        QString html = QStringLiteral("<table>");
        for (int column = 0; column < m_table.headers.size(); ++column)
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                        .arg(m_table.headers.at(column).toHtmlEscaped(),
                             rows.cell(row, column).toString().toHtmlEscaped());
        return QString(html + QStringLiteral("</table>"));
    }
    case Qt::TextAlignmentRole: {
        const QVariant value = rows.sortKey(row, index.column());
        const bool number = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double ||
                            value.typeId() == QMetaType::LongLong;
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant DrillDownTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_table.headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.headers.at(section);
}
