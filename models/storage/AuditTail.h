#pragma once

#include "domain/AuditEvent.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The cheap reads of a watcher that follows the audit trail's end (ExternalChangeWatcher): whether another
// connection committed, the newest event's id, and the events after one, oldest first. Every statement is
// a point or range read on the primary key, never a scan of the trail.
class AuditTail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTail)

public:
    explicit AuditTail(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // SQLite: PRAGMA data_version, which changes exactly when another connection (another process, or a
    // worker thread's connection) committed since the last call on this connection. Not on PostgreSQL.
    Result<qint64> dataVersion() const;
    // The newest event's id; 0 when the trail is empty.
    Result<qint64> headId() const;
    // At most `limit` events after `afterId`, oldest first, with their id, action, subject and hash (the
    // other fields left empty: a watcher needs no more).
    Result<QList<AuditEvent>> after(qint64 afterId, int limit) const;

private:
    QSqlDatabase m_db;
};
