#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlError>

// Turns a failed statement into an Error a person can act on. In team mode the server enforces roles, so a
// write the login's group role does not allow comes back as SQLSTATE 42501; that becomes a
// "permission-denied" Error that says so, instead of raw driver text.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    static constexpr const char *PermissionDeniedCode = "permission-denied";

    // `what` says what failed, e.g. tr("Cannot remove the asset").
    static Error from(const QString &what, const QSqlError &error);
    static bool isPermissionDenied(const QSqlError &error);
};
