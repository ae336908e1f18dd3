#include "ComplianceSeries.h"

QList<DayValue> ComplianceSeries::compliantPercent(const FleetReport &report)
{
    QList<DayValue> values;
    for (const TrendPoint &point : report.exposure.trend) {
        if (const auto share = percentOf(point.figures.compliantAssets, point.figures.assets))
            values.append({point.figures.day, *share});
    }
    return values;
}

QList<DayValue> ComplianceSeries::bySeverity(const FleetReport &report, const QString &band, bool shares)
{
    QList<DayValue> values;
    for (const TrendPoint &point : report.exposure.trend) {
        const MetricSnapshot &f = point.figures;
        if (!shares) {
            values.append({f.day, double(f.openBySeverity.of(band))});
        } else if (const auto share = percentOf(f.assetsByWorstSeverity.of(band), f.assets)) {
            values.append({f.day, *share});
        }
    }
    return values;
}

QList<DayValue> ComplianceSeries::openRiskScore(const FleetReport &report)
{
    QList<DayValue> values;
    for (const TrendPoint &point : report.exposure.trend)
        values.append({point.figures.day, point.figures.openRiskScore});
    return values;
}

QList<DayValue> ComplianceSeries::openKevCves(const FleetReport &report)
{
    QList<DayValue> values;
    for (const TrendPoint &point : report.exposure.trend)
        values.append({point.figures.day, double(point.figures.openKevCves)});
    return values;
}

int ComplianceSeries::withinSla(const FleetReport &report, const QString &band)
{
    return report.sla.openBySeverity.of(band) - report.sla.overdueBySeverity.of(band);
}

int ComplianceSeries::overdue(const FleetReport &report, const QString &band)
{
    return report.sla.overdueBySeverity.of(band);
}

QList<AssetStanding> ComplianceSeries::topExposed(const FleetReport &report, int count)
{
    QList<AssetStanding> top;
    for (const AssetStanding &asset : report.assets) {
        if (top.size() >= count || asset.openRiskScore <= 0)
            break;
        top.append(asset);
    }
    return top;
}
