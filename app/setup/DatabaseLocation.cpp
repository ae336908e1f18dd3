#include "DatabaseLocation.h"

#include <QDir>

Result<DatabaseConfig> DatabaseLocation::resolve(const QString &argument)
{
    if (argument.startsWith(QLatin1String("postgresql://")) ||
        argument.startsWith(QLatin1String("postgres://")))
        return Error{tr("Team mode on PostgreSQL is not available in this version."),
                     tr("Use a local database file with --db PATH.")};
    const QString path =
        argument.isEmpty() ? DatabaseConfig::defaultPath() : QDir::current().absoluteFilePath(argument);
    return DatabaseConfig::localFile(path);
}
