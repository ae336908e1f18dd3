#include "ComplianceReport.h"

#include "ComplianceRuleSetting.h"
#include "FleetMetrics.h"

#include "domain/UtcTime.h"
#include "storage/Database.h"
#include "storage/MetricSnapshotRepository.h"

#include <QTimeZone>

namespace {

QDateTime startOf(const QDate &day)
{
    return UtcTime::startOfDay(day);
}

} // namespace

Result<ComplianceReport> ComplianceReport::build(Database &database, const QDate &from, const QDate &to,
                                                 const MetricScope &scope, int staleDays)
{
    ComplianceReport report;
    // The provenance first: the figures are then computed from a trail at least this long.
    auto provenance = ReportProvenance::read(database);
    if (!provenance)
        return provenance.error();
    report.provenance = std::move(provenance).value();

    const QSqlDatabase db = database.connection();
    const auto metrics = FleetMetrics::load(db);
    if (!metrics)
        return metrics.error();
    const auto rule = ComplianceRuleSetting::load(db);
    if (!rule)
        return rule.error();
    const auto stored = MetricSnapshotRepository(db, database.actor()).list(scope.key(), from, to);
    if (!stored)
        return stored.error();
    report.figures =
        metrics.value().report(startOf(from), startOf(to), scope, stored.value(), rule.value(), staleDays);

    return report;
}
