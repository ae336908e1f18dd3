#include "SqliteRecovery.h"

#include "AuditLog.h"
#include "Database.h"
#include "StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr qint64 Window = 512;

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

bool SqliteRecovery::Outcome::lostAnything() const
{
    return std::any_of(
               tables.cbegin(), tables.cend(),
               [](const Table &table) { return table.damaged || table.lost > 0 || table.orphans > 0; }) ||
           !auditIntact;
}

Result<SqliteRecovery::Outcome> SqliteRecovery::recover(const DatabaseConfig &damaged,
                                                        const QString &targetPath)
{
    if (damaged.isPostgres())
        return Error{tr("Only a local database file can be recovered this way."),
                     tr("A team database is restored by its PostgreSQL server (pg_dump, backups).")};
    if (QFileInfo::exists(targetPath))
        return Error{tr("%1 already exists.").arg(QDir::toNativeSeparators(targetPath)),
                     tr("Name a new file: recovery never overwrites one.")};
    DatabaseConfig target = damaged;
    target.path = targetPath;
    auto opened = Database::open(target);
    if (!opened)
        return opened.error();
    const std::unique_ptr<Database> recovered = std::move(opened).value();
    QSqlDatabase db = recovered->connection();
    QSqlQuery query(db);
    const QString keyText = damaged.connectOptions == QLatin1String("PW_KEY_KIND=raw")
                                ? QStringLiteral("x'%1'").arg(damaged.key)
                                : damaged.key;
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS damaged KEY ?"));
    query.addBindValue(QFileInfo(damaged.path).absoluteFilePath());
    query.addBindValue(keyText);
    if (!query.exec())
        return StorageError::from(tr("Cannot read %1").arg(damaged.describe()), query.lastError());
    const auto detach = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE damaged")); });

    if (!query.exec(QStringLiteral("SELECT max(version) FROM damaged.schema_migrations")) || !query.next())
        return Error{
            tr("%1 cannot be read at all: %2").arg(damaged.describe(), query.lastError().text()),
            tr("The key may be wrong, or the damage is in the file's first pages; restore a backup.")};
    if (query.value(0).toInt() != Database::latestSchemaVersion())
        return Error{tr("%1 has schema version %2; this Patchwright recovers version %3 only.")
                         .arg(damaged.describe())
                         .arg(query.value(0).toInt())
                         .arg(Database::latestSchemaVersion()),
                     tr("Use the Patchwright version that last wrote the file.")};
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM damaged.sqlite_master WHERE type = 'table' AND name NOT "
                                   "LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY rowid")))
        return StorageError::from(tr("Cannot read the list of tables of %1").arg(damaged.describe()),
                                  query.lastError());
    while (query.next())
        tables.append(query.value(0).toString());
    query.finish();

    Outcome outcome;
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const QString &name : std::as_const(tables)) {
        Table table;
        table.name = name;
        const QString verb = name == QLatin1String("settings") ? QStringLiteral("INSERT OR REPLACE")
                                                               : QStringLiteral("INSERT OR IGNORE");
        const QString copy =
            verb + QStringLiteral(" INTO main.%1 SELECT * FROM damaged.%1").arg(quoted(name));
        QSqlQuery bulk(db);
        if (db.transaction() && bulk.exec(copy) && db.commit()) {
            table.copied = bulk.numRowsAffected();
            outcome.tables.append(table);
            continue;
        }
        db.rollback();
        table.damaged = true;
        // Window by window, from the lowest rowid to the highest that can still be read.
        // min() and max() each alone read one path of the b-tree (SQLite's min/max optimisation), so they
        // usually still answer when pages in between are damaged.
        const auto bound = [&db, &name](const char *function, qint64 fallback) {
            QSqlQuery bounds(db);
            if (bounds.exec(QStringLiteral("SELECT %1(rowid) FROM damaged.%2")
                                .arg(QLatin1String(function), quoted(name))) &&
                bounds.next() && !bounds.value(0).isNull())
                return bounds.value(0).toLongLong();
            return fallback;
        };
        const qint64 low = bound("min", 1);
        const qint64 high = bound("max", 0);
        for (qint64 start = low; start <= high; start += Window) {
            const auto copyRange = [&](qint64 from, qint64 to) {
                QSqlQuery part(db);
                const bool ok =
                    part.exec(copy + QStringLiteral(" WHERE rowid BETWEEN %1 AND %2").arg(from).arg(to));
                if (ok)
                    table.copied += part.numRowsAffected();
                return ok;
            };
            if (copyRange(start, std::min(high, start + Window - 1)))
                continue;
            for (qint64 row = start; row <= std::min(high, start + Window - 1); ++row) {
                if (!copyRange(row, row))
                    ++table.lost;
            }
        }
        outcome.tables.append(table);
    }
    // Rows whose parent was lost refer to nothing: drop them, and say how many.
    QSqlQuery orphans(db);
    QList<std::pair<QString, qint64>> dangling;
    if (orphans.exec(QStringLiteral("PRAGMA main.foreign_key_check"))) {
        while (orphans.next())
            dangling.append({orphans.value(0).toString(), orphans.value(1).toLongLong()});
    }
    for (const auto &[name, rowid] : std::as_const(dangling)) {
        QSqlQuery drop(db);
        if (drop.exec(QStringLiteral("DELETE FROM main.%1 WHERE rowid = %2").arg(quoted(name)).arg(rowid))) {
            for (Table &table : outcome.tables) {
                if (table.name == name) {
                    ++table.orphans;
                    --table.copied;
                }
            }
        }
    }
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    AuditLog log(db);
    const auto verdict = log.verify();
    if (!verdict)
        return verdict.error();
    outcome.auditIntact = verdict.value().intact;
    outcome.auditEvents = verdict.value().checked;
    if (!outcome.auditIntact)
        outcome.auditBreak =
            tr("event %1: %2").arg(verdict.value().firstBrokenId).arg(verdict.value().reason);
    qint64 lost = 0;
    for (const Table &table : std::as_const(outcome.tables))
        lost += table.lost + table.orphans;
    if (Status appended = log.append(recovered->actor(), QStringLiteral("db.recovered"), damaged.describe(),
                                     tr("copied from a damaged file; %n row(s) lost", nullptr, int(lost)));
        !appended)
        return appended.error();
    return outcome;
}
