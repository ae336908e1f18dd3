#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

// Turns a failed statement into an Error a person can act on. In team mode the server enforces roles, so a
// write the login's group role does not allow comes back as SQLSTATE 42501; that becomes a
// "permission-denied" Error that says so, instead of raw driver text. A database another connection keeps
// locked for longer than the busy timeout (SQLite's SQLITE_BUSY / SQLITE_LOCKED, "database is locked")
// becomes a "database-busy" Error that names the file, the holder where the database knows it (a running
// deployment records its process), and what to do.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    static constexpr const char *PermissionDeniedCode = "permission-denied";
    static constexpr const char *BusyCode = "database-busy";

    // `what` says what failed, e.g. tr("Cannot remove the asset"); `db` (when given) is the connection it
    // failed on, so a busy error can name the file and its holder.
    static Error from(const QString &what, const QSqlError &error, const QSqlDatabase &db = QSqlDatabase());
    static bool isPermissionDenied(const QSqlError &error);
    static bool isBusy(const QSqlError &error);
    // The "database-busy" Error for `db`.
    static Error busy(const QString &what, const QSqlDatabase &db);

private:
    static QString holderOf(const QSqlDatabase &db);
};
