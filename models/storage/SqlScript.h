#pragma once

#include <QString>
#include <QStringList>

// Splits a migration script into statements: `;` at the end of a line ends a statement, except inside
// a trigger body (BEGIN ... END;). Comment lines (`--`) are dropped.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};
