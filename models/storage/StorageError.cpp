#include "StorageError.h"

#include "domain/DeploymentState.h"

#include <QDir>
#include <QSqlQuery>

bool StorageError::isPermissionDenied(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501"); // insufficient_privilege
}

bool StorageError::isBusy(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    // SQLCipherDriver reports SQLite's extended result code: the primary code is its low byte.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    constexpr int SqliteBusy = 5;
    constexpr int SqliteLocked = 6;
    if (numeric && ((code & 0xFF) == SqliteBusy || (code & 0xFF) == SqliteLocked))
        return true;
    // PostgreSQL: lock_not_available (a lock_timeout ran out).
    if (error.nativeErrorCode() == QLatin1String("55P03"))
        return true;
    return error.text().contains(QLatin1String("database is locked"), Qt::CaseInsensitive);
}

QString StorageError::holderOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen())
        return {};
    // A read works while another connection writes (WAL): a running deployment names its process.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, detail FROM deployments WHERE state = ? ORDER BY id LIMIT 1"));
    query.addBindValue(storedText(DeploymentState::Running));
    if (!query.exec() || !query.next())
        return {};
    return tr("deployment %1, %2").arg(query.value(0).toString(), query.value(1).toString());
}

Error StorageError::busy(const QString &what, const QSqlDatabase &db)
{
    const QString path = db.isValid() ? QDir::toNativeSeparators(db.databaseName()) : tr("the database");
    const QString holder = holderOf(db);
    const QString writer = holder.isEmpty() ? tr("another Patchwright process (a scan or deployment)")
                                            : tr("another Patchwright process (%1)").arg(holder);
    return Error{
        tr("%1: %2 is writing to %3, and it did not finish within the wait limit.").arg(what, writer, path),
        tr("Try again when it finishes; nothing was changed by this attempt."),
        QString::fromLatin1(BusyCode)};
}

Error StorageError::from(const QString &what, const QSqlError &error, const QSqlDatabase &db)
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
    if (isBusy(error))
        return busy(what, db);
    return Error{what + QStringLiteral(": ") + error.text(), {}};
}
