#pragma once

#include "ComplianceRule.h"
#include "PatchFacts.h"

#include "storage/MetricSnapshotRepository.h"

#include <vector>

// The daily figures of a period in one sweep over the history (what FleetMetrics::days gives): each patch
// adds the run of days it is open to running sums, and the distinct counts — KEV CVEs, non-compliant assets,
// each asset's most severe open band — are unions of such runs, so two years of a 10,000-asset fleet take one
// pass over the patch rows, not one a day. Day i is counted as of the end of first + i days, as
// FleetMetrics::day counts it (tst_fleetmetrics checks the two agree on every figure of a random history).
class TrendSweep
{
public:
    // `assetCreated`: per asset, ms since the epoch (the minimum when unknown). Both are kept by reference.
    TrendSweep(const QList<PatchFacts> &patches, const QList<qint64> &assetCreated);

    // The days [first, end) for the assets `kept` says (per asset, as assetCreated), under `rule`; `scope` is
    // the scope's key the snapshots carry.
    QList<MetricSnapshot> days(const QDate &first, const QDate &end, const std::vector<char> &kept,
                               const QString &scope, const ComplianceRule &rule) const;

private:
    const QList<PatchFacts> &m_patches;
    const QList<qint64> &m_assetCreated;
};
