#pragma once

#include "FeedSource.h"
#include "IntelSync.h"

#include "domain/FeedStatus.h"
#include "domain/Result.h"

#include <QCoreApplication>

class Database;

// What the Feeds view shows for every source a sync can download (IntelSync::sources): its URL (mirror or
// official), its last import (feed_state), its last attempt (feed_attempts), whether it is enabled and when
// it is next due. Nothing syncs feeds on a schedule: a source is due, for "Sync due feeds", when it is
// enabled and was never imported, its last attempt did not succeed, or its last success is DueAfterHours old
// (the publishers update daily); otherwise it is due from that moment on.
class FeedOverview
{
    Q_DECLARE_TR_FUNCTIONS(FeedOverview)

public:
    static constexpr int DueAfterHours = 24;

    explicit FeedOverview(Database &database);

    Result<QList<FeedStatus>> list(const IntelSync::Options &options = {},
                                   const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static QList<FeedSource> dueSources(const QList<FeedStatus> &rows);

private:
    Database &m_database;
};
