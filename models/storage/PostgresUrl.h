#pragma once

#include "DatabaseConfig.h"

#include "domain/Result.h"

#include <QCoreApplication>

// Team mode's database address: postgresql://USER@HOST[:PORT]/DB[?sslmode=...&...] (also postgres://).
//
// A password in the URL is refused: URLs end up in shell history, process lists and settings files. The
// password comes from the OS keychain or from libpq's own PGPASSFILE / ~/.pgpass instead. Only the libpq
// keywords listed in allowedParameters() are accepted; each becomes a QPSQL connect option. Without an
// explicit sslmode (URL or PGSSLMODE), a non-loopback host gets sslmode=require: team data never crosses a
// network in clear by accident.
class PostgresUrl
{
    Q_DECLARE_TR_FUNCTIONS(PostgresUrl)

public:
    static constexpr const char *InvalidCode = "invalid-database-url";

    static bool looksLikeOne(const QString &text);
    static Result<DatabaseConfig> parse(const QString &url);
    static QStringList allowedParameters();
    static bool isLoopback(const QString &host);
};
