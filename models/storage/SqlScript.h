#pragma once

#include <QString>
#include <QStringList>

// Splits a migration script into statements: `;` at the end of a line ends a statement, except inside
// a SQLite trigger body (BEGIN ... END;) or a PostgreSQL dollar-quoted body ($$ ... $$, e.g. a plpgsql
// function or DO block). Comment lines (`--`) are dropped.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};
