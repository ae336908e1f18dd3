#include "SessionLog.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QSysInfo>

Status SessionLog::opened(Database &database, const QString &client)
{
    return append(database, QStringLiteral("session.opened"), client);
}

Status SessionLog::closed(Database &database, const QString &client)
{
    return append(database, QStringLiteral("session.closed"), client);
}

Status SessionLog::append(Database &database, const QString &action, const QString &client)
{
    const QString details = tr("%1 %2 on %3, %4")
                                .arg(client, QCoreApplication::applicationVersion(),
                                     QSysInfo::machineHostName(), database.engineDescription());
    Status appended =
        AuditLog(database.connection()).append(database.actor(), action, database.actor(), details);
    if (!appended && appended.error().code == QLatin1String(StorageError::PermissionDeniedCode))
        return {};
    return appended;
}
