#pragma once

#include <QDateTime>
#include <QString>

// One row of the Feeds view: a feed source (KEV, EPSS, NVD, one OSV ecosystem's archive), where it syncs
// from, its last successful import, its last attempt and when it is next due. Plain values the engine fills
// in (FeedOverview) and the item model shows.
struct FeedStatus
{
    QString key;           // feed_state's key: "kev", "epss", "nvd", "osv:Debian", or "osv" for one archive
    QString title;         // "CISA KEV", "OSV (Debian)" ...
    QString url;           // where the next sync downloads from (the mirror when one is set)
    bool mirrored = false; // url is a mirror, not the official URL

    // The last successful import (feed_state); invalid times when never imported.
    QDateTime importedAt;
    QDateTime checkedAt; // last answer from the server, a 304 included
    QString etag;
    QString lastModified;
    QString version;
    qint64 recordCount = 0;

    // The last attempt, whatever its outcome.
    QDateTime attemptedAt;
    QString outcome; // "ok", "not-modified", "failed", "cancelled"; empty when never attempted
    QString error;   // full text when failed or cancelled

    bool enabled = true;
    bool due = false;         // Sync due feeds would sync it now
    QDateTime dueAt;          // when it becomes due (invalid when due now)
    bool longRunning = false; // NVD's first full download: hours at NVD's rate limit
};
