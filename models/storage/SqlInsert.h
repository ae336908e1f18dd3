#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// The id of a row just inserted, on both back ends: SQLite reports it as the last insert id; PostgreSQL has
// none without OIDs, so the statement asks for it with RETURNING id (which SQLite 3.15 does not know).
namespace SqlInsert {

inline QString returningId(const QSqlDatabase &db, const QString &insert)
{
    return db.driverName() == QLatin1String("QPSQL") ? insert + QStringLiteral(" RETURNING id") : insert;
}

// Call after a successful exec() of a statement made with returningId().
inline qint64 insertedId(QSqlQuery &query)
{
    if (query.isSelect() && query.next())
        return query.value(0).toLongLong();
    return query.lastInsertId().toLongLong();
}

} // namespace SqlInsert
