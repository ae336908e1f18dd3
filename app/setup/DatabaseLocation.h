#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>

// Turns what the user chose (nothing, a file path) into a DatabaseConfig, shared by the GUI and the CLI
// so both open the same database the same way.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    // `argument` is the --db value; empty selects the embedded default in the user's data folder.
    static Result<DatabaseConfig> resolve(const QString &argument);
};
