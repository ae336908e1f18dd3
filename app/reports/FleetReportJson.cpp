#include "FleetReportJson.h"

#include "storage/SqlTime.h"

#include <QJsonArray>
#include <QtMath>

namespace {

QJsonValue number(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QString text(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("n/a");
}

QJsonObject durations(const DurationStats &stats)
{
    return {{QStringLiteral("count"), stats.count},
            {QStringLiteral("mean_hours"), number(stats.meanHours, 2)},
            {QStringLiteral("median_hours"), number(stats.medianHours, 2)}};
}

QJsonObject rate(const SuccessRate &rate)
{
    return {{QStringLiteral("deployed"), rate.deployed},
            {QStringLiteral("first_try"), rate.firstTry},
            {QStringLiteral("after_retry"), rate.afterRetry},
            {QStringLiteral("first_try_percent"), number(rate.firstTryPercent(), 1)},
            {QStringLiteral("after_retry_percent"), number(rate.afterRetryPercent(), 1)}};
}

template<typename Map, typename Convert>
QJsonObject byKey(const Map &map, Convert convert)
{
    QJsonObject object;
    for (const auto &[key, value] : map)
        object.insert(key.isEmpty() ? QStringLiteral("(none)") : key, convert(value));
    return object;
}

QJsonValue timeValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(SqlTime::toValue(at).toString()) : QJsonValue(QJsonValue::Null);
}

QJsonArray gaps(const QList<VisibilityGap> &list)
{
    QJsonArray array;
    for (const VisibilityGap &gap : list)
        array.append(QJsonObject{{QStringLiteral("asset"), gap.asset},
                                 {QStringLiteral("last_scan"), timeValue(gap.lastScan)},
                                 {QStringLiteral("last_status"), gap.lastStatus}});
    return array;
}

QString gapText(const VisibilityGap &gap)
{
    return gap.lastScan.isValid()
               ? SqlTime::toValue(gap.lastScan).toString() + QLatin1Char(' ') + gap.lastStatus
               : QStringLiteral("never");
}

QJsonObject bySeverity(const SeverityCounts &counts)
{
    QJsonObject object;
    for (const QString &band : SeverityCounts::bands())
        object.insert(band, counts.of(band));
    return object;
}

QJsonArray standings(const QList<AssetStanding> &assets)
{
    QJsonArray array;
    for (const AssetStanding &a : assets)
        array.append(QJsonObject{{QStringLiteral("asset"), a.name},
                                 {QStringLiteral("ring"), a.ring},
                                 {QStringLiteral("criticality"), a.criticality},
                                 {QStringLiteral("os"), a.osId},
                                 {QStringLiteral("platform"), a.platform},
                                 {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                 {QStringLiteral("open_patches"), a.openPatches},
                                 {QStringLiteral("overdue_items"), a.overdueItems},
                                 {QStringLiteral("open_kev_cves"), a.openKevCves},
                                 {QStringLiteral("open_risk_score"), number(a.openRiskScore, 1)},
                                 {QStringLiteral("last_scan"), timeValue(a.lastScan)},
                                 {QStringLiteral("last_scan_status"), a.lastScanStatus},
                                 {QStringLiteral("visibility"), a.visibility},
                                 {QStringLiteral("compliant"), a.compliant}});
    return array;
}

} // namespace

QJsonObject FleetReportJson::toJson(const FleetReport &report)
{
    const TimeToPatch &ttp = report.timeToPatch;
    const SlaCompliance &sla = report.sla;
    QJsonArray overdue;
    for (const OverdueItem &item : sla.overdue)
        overdue.append(QJsonObject{{QStringLiteral("asset"), item.asset},
                                   {QStringLiteral("package"), item.package},
                                   {QStringLiteral("version"), item.version},
                                   {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                                   {QStringLiteral("days_overdue"), item.daysOverdue},
                                   {QStringLiteral("severity"), item.severity}});
    QJsonArray trend;
    for (const TrendPoint &point : report.exposure.trend) {
        const MetricSnapshot &f = point.figures;
        trend.append(
            QJsonObject{{QStringLiteral("day"), f.day.toString(Qt::ISODate)},
                        {QStringLiteral("source"),
                         point.stored ? QStringLiteral("snapshot") : QStringLiteral("computed")},
                        {QStringLiteral("open_risk_score"), number(f.openRiskScore, 1)},
                        {QStringLiteral("open_kev_cves"), f.openKevCves},
                        {QStringLiteral("open_patches"), f.openPatches},
                        {QStringLiteral("overdue_patches"), f.overduePatches},
                        {QStringLiteral("assets"), f.assets},
                        {QStringLiteral("compliant_assets"), f.compliantAssets},
                        {QStringLiteral("open_by_severity"), bySeverity(f.openBySeverity)},
                        {QStringLiteral("assets_by_worst_severity"), bySeverity(f.assetsByWorstSeverity)}});
    }
    const DeploymentSuccess &d = report.deployments;
    return {
        {QStringLiteral("schema_version"), FleetReport::SchemaVersion},
        {QStringLiteral("from"), timeValue(report.from)},
        {QStringLiteral("to"), timeValue(report.to)},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("ring"), report.scope.ring},
                                              {QStringLiteral("criticality"), report.scope.criticality},
                                              {QStringLiteral("tag"), report.scope.tag},
                                              {QStringLiteral("os"), report.scope.osId}}},
        {QStringLiteral("rule"),
         QJsonObject{{QStringLiteral("no_overdue_items"), report.rule.noOverdueItems},
                     {QStringLiteral("no_kev_items"), report.rule.noKevItems},
                     {QStringLiteral("no_security_updates"), report.rule.noSecurityUpdates}}},
        {QStringLiteral("time_to_patch"),
         QJsonObject{{QStringLiteral("all"), durations(ttp.all)},
                     {QStringLiteral("by_severity"), byKey(ttp.bySeverity, durations)},
                     {QStringLiteral("kev"), durations(ttp.kev)},
                     {QStringLiteral("by_platform"), byKey(ttp.byPlatform, durations)}}},
        {QStringLiteral("sla"),
         QJsonObject{{QStringLiteral("missing_patches"), sla.missing},
                     {QStringLiteral("within_sla"), sla.withinSla},
                     {QStringLiteral("within_sla_percent"), number(sla.withinSlaPercent(), 1)},
                     {QStringLiteral("assets"), sla.assets},
                     {QStringLiteral("compliant_assets"), sla.compliantAssets},
                     {QStringLiteral("compliant_assets_percent"), number(sla.compliantPercent(), 1)},
                     {QStringLiteral("open_by_severity"), bySeverity(sla.openBySeverity)},
                     {QStringLiteral("overdue_by_severity"), bySeverity(sla.overdueBySeverity)},
                     {QStringLiteral("overdue"), overdue}}},
        {QStringLiteral("deployments"),
         QJsonObject{{QStringLiteral("all"), rate(d.all)},
                     {QStringLiteral("by_platform"), byKey(d.byPlatform, rate)},
                     {QStringLiteral("by_ring"), byKey(d.byRing, rate)},
                     {QStringLiteral("rollback_deployments"), d.rollbackDeployments},
                     {QStringLiteral("deploys_rolled_back"), d.deploysRolledBack}}},
        {QStringLiteral("exposure"),
         QJsonObject{{QStringLiteral("open_risk_score"), number(report.exposure.openRiskScore, 1)},
                     {QStringLiteral("open_kev_cves"), report.exposure.openKevCves},
                     {QStringLiteral("open_patches"), report.exposure.openPatches},
                     {QStringLiteral("trend"), trend}}},
        {QStringLiteral("visibility"),
         QJsonObject{{QStringLiteral("stale_days"), report.visibility.staleDays},
                     {QStringLiteral("not_scanned"), gaps(report.visibility.notScanned)},
                     {QStringLiteral("last_scan_failed"), gaps(report.visibility.lastScanFailed)},
                     {QStringLiteral("gaps"), report.visibility.count()},
                     {QStringLiteral("failed"), gaps(report.visibility.failed)},
                     {QStringLiteral("stale"), gaps(report.visibility.stale)},
                     {QStringLiteral("never_scanned"), gaps(report.visibility.neverScanned)},
                     {QStringLiteral("inventory_only"), gaps(report.visibility.inventoryOnly)}}},
        {QStringLiteral("assets"), standings(report.assets)},
    };
}

QList<QVariantList> FleetReportJson::toRows(const FleetReport &report)
{
    QList<QVariantList> rows;
    const auto add = [&rows](const QString &metric, const QString &group, const QVariant &value) {
        rows.append({metric, group, value});
    };
    const auto addDurations = [&add](const QString &group, const DurationStats &stats) {
        add(QStringLiteral("time_to_patch.count"), group, stats.count);
        add(QStringLiteral("time_to_patch.mean_hours"), group, text(stats.meanHours, 2));
        add(QStringLiteral("time_to_patch.median_hours"), group, text(stats.medianHours, 2));
    };
    const TimeToPatch &ttp = report.timeToPatch;
    addDurations(QStringLiteral("all"), ttp.all);
    for (const auto &[band, stats] : ttp.bySeverity)
        addDurations(QStringLiteral("severity=") + band, stats);
    addDurations(QStringLiteral("kev"), ttp.kev);
    for (const auto &[platform, stats] : ttp.byPlatform)
        addDurations(QStringLiteral("platform=") + platform, stats);

    const SlaCompliance &sla = report.sla;
    add(QStringLiteral("sla.missing_patches"), QString(), sla.missing);
    add(QStringLiteral("sla.within_sla"), QString(), sla.withinSla);
    add(QStringLiteral("sla.within_sla_percent"), QString(), text(sla.withinSlaPercent(), 1));
    add(QStringLiteral("sla.assets"), QString(), sla.assets);
    add(QStringLiteral("sla.compliant_assets"), QString(), sla.compliantAssets);
    add(QStringLiteral("sla.compliant_assets_percent"), QString(), text(sla.compliantPercent(), 1));
    for (const QString &band : SeverityCounts::bands()) {
        add(QStringLiteral("sla.open_patches"), QStringLiteral("severity=") + band,
            sla.openBySeverity.of(band));
        add(QStringLiteral("sla.overdue_patches"), QStringLiteral("severity=") + band,
            sla.overdueBySeverity.of(band));
    }
    for (const OverdueItem &item : sla.overdue)
        add(QStringLiteral("sla.overdue_days"),
            item.asset + QLatin1Char(' ') + item.package + QLatin1Char(' ') + item.version +
                QStringLiteral(" due ") + item.due.toString(Qt::ISODate),
            item.daysOverdue);

    const auto addRate = [&add](const QString &group, const SuccessRate &rate) {
        add(QStringLiteral("deployments.deployed"), group, rate.deployed);
        add(QStringLiteral("deployments.first_try_percent"), group, text(rate.firstTryPercent(), 1));
        add(QStringLiteral("deployments.after_retry_percent"), group, text(rate.afterRetryPercent(), 1));
    };
    const DeploymentSuccess &d = report.deployments;
    addRate(QStringLiteral("all"), d.all);
    for (const auto &[platform, rate] : d.byPlatform)
        addRate(QStringLiteral("platform=") + platform, rate);
    for (const auto &[ring, rate] : d.byRing)
        addRate(QStringLiteral("ring=") + (ring.isEmpty() ? QStringLiteral("(none)") : ring), rate);
    add(QStringLiteral("deployments.rollback_deployments"), QString(), d.rollbackDeployments);
    add(QStringLiteral("deployments.deploys_rolled_back"), QString(), d.deploysRolledBack);

    add(QStringLiteral("exposure.open_risk_score"), QString(),
        QString::number(report.exposure.openRiskScore, 'f', 1));
    add(QStringLiteral("exposure.open_kev_cves"), QString(), report.exposure.openKevCves);
    add(QStringLiteral("exposure.open_patches"), QString(), report.exposure.openPatches);
    for (const TrendPoint &point : report.exposure.trend) {
        const QString day = point.figures.day.toString(Qt::ISODate) +
                            (point.stored ? QStringLiteral(" snapshot") : QStringLiteral(" computed"));
        add(QStringLiteral("exposure.trend.open_risk_score"), day,
            QString::number(point.figures.openRiskScore, 'f', 1));
        add(QStringLiteral("exposure.trend.open_kev_cves"), day, point.figures.openKevCves);
    }

    for (const AssetStanding &a : report.assets) {
        add(QStringLiteral("assets.open_risk_score"), a.name, QString::number(a.openRiskScore, 'f', 1));
        add(QStringLiteral("assets.overdue_items"), a.name, a.overdueItems);
        add(QStringLiteral("assets.open_kev_cves"), a.name, a.openKevCves);
        add(QStringLiteral("assets.compliant"), a.name,
            a.compliant ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    for (const VisibilityGap &gap : report.visibility.notScanned)
        add(QStringLiteral("visibility.not_scanned"), gap.asset, gapText(gap));
    for (const VisibilityGap &gap : report.visibility.lastScanFailed)
        add(QStringLiteral("visibility.last_scan_failed"), gap.asset, gapText(gap));
    add(QStringLiteral("visibility.gaps"), QString(), report.visibility.count());
    for (const VisibilityGap &gap : report.visibility.stale)
        add(QStringLiteral("visibility.stale"), gap.asset, gapText(gap));
    for (const VisibilityGap &gap : report.visibility.neverScanned)
        add(QStringLiteral("visibility.never_scanned"), gap.asset, gapText(gap));
    for (const VisibilityGap &gap : report.visibility.inventoryOnly)
        add(QStringLiteral("visibility.inventory_only"), gap.asset, gapText(gap));
    return rows;
}
