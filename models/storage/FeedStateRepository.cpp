#include "FeedStateRepository.h"

#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Columns = QStringLiteral(
    "feed, source, etag, last_modified, version, record_count, sha256, imported_at, checked_at");

FeedState stateFrom(const QSqlQuery &query)
{
    FeedState state;
    SqlRow(query) >> state.feed >> state.source >> state.etag >> state.lastModified >> state.version >>
        state.recordCount >> state.sha256 >> state.importedAt >> state.checkedAt;
    return state;
}

} // namespace

Result<FeedState> FeedStateRepository::find(const QString &feed) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM feed_state WHERE feed = ?").arg(Columns));
    query.bindValue(0, feed);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the state of feed %1").arg(feed), query.lastError());
    if (!query.next()) {
        FeedState state;
        state.feed = feed;
        return state;
    }
    return stateFrom(query);
}

Result<QList<FeedState>> FeedStateRepository::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM feed_state ORDER BY feed").arg(Columns)))
        return StorageError::from(tr("Cannot read feed states"), query.lastError());
    QList<FeedState> states;
    while (query.next())
        states.append(stateFrom(query));
    return states;
}

Status FeedStateRepository::save(const FeedState &state)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM feed_state WHERE feed = ?"));
    query.bindValue(0, state.feed);
    if (!query.exec())
        return StorageError::from(tr("Cannot record the state of feed %1").arg(state.feed),
                                  query.lastError());
    query.prepare(
        QStringLiteral("INSERT INTO feed_state (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns));
    query.bindValue(0, state.feed);
    query.bindValue(1, SqlText::bindable(state.source));
    query.bindValue(2, SqlText::bindable(state.etag));
    query.bindValue(3, SqlText::bindable(state.lastModified));
    query.bindValue(4, SqlText::bindable(state.version));
    query.bindValue(5, state.recordCount);
    query.bindValue(6, SqlText::bindable(state.sha256));
    query.bindValue(7, SqlTime::toValue(state.importedAt));
    query.bindValue(8, SqlTime::toValue(state.checkedAt));
    if (!query.exec())
        return StorageError::from(tr("Cannot record the state of feed %1").arg(state.feed),
                                  query.lastError());
    return {};
}
