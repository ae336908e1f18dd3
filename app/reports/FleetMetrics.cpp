#include "FleetMetrics.h"

#include "TrendSweep.h"

#include "domain/PendingPatch.h"
#include "domain/UtcTime.h"

#include "intel/PatchPrioritizer.h"

#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace {

// The last calendar day (UTC) before the moment `at`: the "today" a due date is compared with.
QDate lastDayBefore(const QDateTime &at)
{
    return at.toUTC().addMSecs(-1).date();
}

bool isSecurityUpdate(const PendingPatch &patch)
{
    return patch.classification == PatchClassification::Security;
}

} // namespace

Result<FleetMetrics> FleetMetrics::load(const QSqlDatabase &db, const QDateTime &since,
                                        const QDateTime &until)
{
    const MetricHistory history(db);
    FleetMetrics metrics;
    metrics.m_since = since.isValid() ? since.toUTC() : QDateTime();
    auto assets = history.assets();
    if (!assets)
        return assets.error();
    metrics.m_assets = std::move(assets).value();
    metrics.m_assetCreated.reserve(metrics.m_assets.size());
    for (qsizetype i = 0; i < metrics.m_assets.size(); ++i) {
        metrics.m_assetIndex.insert(metrics.m_assets.at(i).id, i);
        metrics.m_assetCreated.append(
            msecs(metrics.m_assets.at(i).createdAt, std::numeric_limits<qint64>::min()));
    }
    auto scans =
        ScanHistory::load(history, metrics.m_assetIndex, metrics.m_assets.size(), metrics.m_since, until);
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
    // and due date do not depend on the day; overdue is judged here, per moment). The rows come a page at a
    // time, go to the prioritizer and leave only their facts: the memory held is the facts of the rows the
    // window keeps (at 10,000 assets, two years and a 30-day window: 51,000 of 300,000), not the rows.
    constexpr int Page = 20'000;
    const PatchPrioritizer prioritizer(db);
    Interned interned;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        auto page = history.patchPage(after, Page, metrics.m_since, until);
        if (!page)
            return page.error();
        QList<MetricHistory::PatchRow> rows = std::move(page).value();
        if (rows.isEmpty())
            break;
        after = rows.constLast().patch.id;
        QList<AssetPatch> scored;
        scored.reserve(rows.size());
        for (MetricHistory::PatchRow &row : rows) {
            scored.append(row.patch);
            scored.last().state = PatchState::Missing;
        }
        // The figures need no reasons in words (the costliest part of a priority).
        if (Status prioritized =
                prioritizer.prioritize(scored, QDate::currentDate(), RiskPolicy::Explanation::FiguresOnly);
            !prioritized)
            return prioritized.error();
        for (qsizetype i = 0; i < rows.size(); ++i)
            metrics.keep(scored.at(i), rows.at(i), kev.value(), interned);
        if (rows.size() < Page)
            break;
    }
    metrics.m_patchInfo.squeeze();
    metrics.m_packages.squeeze();
    return metrics;
}

void FleetMetrics::keep(const AssetPatch &scored, const MetricHistory::PatchRow &row,
                        const QSet<QString> &kev, Interned &interned)
{
    Patch info;
    info.id = row.patch.id;
    info.asset = m_assetIndex.value(row.patch.assetId, -1);
    info.detected = msecs(row.patch.detectedAt, std::numeric_limits<qint64>::min());
    info.resolved = msecs(row.resolvedAt, Never);
    info.score = scored.priority.score;
    info.riskTenths = qRound64(scored.priority.score * 10.0);
    const qsizetype band = SeverityCounts::bands().indexOf(scored.priority.severityBand);
    info.band = band < 0 ? int(SeverityCounts::bands().size()) - 1 : int(band);
    info.due = scored.priority.due;
    info.security = isSecurityUpdate(row.patch.patch);
    info.installed = row.patch.state == PatchState::Installed;
    const std::pair<QString, QString> package{row.patch.patch.package, row.patch.patch.availableVersion};
    auto known = interned.packages.constFind(package);
    if (known == interned.packages.cend()) {
        known = interned.packages.insert(package, int(m_packages.size()));
        m_packages.append(package);
    }
    info.package = *known;
    for (const QString &cve : scored.patch.cves) { // with the CVEs correlation linked to it, sorted
        if (!kev.contains(cve))
            continue;
        auto id = interned.kevCves.constFind(cve);
        if (id == interned.kevCves.cend()) {
            id = interned.kevCves.insert(cve, int(m_kevCves.size()));
            m_kevCves.append(cve);
        }
        if (!info.kevIds.contains(*id))
            info.kevIds.append(*id);
    }
    info.kev = !info.kevIds.isEmpty();
    m_patchInfo.append(info);
}

QDateTime FleetMetrics::since() const
{
    return m_since;
}

bool FleetMetrics::covers(const QDateTime &from) const
{
    return !m_since.isValid() || (from.isValid() && from >= m_since);
}

double FleetMetrics::hoursBetween(const QDateTime &start, const QDateTime &end)
{
    return double(start.msecsTo(end)) / 3'600'000.0;
}

QDateTime FleetMetrics::timeOf(qint64 ms)
{
    if (ms == std::numeric_limits<qint64>::min() || ms == Never)
        return {};
    return UtcTime::fromMSecs(ms);
}

QStringList FleetMetrics::kevCvesOf(const Patch &patch) const
{
    QStringList cves;
    cves.reserve(patch.kevIds.size());
    for (const int id : patch.kevIds)
        cves.append(m_kevCves.at(id));
    return cves;
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

QString FleetMetrics::platformOf(qsizetype asset) const
{
    const QString platform = asset < 0 ? QString() : m_assets.at(asset).platform;
    return platform.isEmpty() ? QStringLiteral("unknown") : platform;
}

bool FleetMetrics::installedIn(const Patch &patch, qint64 from, qint64 to) const
{
    return patch.installed && patch.resolved != Never && patch.resolved >= from && patch.resolved < to;
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
    QSet<qsizetype> nonCompliant; // by asset index, as the other per-asset sets
    QSet<int> kevCves;
    QHash<qsizetype, AssetStanding> byAsset;
    QHash<qsizetype, QSet<int>> kevByAsset;
    QHash<qsizetype, int> worstBand; // index in SeverityCounts::bands(), lower is more severe
    const std::vector<char> kept = scopeMask(scope);
    const qint64 moment = at.toMSecsSinceEpoch();
    qint64 riskTenths = 0;
    for (const Patch &info : m_patchInfo) {
        if (!openAt(info, moment) || !kept[size_t(info.asset)])
            continue;
        const QString &band = SeverityCounts::bands().at(info.band);
        ++figures.openPatches;
        riskTenths += info.riskTenths;
        figures.openBySeverity.add(SeverityCounts::bands().at(info.band));
        const auto worst = worstBand.find(info.asset);
        if (worst == worstBand.end())
            worstBand.insert(info.asset, info.band);
        else
            *worst = std::min(*worst, info.band);
        for (const int cve : info.kevIds)
            kevCves.insert(cve);
        const QDate due = info.due;
        const bool late = due.isValid() && today > due;
        if (late) {
            ++figures.overduePatches;
            if (overdueBySeverity)
                overdueBySeverity->add(band);
            if (overdue) {
                const auto &[package, version] = m_packages.at(info.package);
                overdue->append(
                    {m_assets.at(info.asset).name, package, version, due, int(due.daysTo(today)), band});
            }
        }
        if ((rule.noOverdueItems && late) || (rule.noKevItems && info.kev) ||
            (rule.noSecurityUpdates && info.security))
            nonCompliant.insert(info.asset);
        if (standings) {
            AssetStanding &standing = byAsset[info.asset];
            ++standing.openPatches;
            standing.overdueItems += late ? 1 : 0;
            standing.openRiskScore += info.score;
            for (const int cve : info.kevIds)
                kevByAsset[info.asset].insert(cve);
        }
    }
    figures.openRiskScore = double(riskTenths) / 10.0;
    if (standings) { // one block of the right size: 100,000 standings grown by appending took up to twice it
        qsizetype inScope = 0;
        for (qsizetype i = 0; i < m_assets.size(); ++i)
            inScope += kept[size_t(i)] && m_assetCreated.at(i) < moment ? 1 : 0;
        standings->reserve(standings->size() + inScope);
    }
    figures.openKevCves = int(kevCves.size());
    for (auto worst = worstBand.cbegin(); worst != worstBand.cend(); ++worst)
        figures.assetsByWorstSeverity.add(SeverityCounts::bands().at(worst.value()));
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        const MetricHistory::AssetRow &asset = m_assets.at(i);
        if (!kept[size_t(i)] || m_assetCreated.at(i) >= moment)
            continue;
        ++figures.assets;
        if (!nonCompliant.contains(i))
            ++figures.compliantAssets;
        if (standings) {
            AssetStanding standing = byAsset.value(i);
            standing.id = asset.id;
            standing.name = asset.name;
            standing.ring = asset.ring;
            standing.criticality = asset.criticality;
            standing.osId = asset.osId;
            standing.platform = asset.platform;
            standing.tags = asset.tags;
            standing.openKevCves = int(kevByAsset.value(i).size());
            standing.compliant = !nonCompliant.contains(i);
            standings->append(standing);
        }
    }
    if (standings) {
        const std::vector<ScanHistory::Last> last = m_scans.lastBefore(moment);
        for (AssetStanding &standing : *standings) {
            const ScanHistory::Last &scan = last[size_t(m_assetIndex.value(standing.id))];
            if (scan.finished != ScanHistory::None) {
                standing.lastScan = timeOf(scan.finished);
                standing.lastScanStatus = m_scans.status(scan.status);
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
    return UtcTime::startOfDay(day.addDays(1));
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
        OpenItem item;
        item.patchId = info.id;
        item.assetId = m_assets.at(info.asset).id;
        item.asset = m_assets.at(info.asset).name;
        std::tie(item.package, item.version) = m_packages.at(info.package);
        item.severity = SeverityCounts::bands().at(info.band);
        item.detectedAt = timeOf(info.detected);
        item.due = info.due;
        item.daysOverdue = item.due.isValid() && today > item.due ? int(item.due.daysTo(today)) : 0;
        item.kevCves = kevCvesOf(info);
        item.riskScore = info.score;
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

std::vector<const FleetMetrics::Patch *>
FleetMetrics::installedBetween(const QDateTime &from, const QDateTime &to, const MetricScope &scope) const
{
    std::vector<const Patch *> installed;
    const std::vector<char> kept = scopeMask(scope);
    const qint64 start = msecs(from, std::numeric_limits<qint64>::min());
    const qint64 end = msecs(to, std::numeric_limits<qint64>::min());
    for (const Patch &info : m_patchInfo) {
        if (installedIn(info, start, end) && info.asset >= 0 && kept[size_t(info.asset)])
            installed.push_back(&info);
    }
    return installed;
}

QList<PatchedItem> FleetMetrics::patched(const QDateTime &from, const QDateTime &to,
                                         const MetricScope &scope) const
{
    QList<PatchedItem> items;
    for (const Patch *patch : installedBetween(from, to, scope)) {
        const Patch &info = *patch;
        const auto &[package, version] = m_packages.at(info.package);
        const QDateTime detected = timeOf(info.detected);
        const QDateTime resolved = timeOf(info.resolved);
        items.append({info.id, m_assets.at(info.asset).name, package, version,
                      SeverityCounts::bands().at(info.band), platformOf(info.asset), info.kev, detected,
                      resolved, hoursBetween(detected, resolved)});
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
    return UtcTime::fromMSecs(first).date();
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
