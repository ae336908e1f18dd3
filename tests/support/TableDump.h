#pragma once

#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

// Every row of a table as text, for comparing a database before and after an operation that must leave it
// as it was (an idempotent import, a refused file, a failed sync).
namespace TableDump {

// The rows of `table` sorted, one a line, values joined by '|' and NULL as "NULL"; aborts the test when the
// table cannot be read.
inline QString dump(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        qFatal("cannot dump %s", qPrintable(table));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}

inline QString dump(Database &db, const char *table)
{
    return dump(db, QString::fromLatin1(table));
}

} // namespace TableDump
