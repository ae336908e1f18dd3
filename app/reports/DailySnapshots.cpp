#include "DailySnapshots.h"

#include "ComplianceRuleSetting.h"
#include "FleetMetrics.h"

#include "storage/MetricHistory.h"
#include "storage/MetricSnapshotRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>

Result<QDate> DailySnapshots::firstDayOf(const QSqlDatabase &db)
{
    const MetricHistory history(db);
    const auto assets = history.assets();
    if (!assets)
        return assets.error();
    const auto detected = history.firstDetected();
    if (!detected)
        return detected.error();
    QDateTime first = detected.value();
    for (const MetricHistory::AssetRow &asset : assets.value()) {
        if (asset.createdAt.isValid() && (!first.isValid() || asset.createdAt < first))
            first = asset.createdAt;
    }
    return first.isValid() ? first.toUTC().date() : QDate();
}

Result<DailySnapshots::Outcome> DailySnapshots::catchUp(QSqlDatabase db, const QString &actor,
                                                        const QDate &today, int maxDays, int daysPerRead)
{
    Outcome outcome;
    if (Status allowed = UserRepository(db, actor).require(Permission::RunFleet); !allowed) {
        outcome.notAllowed = allowed.error().text();
        return outcome;
    }
    MetricSnapshotRepository snapshots(db, actor);
    const auto newest = snapshots.newestDay(QString());
    if (!newest)
        return newest.error();
    const QDate yesterday = today.addDays(-1);
    if (newest.value().isValid() && newest.value() >= yesterday)
        return outcome; // up to date: the history is not even read
    const QDate oldest = today.addDays(-std::max(1, maxDays));
    QDate first = newest.value().isValid() ? newest.value().addDays(1) : QDate();
    if (!first.isValid()) { // the first catch-up: from the history's first day
        const auto firstDay = firstDayOf(db);
        if (!firstDay)
            return firstDay.error();
        first = firstDay.value();
    }
    if (!first.isValid() || first < oldest)
        first = first.isValid() ? oldest : yesterday;
    const auto rule = ComplianceRuleSetting::load(db);
    if (!rule)
        return rule.error();
    // A stretch of days at a time, each read only the history its days need (from its first day's start to
    // its last day's end): two years of 100,000 assets at once held ~425 MB.
    QList<MetricSnapshot> days;
    for (QDate start = first; start < today;) {
        const QDate end = std::min(today, start.addDays(std::max(1, daysPerRead)));
        const auto metrics = FleetMetrics::load(db, FleetMetrics::endOfDay(start.addDays(-1)),
                                                FleetMetrics::endOfDay(end.addDays(-1)));
        if (!metrics)
            return metrics.error();
        days += metrics.value().days(start, end, MetricScope{}, rule.value());
        start = end;
    }
    const auto stored = snapshots.appendNew(QString(), days);
    if (!stored)
        return stored.error();
    outcome.stored = stored.value();
    if (outcome.stored > 0) {
        outcome.last = yesterday;
        outcome.first = yesterday.addDays(1 - outcome.stored);
    }
    return outcome;
}
