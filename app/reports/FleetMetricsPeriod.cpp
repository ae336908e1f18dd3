// FleetMetrics' figures over a period (time to patch, deployment success, visibility gaps) and the report
// that puts them together with the daily trend; loading the history and the figures as of a moment are in
// FleetMetrics.cpp.
#include "FleetMetrics.h"

#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

namespace {

const QString Succeeded = QStringLiteral("succeeded");

} // namespace

TimeToPatch FleetMetrics::timeToPatch(const QDateTime &from, const QDateTime &to,
                                      const MetricScope &scope) const
{
    QList<double> all;
    QList<double> kev;
    std::map<QString, QList<double>> bySeverity;
    std::map<QString, QList<double>> byPlatform;
    for (const Patch *patch : installedBetween(from, to, scope)) {
        const Patch &info = *patch;
        const double hours = hoursBetween(timeOf(info.detected), timeOf(info.resolved));
        all.append(hours);
        bySeverity[SeverityCounts::bands().at(info.band)].append(hours);
        byPlatform[platformOf(info.asset)].append(hours);
        if (info.kev)
            kev.append(hours);
    }
    TimeToPatch result;
    result.all = DurationStats::of(all);
    result.kev = DurationStats::of(kev);
    for (const auto &[band, hours] : bySeverity)
        result.bySeverity[band] = DurationStats::of(hours);
    for (const auto &[platform, hours] : byPlatform)
        result.byPlatform[platform] = DurationStats::of(hours);
    return result;
}

DeploymentSuccess FleetMetrics::deploymentSuccess(const QDateTime &from, const QDateTime &to,
                                                  const MetricScope &scope) const
{
    DeploymentSuccess result;
    // Each (change, asset) pair's deploys finished before `to`, in the order they were made.
    std::map<std::pair<qint64, qint64>, QList<const MetricHistory::DeploymentRow *>> attempts;
    std::set<std::pair<qint64, qint64>> finishedInPeriod;
    for (const MetricHistory::DeploymentRow &d : m_deployments) {
        if (!d.finishedAt.isValid() || d.finishedAt >= to || !inScope(d.assetId, scope))
            continue;
        const bool inPeriod = d.finishedAt >= from;
        if (d.kind == QLatin1String("rollback")) {
            if (inPeriod)
                ++result.rollbackDeployments;
            continue;
        }
        if (d.kind != QLatin1String("deploy"))
            continue;
        attempts[{d.changeId, d.assetId}].append(&d);
        if (inPeriod) {
            finishedInPeriod.insert({d.changeId, d.assetId});
            if (d.state == QLatin1String("rolled-back"))
                ++result.deploysRolledBack;
        }
    }
    const auto count = [](SuccessRate &rate, bool first, bool last) {
        ++rate.deployed;
        rate.firstTry += first ? 1 : 0;
        rate.afterRetry += last ? 1 : 0;
    };
    for (const auto &pair : finishedInPeriod) {
        const auto &tries = attempts.at(pair);
        const bool first = tries.constFirst()->state == Succeeded;
        const bool last = tries.constLast()->state == Succeeded;
        count(result.all, first, last);
        count(result.byPlatform[platformOf(m_assetIndex.value(pair.second, -1))], first, last);
        count(result.byRing[tries.constLast()->ring], first, last);
    }
    return result;
}

VisibilityGaps FleetMetrics::visibility(const QDateTime &to, const MetricScope &scope, int staleDays) const
{
    VisibilityGaps gaps;
    gaps.staleDays = staleDays;
    const qint64 freshFrom = msecs(to.addDays(-staleDays), std::numeric_limits<qint64>::min());
    const std::vector<ScanHistory::Last> last =
        m_scans.lastBefore(msecs(to, std::numeric_limits<qint64>::min()));
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        const MetricHistory::AssetRow &asset = m_assets.at(i);
        if (!inScope(asset.id, scope) || !existsAt(asset.id, to))
            continue;
        const ScanHistory::Last &scan = last[size_t(i)];
        const bool scanned = scan.finished != ScanHistory::None;
        const QString status = scanned ? m_scans.status(scan.status) : QString();
        const VisibilityGap gap{asset.name, scanned ? timeOf(scan.finished) : QDateTime(), status};
        if (asset.inventoryOnly) {
            gaps.inventoryOnly.append(gap);
            continue;
        }
        const bool everOk = scan.lastOk != ScanHistory::None;
        const bool fresh = everOk && scan.lastOk >= freshFrom;
        if (!fresh)
            gaps.notScanned.append(gap);
        if (status == QLatin1String("failed")) {
            gaps.lastScanFailed.append(gap);
            gaps.failed.append(gap);
        } else if (!everOk) {
            gaps.neverScanned.append(gap);
        } else if (!fresh) {
            gaps.stale.append(gap);
        }
    }
    // Appended: each list may reserve up to twice its items (a stale fleet of 100,000 lists most of them).
    for (QList<VisibilityGap> *list : {&gaps.inventoryOnly, &gaps.notScanned, &gaps.lastScanFailed,
                                       &gaps.failed, &gaps.neverScanned, &gaps.stale})
        list->squeeze();
    return gaps;
}

FleetReport FleetMetrics::report(const QDateTime &from, const QDateTime &to, const MetricScope &scope,
                                 const QList<MetricSnapshot> &stored, const ComplianceRule &rule,
                                 int staleDays, OverdueItems overdue) const
{
    FleetReport report;
    report.from = from.toUTC();
    report.to = to.toUTC();
    report.scope = scope;
    report.timeToPatch = timeToPatch(report.from, report.to, scope);
    report.rule = rule;
    const MetricSnapshot end =
        figuresAt(report.to, scope, rule, overdue == OverdueItems::Listed ? &report.sla.overdue : nullptr,
                  &report.sla.overdueBySeverity, &report.assets);
    report.sla.openBySeverity = end.openBySeverity;
    report.sla.missing = end.openPatches;
    report.sla.withinSla = end.openPatches - end.overduePatches;
    report.sla.assets = end.assets;
    report.sla.compliantAssets = end.compliantAssets;
    report.deployments = deploymentSuccess(report.from, report.to, scope);
    report.exposure.openRiskScore = end.openRiskScore;
    report.exposure.openKevCves = end.openKevCves;
    report.exposure.openPatches = end.openPatches;
    QHash<QDate, MetricSnapshot> byDay;
    for (const MetricSnapshot &snapshot : stored) {
        if (snapshot.rule == rule.key()) // a day counted under another rule is computed again
            byDay.insert(snapshot.day, snapshot);
    }
    QDate lastEnd = report.from.date();
    while (endOfDay(lastEnd) <= report.to)
        lastEnd = lastEnd.addDays(1);
    for (const MetricSnapshot &computed : days(report.from.date(), lastEnd, scope, rule)) {
        const auto found = byDay.constFind(computed.day);
        if (found != byDay.cend())
            report.exposure.trend.append({*found, true});
        else
            report.exposure.trend.append({computed, false});
    }
    report.visibility = visibility(report.to, scope, staleDays);
    markVisibility(report.assets, report.visibility);
    return report;
}
