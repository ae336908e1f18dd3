#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// How often a write that found the database busy is tried again. Each attempt waits up to the connection's
// busy timeout (SQLCipherDriver PW_BUSY_TIMEOUT_MS, default 15 s) for the write lock, so a write gives up
// after at most attempts × busy timeout and then fails: it is never skipped with a warning.
struct BusyRetry
{
    int attempts = 2;
    // Called after attempt `attempt` (1-based) found the database busy, before the next one; tests use it to
    // release a lock they hold. Not called after the last attempt.
    std::function<void(int attempt)> onBusy{};
};

// One unit of writing: `work` runs inside a write transaction (BEGIN IMMEDIATE on SQLite, so the write lock
// is taken before anything is read) and is committed with it, or rolled back entirely. When the database is
// busy (at BEGIN, in `work`, or at COMMIT) the whole unit is rolled back and run again, up to
// `retry.attempts` times; then it fails with StorageError's "database-busy" Error.
//
// Inside a transaction the caller already opened on this SQLite connection, `work` simply runs in it: that
// transaction holds the write lock (BEGIN IMMEDIATE) and the caller commits or rolls back the lot.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    // `what` says what is being written, e.g. tr("Cannot write to the audit trail").
    static Status run(QSqlDatabase db, const QString &what, const std::function<Status()> &work,
                      const BusyRetry &retry = {});
    // True when `db` is a SQLite connection with a transaction open.
    static bool inSqliteTransaction(const QSqlDatabase &db);
};
