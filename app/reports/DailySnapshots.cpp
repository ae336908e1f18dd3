#include "DailySnapshots.h"

#include "ComplianceRuleSetting.h"
#include "FleetMetrics.h"

#include "storage/MetricSnapshotRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>

Result<DailySnapshots::Outcome> DailySnapshots::catchUp(QSqlDatabase db, const QString &actor,
                                                        const QDate &today, int maxDays)
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
    // Only the history the missing days need; the first catch-up reads it all (it starts at the history's
    // first day, which only the whole history knows).
    const QDateTime since = newest.value().isValid()
                                ? FleetMetrics::endOfDay(std::max(newest.value(), oldest.addDays(-1)))
                                : QDateTime();
    const auto metrics = FleetMetrics::load(db, since);
    if (!metrics)
        return metrics.error();
    QDate first = newest.value().isValid() ? newest.value().addDays(1) : metrics.value().firstDay();
    if (!first.isValid() || first < oldest)
        first = first.isValid() ? oldest : yesterday;
    const auto rule = ComplianceRuleSetting::load(db);
    if (!rule)
        return rule.error();
    const QList<MetricSnapshot> days = metrics.value().days(first, today, MetricScope{}, rule.value());
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
