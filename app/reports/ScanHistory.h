#pragma once

#include "domain/Result.h"
#include "storage/MetricHistory.h"

#include <QHash>
#include <QStringList>

#include <limits>
#include <vector>

// The scans the visibility figures and the asset standings read, as few as a window allows: of the scans
// finished before `since`, only each asset's last scan and last good one (found by index: bounded by the
// assets, not by the history's 5 M scans at 100,000 assets); the scans from `since` on one by one, in 24
// bytes each. lastBefore() then answers for any moment at or after `since` what a walk over every scan
// would. Without a `since`, every scan is kept (what the CLI and the reports do).
class ScanHistory
{
public:
    static constexpr qint64 None = std::numeric_limits<qint64>::min();

    // An asset's scans finished before a moment.
    struct Last
    {
        qint64 finished = None; // its last scan's end, ms since the epoch; None: never scanned
        int status = -1;        // that scan's status, in statuses()
        qint64 lastOk = None;   // its last good scan's end
    };

    // `assetIndex`: asset id to its index in the assets the figures count (`assets` of them).
    // With `until` valid, the scans finished from it on are left out: moments up to `until` only.
    static Result<ScanHistory> load(const MetricHistory &history, const QHash<qint64, qsizetype> &assetIndex,
                                    qsizetype assets, const QDateTime &since, const QDateTime &until = {});

    // Per asset index, its scans finished before `moment` (at or after `since`).
    std::vector<Last> lastBefore(qint64 moment) const;
    QString status(int index) const;

private:
    struct Scan
    {
        qint64 finished;
        qint64 id;
        int asset;
        int status;
    };

    int statusIndex(const QString &status);

    std::vector<Last> m_before; // per asset: its scans before `since`
    std::vector<Scan> m_scans;  // from `since` on, by (finished, id)
    QStringList m_statuses;
};
