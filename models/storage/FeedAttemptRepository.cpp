#include "FeedAttemptRepository.h"

#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QList<FeedAttempt>> FeedAttemptRepository::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT feed, attempted_at, outcome, error FROM feed_attempts ORDER BY feed")))
        return StorageError::from(tr("Cannot read the feeds' sync attempts"), query.lastError());
    QList<FeedAttempt> attempts;
    while (query.next()) {
        FeedAttempt attempt;
        SqlRow(query) >> attempt.feed >> attempt.attemptedAt >> attempt.outcome >> attempt.error;
        attempts.append(attempt);
    }
    return attempts;
}

Status FeedAttemptRepository::record(const FeedAttempt &attempt)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM feed_attempts WHERE feed = ?"));
    query.addBindValue(attempt.feed);
    if (!query.exec())
        return StorageError::from(tr("Cannot record the sync attempt of feed %1").arg(attempt.feed),
                                  query.lastError());
    query.prepare(
        QStringLiteral("INSERT INTO feed_attempts (feed, attempted_at, outcome, error) VALUES (?, ?, ?, ?)"));
    query.addBindValue(attempt.feed);
    query.addBindValue(SqlTime::toValue(attempt.attemptedAt.isValid() ? attempt.attemptedAt
                                                                      : QDateTime::currentDateTimeUtc()));
    query.addBindValue(SqlText::bindable(attempt.outcome));
    query.addBindValue(SqlText::bindable(attempt.error));
    if (!query.exec())
        return StorageError::from(tr("Cannot record the sync attempt of feed %1").arg(attempt.feed),
                                  query.lastError());
    return {};
}
