#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The rows of a pane as it shows them (filtered, sorted), ready to export: one stable snake_case key per
// column, raw values (numbers, stored words, ISO 8601 UTC times, lists; an invalid QVariant is a null).
struct ExportTable
{
    QString pane;           // the pane's stable name, e.g. "assets"
    QString filter;         // the filter text the rows were selected by, empty when none
    bool selection = false; // the rows the admin selected among those shown, not all of them
    QStringList keys;       // one per column
    QStringList titles;     // the columns' headers as shown, one per key
    QList<QVariantList> rows;
};
