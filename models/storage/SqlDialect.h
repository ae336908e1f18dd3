#pragma once

#include "DatabaseConfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// Where the two engines need different SQL (RETURNING, ON CONFLICT, locks), repositories ask the connection.
namespace SqlDialect {

inline bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String(DatabaseConfig::PostgresDriver);
}

// An INSERT that reports the new row's id on both engines: SQLite (3.15: no RETURNING) through the last
// insert id, PostgreSQL (no last insert id without OIDs) through RETURNING id.
inline QString returningId(const QSqlDatabase &db, const QString &insert)
{
    return isPostgres(db) ? insert + QStringLiteral(" RETURNING id") : insert;
}

// After a successful exec() of a statement made with returningId(); 0 when the engine gave no id.
inline qint64 insertedId(QSqlQuery &query)
{
    if (query.isSelect())
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

} // namespace SqlDialect
