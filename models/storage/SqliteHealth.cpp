#include "SqliteHealth.h"

#include "CancellableReads.h"
#include "SqlCipherDriver.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

#include <sqlcipher/sqlite3.h>

#include <cerrno>

namespace {

// The files this process has checked on open (or left to the background check), by canonical path.
struct CheckedFiles
{
    QMutex mutex;
    QHash<QString, SqliteHealth::Verdict::Coverage> paths;
};

CheckedFiles &checkedFiles()
{
    static CheckedFiles files;
    return files;
}

qint64 sizeWithWal(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

SqliteHealth::Verdict SqliteHealth::check(sqlite3 *db, bool full, int maxProblems,
                                          const std::atomic_bool *cancel)
{
    Verdict verdict;
    const bool cancellable = cancel && CancellableReads::attach(db, cancel);
    const QByteArray sql = QByteArray(full ? "PRAGMA integrity_check(" : "PRAGMA quick_check(") +
                           QByteArray::number(maxProblems) + ')';
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        // One row per problem, though SQLite may put several in one row, one per line.
        const QString row = QString::fromUtf8(text, sqlite3_column_bytes(statement, 0));
        for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                verdict.problems.append(line.trimmed());
        }
    }
    sqlite3_finalize(statement);
    if (cancellable) {
        const long long refused = CancellableReads::refusedReads(db);
        CancellableReads::attach(db, nullptr);
        // Stopped before the end: the check reports refused pages as unreadable, which says nothing. A
        // flag set once every page was read changes nothing.
        if (refused > 0) {
            verdict.coverage = Verdict::Coverage::Cancelled;
            verdict.problems.clear(); // a partial list says nothing about the rest
            return verdict;
        }
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW && rc != SQLITE_OK) {
        // A page that cannot even be read (SQLITE_CORRUPT, SQLITE_NOTADB past page 1) is damage too.
        verdict.problems.append(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    verdict.damaged = !verdict.problems.isEmpty();
    return verdict;
}

std::optional<SqliteHealth::Verdict::Coverage> SqliteHealth::openCoverage(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    CheckedFiles &files = checkedFiles();
    const QMutexLocker lock(&files.mutex);
    if (canonical.isEmpty() || !files.paths.contains(canonical))
        return std::nullopt;
    return files.paths.value(canonical);
}

SqliteHealth::Verdict SqliteHealth::checkOnOpen(sqlite3 *db, const QString &path, qint64 maxBytes)
{
    Verdict verdict;
    verdict.coverage =
        sizeWithWal(path) > maxBytes ? Verdict::Coverage::LeftToBackground : Verdict::Coverage::Whole;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty()) {
        CheckedFiles &files = checkedFiles();
        const QMutexLocker lock(&files.mutex);
        if (files.paths.contains(canonical)) {
            verdict.coverage = Verdict::Coverage::AlreadyChecked;
            return verdict;
        }
        files.paths.insert(canonical, verdict.coverage); // claimed: a connection opened meanwhile skips it
    }
    if (verdict.coverage == Verdict::Coverage::LeftToBackground)
        return verdict;
    verdict = check(db);
    if (verdict.damaged && !canonical.isEmpty()) {
        CheckedFiles &files = checkedFiles();
        const QMutexLocker lock(&files.mutex);
        files.paths.remove(canonical); // refused: the next open checks it again
    }
    return verdict;
}

bool SqliteHealth::isDiskFull(sqlite3 *db, int resultCode)
{
    if ((resultCode & 0xFF) == SQLITE_FULL)
        return true;
    return db && sqlite3_system_errno(db) == ENOSPC;
}

Result<SqliteHealth::Verdict> SqliteHealth::checkFile(const DatabaseConfig &config, int maxProblems,
                                                      bool full, const std::atomic_bool *cancel)
{
    if (config.driver != QLatin1String(SqlCipherDriver::DriverName))
        return Error{tr("Only a local database file can be checked this way."),
                     tr("A team database is checked by its PostgreSQL server (amcheck, pg_checksums).")};
    SqlCipherDriver::registerDriver();
    const QString name = QStringLiteral("pw-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<Verdict> result = Error{QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, name);
        db.setDatabaseName(config.path);
        db.setPassword(config.key);
        QString options = config.connectOptions;
        options += QStringLiteral(";PW_READ_ONLY=1;PW_CHECK_ON_OPEN=0;PW_CANCELLABLE_READS=1");
        db.setConnectOptions(options);
        if (!db.open() && db.lastError().nativeErrorCode() == QLatin1String("damaged")) {
            // The key opened the file, but its schema (sqlite_master) cannot be read: nothing else can be.
            Verdict verdict;
            verdict.damaged = true;
            verdict.problems.append(
                tr("sqlite_master (the schema) cannot be read: %1").arg(db.lastError().databaseText()));
            result = verdict;
        } else if (!db.isOpen()) {
            result = Error{tr("Cannot open %1 to check it: %2").arg(config.describe(), db.lastError().text()),
                           tr("Check the path and the key or passphrase.")};
        } else {
            auto *driver = static_cast<SqlCipherDriver *>(db.driver());
            result = check(driver->connection(), full, maxProblems, cancel);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString SqliteHealth::openHint(const QString &nativeErrorCode)
{
    if (nativeErrorCode == QLatin1String("empty-file"))
        return tr(
            "Nothing was changed. A Patchwright database is never empty: restore the file from a backup, or "
            "delete it to start a new, empty database there.");
    if (nativeErrorCode == QLatin1String("damaged"))
        return tr(
            "Nothing was written to it. `patchwright-cli db check` lists every damaged page; restore the "
            "newest backup of the file, or copy what can still be read into a new one with "
            "`patchwright-cli db recover --to NEW.db`.");
    if (nativeErrorCode == QString::number(SQLITE_FULL))
        return tr("Free some space on that disk, then try again; nothing was lost.");
    return {};
}
