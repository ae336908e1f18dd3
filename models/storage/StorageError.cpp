#include "StorageError.h"

bool StorageError::isPermissionDenied(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501"); // insufficient_privilege
}

Error StorageError::from(const QString &what, const QSqlError &error)
{
    if (isPermissionDenied(error)) {
        return Error{tr("%1: the team database refused it — your login's role does not allow this (%2).")
                         .arg(what, error.databaseText().trimmed()),
                     tr("On PostgreSQL the server enforces roles: auditors only read, reviewers decide on "
                        "change requests, admins change assets. Ask the database owner to grant your login "
                        "the right group role (patchwright_admin, patchwright_reviewer or "
                        "patchwright_auditor)."),
                     QString::fromLatin1(PermissionDeniedCode)};
    }
    return Error{what + QStringLiteral(": ") + error.text(), {}};
}
