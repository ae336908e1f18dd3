#include "ModelRows.h"

#include "itemmodels/ListTableModel.h"
#include "storage/SqlTime.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>

#include <numeric>

QString ModelRows::keyFromHeader(const QString &header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            key += c;
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('_')))
            key += QLatin1Char('_');
    }
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("column") : key;
}

QVariant ModelRows::exportable(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return SqlTime::toValue(value.toDateTime());
    case QMetaType::QDate:
        return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
    default:
        return value;
    }
}

ExportTable ModelRows::read(const QAbstractItemModel &model)
{
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return read(model, rows);
}

ExportTable ModelRows::read(const QAbstractItemModel &model, const QList<int> &rows)
{
    ExportTable table;
    const int columns = model.columnCount();
    QList<bool> raw;
    for (int column = 0; column < columns; ++column) {
        const QString title = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const QString named = model.headerData(column, Qt::Horizontal, TableRoles::KeyRole).toString();
        raw.append(!named.isEmpty());
        QString key = named.isEmpty() ? keyFromHeader(title) : named;
        // Keys are unique within a row: a repeated one gets the column's position.
        if (table.keys.contains(key))
            key += QLatin1Char('_') + QString::number(column + 1);
        table.keys.append(key);
        table.titles.append(title);
    }
    table.rows.reserve(rows.size());
    for (const int row : rows) {
        if (row < 0 || row >= model.rowCount())
            continue;
        QVariantList values;
        values.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            values.append(raw.at(column) ? exportable(index.data(TableRoles::ExportRole))
                                         : QVariant(index.data(Qt::DisplayRole).toString()));
        }
        table.rows.append(std::move(values));
    }
    return table;
}
