#include "TrendSweep.h"

#include "domain/UtcTime.h"

#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <tuple>
#include <utility>

TrendSweep::TrendSweep(const QList<PatchFacts> &patches, const QList<qint64> &assetCreated)
    : m_patches(patches)
    , m_assetCreated(assetCreated)
{
}

QList<MetricSnapshot> TrendSweep::days(const QDate &first, const QDate &end, const std::vector<char> &kept,
                                       const QString &scope, const ComplianceRule &rule) const
{
    const int n = first.isValid() && end.isValid() && end > first ? int(first.daysTo(end)) : 0;
    if (n == 0)
        return {};
    constexpr qint64 DayMs = 86'400'000;
    const qint64 firstEnd = UtcTime::startOfDay(first.addDays(1)).toMSecsSinceEpoch();
    // Day i is counted as of the moment firstEnd + i days. after(ms): the first day whose moment is after ms,
    // so the days [after(ms), n) are those a thing that happened at ms had happened by.
    const auto after = [&](qint64 ms) {
        if (ms < firstEnd)
            return 0;
        if (ms == PatchFacts::Never)
            return n;
        return int(std::min<qint64>((ms - firstEnd) / DayMs + 1, n));
    };
    const int bandCount = int(SeverityCounts::bands().size());

    // Running sums: the day a run starts adds, the day after it ends takes away.
    std::vector<int> assets(size_t(n) + 1, 0);
    std::vector<int> open(size_t(n) + 1, 0);
    std::vector<int> overdue(size_t(n) + 1, 0);
    std::vector<qint64> riskTenths(size_t(n) + 1, 0);
    std::vector<std::vector<int>> bySeverity(size_t(bandCount), std::vector<int>(size_t(n) + 1, 0));
    std::vector<std::vector<int>> byWorst(size_t(bandCount), std::vector<int>(size_t(n) + 1, 0));
    std::vector<int> nonCompliant(size_t(n) + 1, 0);
    std::vector<int> kevOpen(size_t(n) + 1, 0);
    const auto add = [](std::vector<int> &sums, int start, int stop, int by = 1) {
        sums[size_t(start)] += by;
        sums[size_t(stop)] -= by;
    };

    for (qsizetype i = 0; i < m_assetCreated.size(); ++i) {
        if (kept[size_t(i)])
            add(assets, after(m_assetCreated.at(i)), n);
    }
    struct Run // of days [start, stop) for a key (an asset, a KEV CVE)
    {
        qsizetype key;
        int start;
        int stop;
        int band;
        bool operator<(const Run &other) const
        {
            return std::tie(key, start) < std::tie(other.key, other.start);
        }
    };
    std::vector<Run> failing; // an asset's runs of days in which it breaks the rule
    std::vector<Run> kevRuns;
    std::vector<Run> openRuns; // an asset's open patches, with their bands
    for (const PatchFacts &info : m_patches) {
        if (info.asset < 0 || !kept[size_t(info.asset)])
            continue;
        const int start = std::max(after(info.detected), after(m_assetCreated.at(info.asset)));
        const int stop = after(info.resolved);
        if (start >= stop)
            continue;
        add(open, start, stop);
        riskTenths[size_t(start)] += info.riskTenths;
        riskTenths[size_t(stop)] -= info.riskTenths;
        add(bySeverity[size_t(info.band)], start, stop);
        // Late on the days after its due date: day i is first + i, late when first + i > due.
        const int lateFrom =
            info.due.isValid() ? int(std::clamp<qint64>(first.daysTo(info.due) + 1, start, stop)) : stop;
        if (lateFrom < stop)
            add(overdue, lateFrom, stop);
        if ((rule.noKevItems && info.kev) || (rule.noSecurityUpdates && info.security))
            failing.push_back({info.asset, start, stop, 0});
        else if (rule.noOverdueItems && lateFrom < stop)
            failing.push_back({info.asset, lateFrom, stop, 0});
        for (const int cve : info.kevIds)
            kevRuns.push_back({cve, start, stop, 0});
        openRuns.push_back({info.asset, start, stop, info.band});
    }

    // Distinct keys per day: each key's runs merged, then counted once.
    const auto addUnions = [&](std::vector<Run> &runs, std::vector<int> &sums) {
        std::sort(runs.begin(), runs.end());
        for (size_t i = 0; i < runs.size();) {
            const qsizetype key = runs[i].key;
            int start = runs[i].start;
            int stop = runs[i].stop;
            for (++i; i < runs.size() && runs[i].key == key; ++i) {
                if (runs[i].start > stop) {
                    add(sums, start, stop);
                    start = runs[i].start;
                }
                stop = std::max(stop, runs[i].stop);
            }
            add(sums, start, stop);
        }
    };
    addUnions(failing, nonCompliant);
    addUnions(kevRuns, kevOpen);

    // Each asset's most severe open band, day by day: its runs' starts and stops in order, and a count of
    // open patches per band between them.
    std::sort(openRuns.begin(), openRuns.end());
    for (size_t i = 0; i < openRuns.size();) {
        const qsizetype asset = openRuns[i].key;
        std::vector<std::pair<int, int>> changes; // (day, +band+1 opens / -(band+1) closes)
        for (; i < openRuns.size() && openRuns[i].key == asset; ++i) {
            changes.emplace_back(openRuns[i].start, openRuns[i].band + 1);
            changes.emplace_back(openRuns[i].stop, -(openRuns[i].band + 1));
        }
        std::sort(changes.begin(), changes.end());
        std::vector<int> openByBand(size_t(bandCount), 0);
        int worst = -1;
        int since = 0;
        for (size_t c = 0; c < changes.size();) {
            const int dayIndex = changes[c].first;
            for (; c < changes.size() && changes[c].first == dayIndex; ++c) {
                const int change = changes[c].second;
                openByBand[size_t(std::abs(change) - 1)] += change > 0 ? 1 : -1;
            }
            int now = -1;
            for (int band = 0; band < bandCount && now < 0; ++band)
                now = openByBand[size_t(band)] > 0 ? band : -1;
            if (now == worst)
                continue;
            if (worst >= 0)
                add(byWorst[size_t(worst)], since, dayIndex);
            worst = now;
            since = dayIndex;
        }
    }

    QList<MetricSnapshot> result;
    result.reserve(n);
    const QDateTime computedAt = QDateTime::currentDateTimeUtc();
    MetricSnapshot running;
    qint64 runningRisk = 0;
    int runningNonCompliant = 0;
    std::vector<int> severity(size_t(bandCount), 0);
    std::vector<int> worst(size_t(bandCount), 0);
    for (int i = 0; i < n; ++i) {
        running.assets += assets[size_t(i)];
        running.openPatches += open[size_t(i)];
        running.overduePatches += overdue[size_t(i)];
        running.openKevCves += kevOpen[size_t(i)];
        runningRisk += riskTenths[size_t(i)];
        runningNonCompliant += nonCompliant[size_t(i)];
        MetricSnapshot figures = running;
        figures.day = first.addDays(i);
        figures.scope = scope;
        figures.rule = rule.key();
        figures.computedAt = computedAt;
        figures.openRiskScore = double(runningRisk) / 10.0;
        figures.compliantAssets = running.assets - runningNonCompliant;
        for (int band = 0; band < bandCount; ++band) {
            severity[size_t(band)] += bySeverity[size_t(band)][size_t(i)];
            worst[size_t(band)] += byWorst[size_t(band)][size_t(i)];
            figures.openBySeverity.add(SeverityCounts::bands().at(band), severity[size_t(band)]);
            figures.assetsByWorstSeverity.add(SeverityCounts::bands().at(band), worst[size_t(band)]);
        }
        result.append(figures);
    }
    return result;
}
