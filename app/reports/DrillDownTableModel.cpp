#include "DrillDownTableModel.h"

#include "itemmodels/ListTableModel.h"

DrillDownTableModel::Comparison DrillDownTableModel::compare(const DrillDownTable &before,
                                                             const DrillDownTable &after)
{
    Comparison comparison;
    comparison.before = before.rows.constData();
    comparison.beforeSize = before.rows.size();
    comparison.sameRows = after.headers == before.headers && after.rows.size() == before.rows.size();
    for (qsizetype i = 0; comparison.sameRows && i < after.rows.size(); ++i)
        comparison.sameRows = after.rows.at(i).key == before.rows.at(i).key;
    if (!comparison.sameRows)
        return comparison;
    comparison.changed.reserve(std::size_t(after.rows.size()));
    for (qsizetype i = 0; i < after.rows.size(); ++i)
        comparison.changed.push_back(after.rows.at(i).cells != before.rows.at(i).cells ||
                                     after.rows.at(i).sortKeys != before.rows.at(i).sortKeys);
    return comparison;
}

DrillDownTable DrillDownTableModel::setTable(DrillDownTable table)
{
    return setTable(std::move(table), Comparison());
}

DrillDownTable DrillDownTableModel::setTable(DrillDownTable table, Comparison comparison)
{
    // A comparison made against other rows than those shown is not used (the shared data tells).
    const bool compared =
        comparison.before == m_table.rows.constData() && comparison.beforeSize == m_table.rows.size() &&
        (!comparison.sameRows || comparison.changed.size() == std::size_t(table.rows.size()));
    if (!compared)
        comparison = compare(m_table, table);
    if (!comparison.sameRows) {
        beginResetModel();
        std::swap(m_table, table);
        endResetModel();
        return table;
    }
    m_table.showing = table.showing;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (!comparison.changed[std::size_t(i)])
            continue;
        m_table.rows[i] = table.rows.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
    }
    return table;
}

int DrillDownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DrillDownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant DrillDownTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrillDownTable::Row &row = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case TableRoles::SortRole:
        return row.sortKeys.value(index.column());
    case TableRoles::DetailsRole: {
        // Every cell of the row, for the pane's details panel.
        QString html = QStringLiteral("<table>");
        for (qsizetype column = 0; column < m_table.headers.size(); ++column)
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                        .arg(m_table.headers.at(column).toHtmlEscaped(),
                             row.cells.value(column).toString().toHtmlEscaped());
        return QString(html + QStringLiteral("</table>"));
    }
    case Qt::TextAlignmentRole: {
        const QVariant value = row.sortKeys.value(index.column());
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
