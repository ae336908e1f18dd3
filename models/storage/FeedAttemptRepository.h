#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// A feed's last sync attempt and how it ended: whatever the outcome, the time and (when it did not succeed)
// the error, so the Feeds view shows a failure or a cancel next to the last success it left in place.
struct FeedAttempt
{
    QString feed;          // feed_state's key: "kev", "epss", "nvd", "osv:Debian" ...
    QDateTime attemptedAt; // invalid: never attempted
    QString outcome;       // "ok", "not-modified", "failed", "cancelled"
    QString error;         // the full message (and hint) when failed or cancelled
};

class FeedAttemptRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeedAttemptRepository)

public:
    explicit FeedAttemptRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QList<FeedAttempt>> list() const;   // by feed
    Status record(const FeedAttempt &attempt); // replaces the feed's previous attempt

private:
    QSqlDatabase m_db;
};
