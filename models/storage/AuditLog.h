#pragma once

#include "domain/AuditEvent.h"
#include "domain/Result.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// The append-only, hash-chained audit trail. Each event stores the SHA-256 of the previous event, so an
// edited, deleted or reordered row breaks the chain at that point, which verify() reports. Event times never
// go backwards along the chain: an append dated before the newest event is refused. In team mode the time is
// the server's, so consoles whose clocks disagree still append in order.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db, BusyRetry retry = {})
        : m_db(std::move(db))
        , m_retry(std::move(retry))
    {
    }

    // Appends within the caller's transaction, if one is open, so the event commits or rolls back with the
    // change it records. Otherwise in a write transaction of its own (WriteTransaction: BEGIN IMMEDIATE on
    // SQLite, retried per `retry` while another connection holds the write lock); when it still cannot be
    // written it fails ("database-busy") and nothing was appended. On PostgreSQL, concurrent appenders from
    // other connections wait for each other, so the chain never forks.
    // The event's time is the local clock (below) on SQLite and the server's clock_timestamp(), read after
    // the lock, on PostgreSQL; either way an append dated before the newest event fails ("clock-behind")
    // and nothing is appended.
    Status append(const QString &actor, const QString &action, const QString &subject,
                  const QString &details);

    // Local mode's clock (UTC); tests turn it back. Team mode ignores it: the server's time counts.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Which events list(Filter) returns; every criterion left empty matches everything. Filtered in SQL,
    // on indexes (migration 010), so a search stays quick on a long trail.
    struct Filter
    {
        QDateTime from;  // at or after; invalid: from the first event
        QDateTime until; // before (exclusive); invalid: to the newest
        QString actor;   // exactly this actor
        QString action;  // exactly this action or, when it ends with '.', every action it begins (`change.`)
        QString subject; // the subject contains this text (ASCII letters in either case)
        qint64 afterId = 0;  // only events after this one (a view catching up with new events)
        qint64 beforeId = 0; // only events before this one (a view's next page of older events); 0: any
        int limit = -1;      // the newest `limit` matches; -1: all

        bool isEmpty() const
        {
            return !from.isValid() && !until.isValid() && actor.isEmpty() && action.isEmpty() &&
                   subject.isEmpty();
        }
    };

    Result<QList<AuditEvent>> list(int limit = -1) const;       // newest first
    Result<QList<AuditEvent>> list(const Filter &filter) const; // newest first
    Result<QList<AuditEvent>> listAfter(qint64 id) const;       // the events after `id`, newest first

    // The last event a verification found intact, and its hash; id 0 before the first event.
    struct Position
    {
        qint64 id = 0;
        QByteArray hash;
    };
    struct Verdict
    {
        bool intact = true;
        qint64 checked = 0;
        qint64 firstBrokenId = 0; // 0 when intact
        QString reason;
        Position verified; // where the next verifyFrom() starts
    };
    // The whole chain, from the first event.
    Result<Verdict> verify() const { return verifyFrom({}); }
    // Only what was appended after `from` (a checkpoint an earlier verdict returned): reads the checkpoint's
    // event again (it must still carry the checkpoint's hash) and the events after it, so the work grows
    // with the new events, not the trail. An edit before the checkpoint is for verify() to find.
    Result<Verdict> verifyFrom(const Position &from) const;

    static QByteArray hashOf(const AuditEvent &event);

    // PostgreSQL: the advisory lock every appender (and checkpoint writer) holds to the end of its
    // transaction ("PWAUDIT"), so the chain never forks and a checkpoint sees a head nobody extends
    // meanwhile.
    static constexpr qint64 AppendLockKey = 0x5057'4155'4449'5400;

private:
    // Why `event` does not continue the chain where `expectedId` and `previousHash` left it; empty when it
    // does.
    static QString breakIn(const AuditEvent &event, qint64 expectedId, const QByteArray &previousHash);
    Status appendLocked(const QString &actor, const QString &action, const QString &subject,
                        const QString &details);

    // The new event's time: the server's (PostgreSQL) or m_clock's, never before `newest`.
    Result<QDateTime> appendTime(const QDateTime &newest) const;

    QSqlDatabase m_db;
    BusyRetry m_retry;
    Clock m_clock;
};
