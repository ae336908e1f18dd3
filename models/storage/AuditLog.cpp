#include "AuditLog.h"

#include "OwnAuditAppends.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

AuditEvent eventFrom(const QSqlQuery &query)
{
    AuditEvent event;
    event.id = query.value(0).toLongLong();
    event.at = SqlTime::fromValue(query.value(1));
    event.actor = query.value(2).toString();
    event.action = query.value(3).toString();
    event.subject = query.value(4).toString();
    event.details = query.value(5).toString();
    event.previousHash = query.value(6).toString().toLatin1();
    event.hash = query.value(7).toString().toLatin1();
    return event;
}

const QString selectColumns =
    QStringLiteral("SELECT id, at, actor, action, subject, details, previous_hash, hash FROM audit_events");

} // namespace

QByteArray AuditLog::hashOf(const AuditEvent &event)
{
    // Length-prefixed fields, so no two different events serialise to the same bytes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &field) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    add(QString::number(event.id));
    add(event.at.toUTC().toString(Qt::ISODateWithMs));
    add(event.actor);
    add(event.action);
    add(event.subject);
    add(event.details);
    add(QString::fromLatin1(event.previousHash));
    return hash.result().toHex();
}

Status AuditLog::append(const QString &actor, const QString &action, const QString &subject,
                        const QString &details)
{
    if (!SqlDialect::isPostgres(m_db))
        return WriteTransaction::run(
            m_db, tr("Cannot write to the audit trail"),
            [&] { return appendLocked(actor, action, subject, details); }, m_retry);

    // PostgreSQL with several consoles writing: appends are serialised by an advisory lock held until the
    // transaction ends, so each appender reads the newest committed event and no two events link to the
    // same predecessor (the primary key on id would refuse a fork anyway; the lock makes the second
    // appender wait instead of fail). The lock lives as long as a transaction: the caller's if one is open
    // (LOCK TABLE fails with 25P01 outside one, and changes nothing), else our own.
    QSqlQuery probe(m_db);
    const bool inCallersTransaction =
        probe.exec(QStringLiteral("LOCK TABLE audit_events IN ACCESS SHARE MODE"));
    if (!inCallersTransaction && probe.lastError().nativeErrorCode() != QLatin1String("25P01"))
        return StorageError::from(tr("Cannot read the audit trail"), probe.lastError());
    if (!inCallersTransaction && !m_db.transaction())
        return StorageError::from(tr("Cannot write to the audit trail"), m_db.lastError());
    QSqlQuery lock(m_db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(AppendLockKey);
    // A savepoint, so a refused append (a role without INSERT, a forged actor) leaves the transaction
    // usable rather than aborted: its caller decides, and the driver can still free its statements.
    Status appended = lock.exec() && probe.exec(QStringLiteral("SAVEPOINT pw_audit_append"))
                          ? appendLocked(actor, action, subject, details)
                          : StorageError::from(tr("Cannot lock the audit trail"), lock.lastError());
    if (inCallersTransaction)
        return appended;
    if (!appended) {
        m_db.rollback();
        return appended;
    }
    if (!m_db.commit())
        return StorageError::from(tr("Cannot write to the audit trail"), m_db.lastError());
    return {};
}

Result<QDateTime> AuditLog::appendTime(const QDateTime &newest) const
{
    QDateTime at;
    if (SqlDialect::isPostgres(m_db)) {
        // clock_timestamp(), not now(): now() is when the transaction began, which may be before the
        // newest event's appender released the lock this one waited for.
        QSqlQuery clock(m_db);
        if (!clock.exec(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                                       "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")) ||
            !clock.next())
            return StorageError::from(tr("Cannot read the database server's clock"), clock.lastError(), m_db);
        at = SqlTime::fromValue(clock.value(0));
    } else {
        // Stored to the millisecond: compare what will be stored.
        at = SqlTime::fromValue(SqlTime::toValue(m_clock ? m_clock() : QDateTime::currentDateTimeUtc()));
    }
    if (!at.isValid())
        return Error{tr("Cannot write to the audit trail: the clock gave no valid time.")};
    if (newest.isValid() && at < newest)
        return Error{tr("Cannot write to the audit trail: this event would be dated %1, before the newest "
                        "event (%2). Event times never go backwards along the chain.")
                         .arg(SqlTime::toValue(at).toString(), SqlTime::toValue(newest).toString()),
                     SqlDialect::isPostgres(m_db)
                         ? tr("The database server's clock went back; have its administrator set it right "
                              "(NTP), then try again.")
                         : tr("This computer's clock is behind; set it right (enable NTP time "
                              "synchronisation), then try again."),
                     QStringLiteral("clock-behind")};
    return at;
}

Status AuditLog::appendLocked(const QString &actor, const QString &action, const QString &subject,
                              const QString &details)
{
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT id, hash, at FROM audit_events ORDER BY id DESC LIMIT 1")))
        return StorageError::from(tr("Cannot read the audit trail"), last.lastError(), m_db);
    AuditEvent event;
    event.id = 1;
    QDateTime newest;
    if (last.next()) {
        event.id = last.value(0).toLongLong() + 1;
        event.previousHash = last.value(1).toString().toLatin1();
        newest = SqlTime::fromValue(last.value(2));
    }
    const auto at = appendTime(newest);
    if (!at)
        return at.error();
    event.at = at.value();
    event.actor = actor;
    event.action = action;
    event.subject = subject;
    event.details = details;
    event.hash = hashOf(event);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit_events (id, at, actor, action, subject, details, "
                                  "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(event.id);
    insert.addBindValue(SqlTime::toValue(event.at));
    insert.addBindValue(SqlText::bindable(event.actor));
    insert.addBindValue(SqlText::bindable(event.action));
    insert.addBindValue(SqlText::bindable(event.subject));
    insert.addBindValue(SqlText::bindable(event.details));
    insert.addBindValue(SqlText::bindable(QString::fromLatin1(event.previousHash)));
    insert.addBindValue(QString::fromLatin1(event.hash));
    if (!insert.exec()) {
        const Error error =
            StorageError::from(tr("Cannot write to the audit trail"), insert.lastError(), m_db);
        if (SqlDialect::isPostgres(m_db))
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT pw_audit_append"));
        return error;
    }
    OwnAuditAppends::note(event.hash); // for this console's watcher: not another process's change
    return {};
}

Result<QList<AuditEvent>> AuditLog::list(int limit) const
{
    Filter all;
    all.limit = limit;
    return list(all);
}

Result<QList<AuditEvent>> AuditLog::list(const Filter &filter) const
{
    const bool postgres = SqlDialect::isPostgres(m_db);
    QStringList where;
    QVariantList values;
    if (filter.afterId > 0) {
        where << QStringLiteral("id > ?");
        values << filter.afterId;
    }
    if (filter.beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << filter.beforeId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << SqlTime::toValue(filter.from);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << SqlTime::toValue(filter.until);
    }
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        values << filter.actor;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        // A prefix as a range, so the index on action serves it: "change." <= action < "change/". In
        // byte order ("C"): PostgreSQL's default collation may ignore punctuation.
        QString after = filter.action;
        after.back() = QLatin1Char('/');
        const QString column = postgres ? QStringLiteral("action COLLATE \"C\"") : QStringLiteral("action");
        where << QStringLiteral("%1 >= ? AND %1 < ?").arg(column);
        values << filter.action << after;
    } else if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (!filter.subject.isEmpty()) {
        QString pattern = filter.subject;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where << (postgres ? QStringLiteral("subject ILIKE ? ESCAPE '\\'")
                           : QStringLiteral("subject LIKE ? ESCAPE '\\'"));
        values << QStringLiteral("%%1%").arg(pattern);
    }
    QString sql = selectColumns;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the audit trail"), query.lastError(), m_db);
    QList<AuditEvent> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

Result<QList<AuditEvent>> AuditLog::listAfter(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral(" WHERE id > ? ORDER BY id DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the audit trail"), query.lastError(), m_db);
    QList<AuditEvent> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

QString AuditLog::breakIn(const AuditEvent &event, qint64 expectedId, const QByteArray &previousHash)
{
    if (event.id != expectedId)
        return tr("event %1 is missing (found %2 next)").arg(expectedId).arg(event.id);
    if (event.previousHash != previousHash)
        return tr("event %1 does not continue the chain of event %2").arg(event.id).arg(event.id - 1);
    if (hashOf(event) != event.hash)
        return tr("event %1 was altered after it was written").arg(event.id);
    return {};
}

Result<AuditLog::Verdict> AuditLog::verifyFrom(const Position &from) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral(" WHERE id >= ? ORDER BY id ASC"));
    query.addBindValue(from.id);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the audit trail"), query.lastError(), m_db);
    Verdict verdict;
    verdict.verified = from;
    const auto broken = [&verdict](qint64 id, const QString &reason) {
        verdict.intact = false;
        verdict.firstBrokenId = id;
        verdict.reason = reason;
        return verdict;
    };
    if (from.id > 0) {
        // The checkpoint's own event, as it was verified.
        if (!query.next())
            return broken(from.id, tr("event %1 is missing").arg(from.id));
        const AuditEvent anchor = eventFrom(query);
        if (anchor.id != from.id || anchor.hash != from.hash || hashOf(anchor) != anchor.hash)
            return broken(from.id, tr("event %1 was altered after it was verified").arg(from.id));
    }
    while (query.next()) {
        const AuditEvent event = eventFrom(query);
        ++verdict.checked;
        if (const QString reason = breakIn(event, verdict.verified.id + 1, verdict.verified.hash);
            !reason.isEmpty())
            return broken(event.id, reason);
        verdict.verified = {event.id, event.hash};
    }
    return verdict;
}
