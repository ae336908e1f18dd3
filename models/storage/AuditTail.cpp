#include "AuditTail.h"

#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

Result<qint64> AuditTail::dataVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return StorageError::from(tr("Cannot ask the database for changes"), query.lastError(), m_db);
    return query.value(0).toLongLong();
}

Result<qint64> AuditTail::headId() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM audit_events")) || !query.next())
        return StorageError::from(tr("Cannot read the audit trail"), query.lastError(), m_db);
    return query.value(0).isNull() ? 0 : query.value(0).toLongLong();
}

Result<QList<AuditEvent>> AuditTail::after(qint64 afterId, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, action, subject, hash FROM audit_events WHERE id > ? "
                                 "ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the audit trail"), query.lastError(), m_db);
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.action = query.value(1).toString();
        event.subject = query.value(2).toString();
        event.hash = query.value(3).toString().toLatin1();
        events.append(event);
    }
    return events;
}
