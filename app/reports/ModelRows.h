#pragma once

#include "ExportTable.h"

#include <QString>
#include <QVariant>

class QAbstractItemModel;

// Reads a table model's rows for export, in the model's order (give it the view's proxy to get the rows
// as filtered and sorted on screen), every column. A column whose header answers TableRoles::KeyRole is
// read through TableRoles::ExportRole (raw values; an invalid value is a null); any other column through
// its display text under a key made from its header ("Last scan" → last_scan). Times become ISO 8601 UTC
// text with milliseconds (as the CLI writes them), dates ISO 8601 dates.
class ModelRows
{
public:
    static ExportTable read(const QAbstractItemModel &model);
    // Only these rows of `model`, in this order (a view's selection; rows out of range are skipped).
    static ExportTable read(const QAbstractItemModel &model, const QList<int> &rows);

    static QString keyFromHeader(const QString &header);
    static QVariant exportable(const QVariant &value);
};
