#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Stores the whole fleet's compliance figures of each finished day once (metric_snapshots, scope ""), as of
// the day's end and under the team's compliance rule, so the trend survives later changes to the history:
// the console and `patchwright-cli daemon` call catchUp() when they start and when a UTC day ends. It
// stores the days after the newest one stored up to yesterday (the first time, from the history's first
// day), at most `maxDays` back, in one transaction audited as metrics.snapshotted; a day already stored is
// never written again (`metrics recompute` replaces days on purpose). It reads only the history the missing
// days need, `daysPerRead` days at a time (FleetMetrics::load from a stretch's first day to its last day's
// end), so even the first catch-up over two years of 100,000 assets holds a stretch's history, not the
// whole (~425 MB). Only an admin
// writes: another role's console leaves it to an admin's console or the daemon and says so.
class DailySnapshots
{
    Q_DECLARE_TR_FUNCTIONS(DailySnapshots)

public:
    struct Outcome
    {
        int stored = 0; // days written now
        QDate first;    // the first and last day written (invalid when none)
        QDate last;
        QString notAllowed; // why nothing could be written for this actor ("" when allowed)
    };

    static constexpr int DefaultMaxDays = 730;
    static constexpr int DefaultDaysPerRead = 90;

    // `today`: the current UTC day (its predecessor is the newest finished day).
    static Result<Outcome> catchUp(QSqlDatabase db, const QString &actor, const QDate &today,
                                   int maxDays = DefaultMaxDays, int daysPerRead = DefaultDaysPerRead);

private:
    // The history's first day (UTC): the earliest asset created or patch detected; invalid when empty.
    static Result<QDate> firstDayOf(const QSqlDatabase &db);
};
