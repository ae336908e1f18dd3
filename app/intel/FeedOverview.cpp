#include "FeedOverview.h"

#include "FeedSettings.h"

#include "storage/Database.h"
#include "storage/FeedAttemptRepository.h"
#include "storage/FeedStateRepository.h"

#include <QHash>

#include <algorithm>

FeedOverview::FeedOverview(Database &database)
    : m_database(database)
{
}

Result<QList<FeedStatus>> FeedOverview::list(const IntelSync::Options &options, const QDateTime &now) const
{
    IntelSync sync(m_database);
    auto sources = sync.sources(options);
    if (!sources)
        return sources.error();
    auto states = FeedStateRepository(m_database.connection()).list();
    if (!states)
        return states.error();
    auto attempts = FeedAttemptRepository(m_database.connection()).list();
    if (!attempts)
        return attempts.error();
    QHash<QString, FeedState> stateOf;
    for (const FeedState &state : std::as_const(states.value()))
        stateOf.insert(state.feed, state);
    QHash<QString, FeedAttempt> attemptOf;
    for (const FeedAttempt &attempt : std::as_const(attempts.value()))
        attemptOf.insert(attempt.feed, attempt);

    const FeedSettings settings(m_database);
    const bool nvdFull = sync.nvdNeedsFullDownload(options);
    QList<FeedStatus> rows;
    for (const FeedSource &source : std::as_const(sources.value())) {
        FeedStatus row;
        row.key = source.key();
        row.title = source.title();
        row.url = sync.urlFor(source, options)
                      .toString()
                      .replace(QLatin1String("%7Becosystem%7D"), IntelSync::EcosystemPlaceholder,
                               Qt::CaseInsensitive);
        const auto mirror = settings.mirror(source.feed);
        row.mirrored = mirror && !mirror.value().isEmpty();
        const FeedState state = stateOf.value(row.key);
        row.importedAt = state.importedAt;
        row.checkedAt = state.checkedAt;
        row.etag = state.etag;
        row.lastModified = state.lastModified;
        row.version = state.version;
        row.recordCount = state.recordCount;
        const FeedAttempt attempt = attemptOf.value(row.key);
        row.attemptedAt = attempt.attemptedAt;
        row.outcome = attempt.outcome;
        row.error = attempt.error;
        const auto enabled = settings.isEnabled(row.key);
        row.enabled = !enabled || enabled.value();
        row.longRunning = source.feed == IntelFeed::Nvd && nvdFull;

        const QDateTime lastSuccess =
            state.checkedAt.isValid() ? std::max(state.checkedAt, state.importedAt) : state.importedAt;
        const bool lastFailed = !attempt.outcome.isEmpty() && attempt.outcome != QLatin1String("ok") &&
                                attempt.outcome != QLatin1String("not-modified");
        if (!lastSuccess.isValid() || lastFailed) {
            row.due = row.enabled;
        } else {
            row.dueAt = lastSuccess.addSecs(qint64(DueAfterHours) * 3600);
            row.due = row.enabled && row.dueAt <= now;
            if (row.due)
                row.dueAt = {};
        }
        rows.append(row);
    }
    return rows;
}

QList<FeedSource> FeedOverview::dueSources(const QList<FeedStatus> &rows)
{
    QList<FeedSource> due;
    for (const FeedStatus &row : rows) {
        if (!row.due)
            continue;
        if (const auto source = FeedSource::fromKey(row.key))
            due.append(*source);
    }
    return due;
}
