#include "FleetMetrics.h"

#include "TrendSweep.h"

#include "intel/PatchPrioritizer.h"

#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace {

double hoursBetween(const QDateTime &start, const QDateTime &end)
{
    return double(start.msecsTo(end)) / 3'600'000.0;
}

// The last calendar day (UTC) before the moment `at`: the "today" a due date is compared with.
QDate lastDayBefore(const QDateTime &at)
{
    return at.toUTC().addMSecs(-1).date();
}

const QString Succeeded = QStringLiteral("succeeded");

bool isSecurityUpdate(const PendingPatch &patch)
{
    return patch.classification == PatchClassification::Security;
}

} // namespace

Result<FleetMetrics> FleetMetrics::load(const QSqlDatabase &db)
{
    const MetricHistory history(db);
    FleetMetrics metrics;
    auto assets = history.assets();
    if (!assets)
        return assets.error();
    metrics.m_assets = std::move(assets).value();
    for (qsizetype i = 0; i < metrics.m_assets.size(); ++i)
        metrics.m_assetIndex.insert(metrics.m_assets.at(i).id, i);
    auto patches = history.patches();
    if (!patches)
        return patches.error();
    metrics.m_patches = std::move(patches).value();
    auto scans = history.scans();
    if (!scans)
        return scans.error();
    metrics.m_scans = std::move(scans).value();
    auto deployments = history.deployments();
    if (!deployments)
        return deployments.error();
    metrics.m_deployments = std::move(deployments).value();
    const auto kev = history.kevCves();
    if (!kev)
        return kev.error();

    // Due dates, bands and scores as the Patches pane gives them: every row scored as if missing (its band
    // and due date do not depend on the day; overdue is judged here, per moment).
    // The rows go to the prioritizer and back in slices, and keep only what the figures and drill-downs read
    // (the score's reasons and the findings are dropped; the asset's name and the band are shared strings):
    // at 10,000 assets and two years that is half a million rows.
    constexpr qsizetype Slice = 50'000;
    const PatchPrioritizer prioritizer(db);
    for (qsizetype begin = 0; begin < metrics.m_patches.size(); begin += Slice) {
        const qsizetype end = std::min(metrics.m_patches.size(), begin + Slice);
        QList<AssetPatch> scored;
        QList<PatchState> states;
        scored.reserve(end - begin);
        states.reserve(end - begin);
        for (qsizetype i = begin; i < end; ++i) {
            AssetPatch &patch = metrics.m_patches[i].patch;
            states.append(patch.state);
            scored.append(std::move(patch));
            scored.last().state = PatchState::Missing;
        }
        if (Status prioritized = prioritizer.prioritize(scored); !prioritized)
            return prioritized.error();
        for (qsizetype i = begin; i < end; ++i) {
            AssetPatch &patch = metrics.m_patches[i].patch;
            patch = std::move(scored[i - begin]);
            patch.state = states.at(i - begin);
            patch.priority.reasons = QStringList();
            patch.findings = QStringList();
            const qsizetype asset = metrics.m_assetIndex.value(patch.assetId, -1);
            if (asset >= 0)
                patch.assetName = metrics.m_assets.at(asset).name;
            const qsizetype band = SeverityCounts::bands().indexOf(patch.priority.severityBand);
            if (band >= 0)
                patch.priority.severityBand = SeverityCounts::bands().at(band);
        }
    }
    metrics.m_assetCreated.reserve(metrics.m_assets.size());
    for (const MetricHistory::AssetRow &asset : std::as_const(metrics.m_assets))
        metrics.m_assetCreated.append(msecs(asset.createdAt, std::numeric_limits<qint64>::min()));
    QHash<QString, int> kevIds;
    metrics.m_patchInfo.reserve(metrics.m_patches.size());
    for (qsizetype i = 0; i < metrics.m_patches.size(); ++i) {
        const MetricHistory::PatchRow &row = metrics.m_patches.at(i);
        Patch info;
        info.index = i;
        info.asset = metrics.m_assetIndex.value(row.patch.assetId, -1);
        info.detected = msecs(row.patch.detectedAt, std::numeric_limits<qint64>::min());
        info.resolved = msecs(row.resolvedAt, Never);
        info.riskTenths = qRound64(row.patch.priority.score * 10.0);
        const qsizetype band = SeverityCounts::bands().indexOf(row.patch.priority.severityBand);
        info.band = band < 0 ? int(SeverityCounts::bands().size()) - 1 : int(band);
        info.due = row.patch.priority.due;
        info.security = isSecurityUpdate(row.patch.patch);
        for (const QString &cve : row.patch.patch.cves) {
            if (kev.value().contains(cve) && !info.kevCves.contains(cve)) {
                info.kevCves.append(cve);
                auto id = kevIds.constFind(cve);
                if (id == kevIds.cend())
                    id = kevIds.insert(cve, int(kevIds.size()));
                info.kevIds.append(*id);
            }
        }
        info.kev = !info.kevCves.isEmpty();
        metrics.m_patchInfo.append(info);
    }
    return metrics;
}

qint64 FleetMetrics::msecs(const QDateTime &moment, qint64 invalid)
{
    return moment.isValid() ? moment.toMSecsSinceEpoch() : invalid;
}

std::vector<char> FleetMetrics::scopeMask(const MetricScope &scope) const
{
    std::vector<char> mask(size_t(m_assets.size()), 0);
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        const MetricHistory::AssetRow &asset = m_assets.at(i);
        mask[size_t(i)] = scope.contains(asset.ring, asset.criticality, asset.tags, asset.osId) ? 1 : 0;
    }
    return mask;
}

bool FleetMetrics::openAt(const Patch &patch, qint64 at) const
{
    return patch.asset >= 0 && patch.detected < at && patch.resolved >= at &&
           m_assetCreated.at(patch.asset) < at;
}

bool FleetMetrics::inScope(qint64 assetId, const MetricScope &scope) const
{
    const auto index = m_assetIndex.constFind(assetId);
    if (index == m_assetIndex.cend())
        return false;
    const MetricHistory::AssetRow &asset = m_assets.at(*index);
    return scope.contains(asset.ring, asset.criticality, asset.tags, asset.osId);
}

bool FleetMetrics::existsAt(qint64 assetId, const QDateTime &at) const
{
    const auto index = m_assetIndex.constFind(assetId);
    if (index == m_assetIndex.cend())
        return false;
    const QDateTime &created = m_assets.at(*index).createdAt;
    return !created.isValid() || created < at;
}

QString FleetMetrics::platformOf(qint64 assetId) const
{
    const auto index = m_assetIndex.constFind(assetId);
    const QString platform = index == m_assetIndex.cend() ? QString() : m_assets.at(*index).platform;
    return platform.isEmpty() ? QStringLiteral("unknown") : platform;
}

MetricSnapshot FleetMetrics::figuresAt(const QDateTime &at, const MetricScope &scope,
                                       const ComplianceRule &rule, QList<OverdueItem> *overdue,
                                       SeverityCounts *overdueBySeverity,
                                       QList<AssetStanding> *standings) const
{
    MetricSnapshot figures;
    figures.day = lastDayBefore(at);
    figures.scope = scope.key();
    figures.rule = rule.key();
    figures.computedAt = QDateTime::currentDateTimeUtc();
    const QDate today = lastDayBefore(at);
    QSet<qint64> nonCompliant;
    QSet<QString> kevCves;
    QHash<qint64, AssetStanding> byAsset;
    QHash<qint64, QSet<QString>> kevByAsset;
    QHash<qint64, int> worstBand; // index in SeverityCounts::bands(), lower is more severe
    const std::vector<char> kept = scopeMask(scope);
    const qint64 moment = at.toMSecsSinceEpoch();
    qint64 riskTenths = 0;
    for (const Patch &info : m_patchInfo) {
        if (!openAt(info, moment) || !kept[size_t(info.asset)])
            continue;
        const MetricHistory::PatchRow &row = m_patches.at(info.index);
        ++figures.openPatches;
        riskTenths += info.riskTenths;
        figures.openBySeverity.add(SeverityCounts::bands().at(info.band));
        const auto worst = worstBand.find(row.patch.assetId);
        if (worst == worstBand.end())
            worstBand.insert(row.patch.assetId, info.band);
        else
            *worst = std::min(*worst, info.band);
        for (const QString &cve : info.kevCves)
            kevCves.insert(cve);
        const QDate due = info.due;
        const bool late = due.isValid() && today > due;
        if (late) {
            ++figures.overduePatches;
            if (overdueBySeverity)
                overdueBySeverity->add(row.patch.priority.severityBand);
            if (overdue)
                overdue->append({row.patch.assetName, row.patch.patch.package,
                                 row.patch.patch.availableVersion, due, int(due.daysTo(today)),
                                 row.patch.priority.severityBand});
        }
        if ((rule.noOverdueItems && late) || (rule.noKevItems && info.kev) ||
            (rule.noSecurityUpdates && info.security))
            nonCompliant.insert(row.patch.assetId);
        if (standings) {
            AssetStanding &standing = byAsset[row.patch.assetId];
            ++standing.openPatches;
            standing.overdueItems += late ? 1 : 0;
            standing.openRiskScore += row.patch.priority.score;
            for (const QString &cve : info.kevCves)
                kevByAsset[row.patch.assetId].insert(cve);
        }
    }
    figures.openRiskScore = double(riskTenths) / 10.0;
    figures.openKevCves = int(kevCves.size());
    for (auto worst = worstBand.cbegin(); worst != worstBand.cend(); ++worst)
        figures.assetsByWorstSeverity.add(SeverityCounts::bands().at(worst.value()));
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        const MetricHistory::AssetRow &asset = m_assets.at(i);
        if (!kept[size_t(i)] || m_assetCreated.at(i) >= moment)
            continue;
        ++figures.assets;
        if (!nonCompliant.contains(asset.id))
            ++figures.compliantAssets;
        if (standings) {
            AssetStanding standing = byAsset.value(asset.id);
            standing.id = asset.id;
            standing.name = asset.name;
            standing.ring = asset.ring;
            standing.criticality = asset.criticality;
            standing.osId = asset.osId;
            standing.platform = asset.platform;
            standing.tags = asset.tags;
            standing.openKevCves = int(kevByAsset.value(asset.id).size());
            standing.compliant = !nonCompliant.contains(asset.id);
            standings->append(standing);
        }
    }
    if (standings) {
        QHash<qint64, const MetricHistory::ScanRow *> last;
        for (const MetricHistory::ScanRow &scan : m_scans) { // by finished_at
            if (scan.finishedAt.isValid() && scan.finishedAt < at)
                last.insert(scan.assetId, &scan);
        }
        for (AssetStanding &standing : *standings) {
            if (const MetricHistory::ScanRow *scan = last.value(standing.id)) {
                standing.lastScan = scan->finishedAt;
                standing.lastScanStatus = scan->status;
            }
        }
        std::stable_sort(standings->begin(), standings->end(),
                         [](const AssetStanding &a, const AssetStanding &b) {
                             if (a.openRiskScore != b.openRiskScore)
                                 return a.openRiskScore > b.openRiskScore;
                             return a.name < b.name;
                         });
    }
    if (overdue) {
        std::stable_sort(overdue->begin(), overdue->end(), [](const OverdueItem &a, const OverdueItem &b) {
            if (a.daysOverdue != b.daysOverdue)
                return a.daysOverdue > b.daysOverdue;
            if (a.asset != b.asset)
                return a.asset < b.asset;
            return a.package < b.package;
        });
    }
    return figures;
}

MetricSnapshot FleetMetrics::day(const QDate &day, const MetricScope &scope, const ComplianceRule &rule) const
{
    return figuresAt(endOfDay(day), scope, rule, nullptr);
}

QList<MetricSnapshot> FleetMetrics::days(const QDate &first, const QDate &end, const MetricScope &scope,
                                         const ComplianceRule &rule) const
{
    return TrendSweep(m_patchInfo, m_assetCreated).days(first, end, scopeMask(scope), scope.key(), rule);
}

QDateTime FleetMetrics::endOfDay(const QDate &day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc());
}

QList<OpenItem> FleetMetrics::openItems(const QDateTime &at, const MetricScope &scope) const
{
    const QDate today = lastDayBefore(at);
    QList<OpenItem> items;
    const std::vector<char> kept = scopeMask(scope);
    const qint64 moment = at.toMSecsSinceEpoch();
    for (const Patch &info : m_patchInfo) {
        if (!openAt(info, moment) || !kept[size_t(info.asset)])
            continue;
        const MetricHistory::PatchRow &row = m_patches.at(info.index);
        OpenItem item;
        item.patchId = row.patch.id;
        item.assetId = row.patch.assetId;
        item.asset = row.patch.assetName;
        item.package = row.patch.patch.package;
        item.version = row.patch.patch.availableVersion;
        item.severity = row.patch.priority.severityBand;
        item.detectedAt = row.patch.detectedAt;
        item.due = row.patch.priority.due;
        item.daysOverdue = item.due.isValid() && today > item.due ? int(item.due.daysTo(today)) : 0;
        item.kevCves = info.kevCves;
        item.riskScore = row.patch.priority.score;
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const OpenItem &a, const OpenItem &b) {
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (a.riskScore != b.riskScore)
            return a.riskScore > b.riskScore;
        if (a.asset != b.asset)
            return a.asset < b.asset;
        return a.package < b.package;
    });
    return items;
}

QList<AssetStanding> FleetMetrics::assetsAt(const QDateTime &at, const MetricScope &scope,
                                            const ComplianceRule &rule, int staleDays) const
{
    QList<AssetStanding> standings;
    figuresAt(at, scope, rule, nullptr, nullptr, &standings);
    markVisibility(standings, visibility(at, scope, staleDays));
    return standings;
}

void FleetMetrics::markVisibility(QList<AssetStanding> &standings, const VisibilityGaps &gaps)
{
    QHash<QString, QString> byName;
    const auto mark = [&byName](const QList<VisibilityGap> &list, const char *word) {
        for (const VisibilityGap &gap : list)
            byName.insert(gap.asset, QString::fromLatin1(word));
    };
    mark(gaps.failed, "failed");
    mark(gaps.stale, "stale");
    mark(gaps.neverScanned, "never-scanned");
    mark(gaps.inventoryOnly, "inventory-only");
    for (AssetStanding &standing : standings)
        standing.visibility = byName.value(standing.name);
}

QList<PatchedItem> FleetMetrics::patched(const QDateTime &from, const QDateTime &to,
                                         const MetricScope &scope) const
{
    QList<PatchedItem> items;
    for (const Patch &info : m_patchInfo) {
        const MetricHistory::PatchRow &row = m_patches.at(info.index);
        if (row.patch.state != PatchState::Installed || !row.resolvedAt.isValid() || row.resolvedAt < from ||
            row.resolvedAt >= to || !inScope(row.patch.assetId, scope))
            continue;
        items.append({row.patch.id, row.patch.assetName, row.patch.patch.package,
                      row.patch.patch.availableVersion, row.patch.priority.severityBand,
                      platformOf(row.patch.assetId), info.kev, row.patch.detectedAt, row.resolvedAt,
                      hoursBetween(row.patch.detectedAt, row.resolvedAt)});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const PatchedItem &a, const PatchedItem &b) { return a.hours > b.hours; });
    return items;
}

QDate FleetMetrics::firstDay() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    for (const qint64 created : m_assetCreated)
        first = created == std::numeric_limits<qint64>::min() ? first : std::min(first, created);
    for (const Patch &info : m_patchInfo)
        first = info.detected == std::numeric_limits<qint64>::min() ? first : std::min(first, info.detected);
    if (first == std::numeric_limits<qint64>::max())
        return {};
    return QDateTime::fromMSecsSinceEpoch(first, QTimeZone::utc()).date();
}

QStringList FleetMetrics::tags() const
{
    QSet<QString> seen;
    QStringList tags;
    for (const MetricHistory::AssetRow &asset : m_assets) {
        for (const QString &tag : asset.tags) {
            const QString trimmed = tag.trimmed();
            if (!trimmed.isEmpty() && !seen.contains(trimmed.toLower())) {
                seen.insert(trimmed.toLower());
                tags.append(trimmed);
            }
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

QStringList FleetMetrics::osIds() const
{
    QStringList ids;
    for (const MetricHistory::AssetRow &asset : m_assets) {
        if (!asset.osId.trimmed().isEmpty() && !ids.contains(asset.osId.trimmed(), Qt::CaseInsensitive))
            ids.append(asset.osId.trimmed());
    }
    ids.sort(Qt::CaseInsensitive);
    return ids;
}

QStringList FleetMetrics::rings() const
{
    QStringList rings;
    for (const MetricHistory::AssetRow &asset : m_assets) {
        if (!asset.ring.isEmpty() && !rings.contains(asset.ring))
            rings.append(asset.ring);
    }
    rings.sort();
    return rings;
}

TimeToPatch FleetMetrics::timeToPatch(const QDateTime &from, const QDateTime &to,
                                      const MetricScope &scope) const
{
    QList<double> all;
    QList<double> kev;
    std::map<QString, QList<double>> bySeverity;
    std::map<QString, QList<double>> byPlatform;
    for (const Patch &info : m_patchInfo) {
        const MetricHistory::PatchRow &row = m_patches.at(info.index);
        if (row.patch.state != PatchState::Installed || !row.resolvedAt.isValid() || row.resolvedAt < from ||
            row.resolvedAt >= to || !inScope(row.patch.assetId, scope))
            continue;
        const double hours = hoursBetween(row.patch.detectedAt, row.resolvedAt);
        all.append(hours);
        bySeverity[row.patch.priority.severityBand].append(hours);
        byPlatform[platformOf(row.patch.assetId)].append(hours);
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
        count(result.byPlatform[platformOf(pair.second)], first, last);
        count(result.byRing[tries.constLast()->ring], first, last);
    }
    return result;
}

VisibilityGaps FleetMetrics::visibility(const QDateTime &to, const MetricScope &scope, int staleDays) const
{
    VisibilityGaps gaps;
    gaps.staleDays = staleDays;
    const QDateTime freshFrom = to.addDays(-staleDays);
    QHash<qint64, const MetricHistory::ScanRow *> last;
    QSet<qint64> fresh;
    QSet<qint64> everOk;
    for (const MetricHistory::ScanRow &scan : m_scans) { // by finished_at
        if (!scan.finishedAt.isValid() || scan.finishedAt >= to)
            continue;
        last.insert(scan.assetId, &scan);
        if (scan.status == QLatin1String("ok")) {
            everOk.insert(scan.assetId);
            if (scan.finishedAt >= freshFrom)
                fresh.insert(scan.assetId);
        }
    }
    for (const MetricHistory::AssetRow &asset : m_assets) {
        if (!inScope(asset.id, scope) || !existsAt(asset.id, to))
            continue;
        const MetricHistory::ScanRow *scan = last.value(asset.id);
        const VisibilityGap gap{asset.name, scan ? scan->finishedAt : QDateTime(),
                                scan ? scan->status : QString()};
        if (asset.inventoryOnly) {
            gaps.inventoryOnly.append(gap);
            continue;
        }
        const bool failed = scan && scan->status == QLatin1String("failed");
        if (!fresh.contains(asset.id))
            gaps.notScanned.append(gap);
        if (failed) {
            gaps.lastScanFailed.append(gap);
            gaps.failed.append(gap);
        } else if (!everOk.contains(asset.id)) {
            gaps.neverScanned.append(gap);
        } else if (!fresh.contains(asset.id)) {
            gaps.stale.append(gap);
        }
    }
    return gaps;
}

FleetReport FleetMetrics::report(const QDateTime &from, const QDateTime &to, const MetricScope &scope,
                                 const QList<MetricSnapshot> &stored, const ComplianceRule &rule,
                                 int staleDays) const
{
    FleetReport report;
    report.from = from.toUTC();
    report.to = to.toUTC();
    report.scope = scope;
    report.timeToPatch = timeToPatch(report.from, report.to, scope);
    report.rule = rule;
    const MetricSnapshot end =
        figuresAt(report.to, scope, rule, &report.sla.overdue, &report.sla.overdueBySeverity, &report.assets);
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
