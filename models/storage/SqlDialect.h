#pragma once

#include "DatabaseConfig.h"

#include <QSqlDatabase>

// Where the two engines need different SQL (RETURNING, ON CONFLICT, locks), repositories ask the connection.
namespace SqlDialect {

inline bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String(DatabaseConfig::PostgresDriver);
}

} // namespace SqlDialect
