#include "DrillDownTableModel.h"

#include "itemmodels/ListTableModel.h"

DrillDownTable DrillDownTableModel::setTable(DrillDownTable table)
{
    bool sameRows = table.headers == m_table.headers && table.rows.size() == m_table.rows.size();
    for (qsizetype i = 0; sameRows && i < table.rows.size(); ++i)
        sameRows = table.rows.at(i).key == m_table.rows.at(i).key;
    if (!sameRows) {
        beginResetModel();
        std::swap(m_table, table);
        endResetModel();
        return table;
    }
    m_table.showing = table.showing;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (table.rows.at(i).cells == m_table.rows.at(i).cells &&
            table.rows.at(i).sortKeys == m_table.rows.at(i).sortKeys)
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
