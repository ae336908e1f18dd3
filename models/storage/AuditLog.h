#pragma once

#include "domain/AuditEvent.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The append-only, hash-chained audit trail. Each event stores the SHA-256 of the previous event, so an
// edited, deleted or reordered row breaks the chain at that point, which verify() reports.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Appends within the caller's transaction, if one is open. On PostgreSQL, concurrent appenders from
    // other connections wait for each other, so the chain never forks.
    Status append(const QString &actor, const QString &action, const QString &subject,
                  const QString &details);

    Result<QList<AuditEvent>> list(int limit = -1) const;

    struct Verdict
    {
        bool intact = true;
        qint64 checked = 0;
        qint64 firstBrokenId = 0; // 0 when intact
        QString reason;
    };
    Result<Verdict> verify() const;

    static QByteArray hashOf(const AuditEvent &event);

private:
    Status appendLocked(const QString &actor, const QString &action, const QString &subject,
                        const QString &details);

    QSqlDatabase m_db;
};
