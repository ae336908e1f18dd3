#include "WriteTransaction.h"

#include "SqlCipherDriver.h"
#include "StorageError.h"

#include <QLoggingCategory>

#include <sqlcipher/sqlite3.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWrite, "patchwright.storage.write", QtWarningMsg)

bool WriteTransaction::inSqliteTransaction(const QSqlDatabase &db)
{
    const auto *driver = qobject_cast<const SqlCipherDriver *>(db.driver());
    return driver && driver->connection() && sqlite3_get_autocommit(driver->connection()) == 0;
}

Status WriteTransaction::run(QSqlDatabase db, const QString &what, const std::function<Status()> &work,
                             const BusyRetry &retry)
{
    if (inSqliteTransaction(db))
        return work();
    const int attempts = std::max(1, retry.attempts);
    Status outcome;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (attempt > 1) {
            qCInfo(lcWrite) << "database busy; attempt" << attempt << "of" << attempts;
        }
        bool busy = false;
        if (!db.transaction()) {
            const QSqlError error = db.lastError();
            busy = StorageError::isBusy(error);
            outcome = StorageError::from(what, error, db);
        } else if (Status done = work(); !done) {
            db.rollback();
            busy = done.error().code == QLatin1String(StorageError::BusyCode);
            outcome = done;
        } else if (!db.commit()) {
            const QSqlError error = db.lastError();
            db.rollback();
            busy = StorageError::isBusy(error);
            outcome = StorageError::from(what, error, db);
        } else {
            return {};
        }
        if (!busy)
            return outcome;
        if (attempt < attempts && retry.onBusy)
            retry.onBusy(attempt);
    }
    return outcome;
}
