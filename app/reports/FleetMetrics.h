#pragma once

#include "FleetReport.h"
#include "PatchFacts.h"
#include "ScanHistory.h"

#include "domain/Result.h"
#include "storage/MetricHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <limits>
#include <vector>

// The compliance metrics, computed from the history in the database (never from a view), each "as of" a
// moment: a patch is open at D when detected_at < D and it was not resolved before D, so a past day can be
// recomputed. load() reads the history once and gives every patch its SLA due date, severity band and risk
// score as the Patches pane does (PatchPrioritizer with the team's SLA policy; a KEV CVE's CISA due date
// when sooner); report() and day() then only count.
//
// Memory: load() keeps a patch row's facts (PatchFacts, about 100 bytes), never the row, and reads the rows
// a page at a time. Given a `since` (the Compliance pane gives its period's start), it keeps only what a
// moment from `since` on can count: the patches open or resolved from then on (SQL leaves the others out)
// and, of the scans before it, each asset's last one and last good one (ScanHistory); a two-year history
// seen through a 30-day window then holds about a sixth of the patch rows and a twentieth of the scans.
// Figures as of a moment before `since` are not known: covers() says whether a period can be asked.
// The formulas (README "Compliance metrics"):
//
//   time to patch    resolved_at - detected_at, in hours, of patch rows now `installed` whose resolved_at is
//                    in [from, to); count, mean, median; by severity band, KEV, platform.
//   SLA compliance   at `to`: within SLA % = (open - overdue) / open; an open patch is overdue when the last
//                    day of the period is after its due date; compliant assets % = assets with no open
//                    item the ComplianceRule counts / assets in scope (created before `to`).
//   deployments      over (change, asset) pairs with a `deploy` deployment finished in [from, to): first
//                    try % = pairs whose first deploy succeeded / pairs; after retry % = pairs whose last
//                    deploy finished before `to` succeeded / pairs; by the asset's platform and the ring
//                    of its last deploy. Rollbacks: rollback deployments finished in the period, and
//                    deploys that ended rolled-back in it.
//   exposure         at `to`: the sum of the risk scores of open patches; distinct KEV CVEs those patches
//                    fix; a trend point per day, as of the end of that day.
//   visibility       assets with no successful scan finished in [to - N days, to); assets whose last scan
//                    before `to` failed.
//   by severity      open (and overdue) patches counted by SLA severity band, at `to` and per trend day;
//                    per day also the assets with an open patch by the most severe band among them.
//   asset standings  per asset in scope at `to`: open patches, overdue items, distinct open KEV CVEs, sum of
//                    open risk scores, last scan before `to`, compliant per the rule; highest score first.
class FleetMetrics
{
    Q_DECLARE_TR_FUNCTIONS(FleetMetrics)

public:
    // The whole history when `since` is invalid (what the CLI, the reports and the snapshots' first catch-up
    // read), else the part of it that figures as of `since` or later need.
    // With `until` valid, also only what figures as of `until` or earlier need (patches detected and scans
    // finished before it): the snapshots' catch-up reads a long history a stretch of days at a time.
    static Result<FleetMetrics> load(const QSqlDatabase &db, const QDateTime &since = {},
                                     const QDateTime &until = {});
    // The window's start (invalid: the whole history), and whether figures from `from` on can be computed.
    QDateTime since() const;
    bool covers(const QDateTime &from) const;

    // Whether a report lists every overdue item (SlaCompliance::overdue: what exports print) or only counts
    // them: the Compliance pane draws the counts, and at 100,000 assets the list is 200,000 items.
    enum class OverdueItems
    {
        Listed,
        Counted
    };
    // Every metric for [from, to) in `scope`. Trend days with a stored snapshot (by day) counted under the
    // same rule take its figures.
    FleetReport report(const QDateTime &from, const QDateTime &to, const MetricScope &scope,
                       const QList<MetricSnapshot> &stored = {}, const ComplianceRule &rule = {},
                       int staleDays = 7, OverdueItems overdue = OverdueItems::Listed) const;
    // The figures of `day` as of its end (the next day's 00:00 UTC), computed from the history.
    MetricSnapshot day(const QDate &day, const MetricScope &scope, const ComplianceRule &rule = {}) const;
    // The figures of every day in [first, end), each as day() gives it, in one sweep over the history: each
    // patch adds the run of days it is open to running sums (distinct KEV CVEs, non-compliant assets and an
    // asset's worst band as unions of runs), so two years of a 10,000-asset fleet take one pass, not one a
    // day.
    QList<MetricSnapshot> days(const QDate &first, const QDate &end, const MetricScope &scope,
                               const ComplianceRule &rule = {}) const;

    // The rows behind the figures, for drill-down. Open patches as of `at` (most overdue, then riskiest
    // first); assets' standings as of `at` (most exposed first); patches installed in [from, to) (slowest
    // first).
    QList<OpenItem> openItems(const QDateTime &at, const MetricScope &scope) const;
    QList<AssetStanding> assetsAt(const QDateTime &at, const MetricScope &scope,
                                  const ComplianceRule &rule = {}, int staleDays = 7) const;
    // The assets whose open patches the console cannot vouch for as of `to` (see VisibilityGaps).
    VisibilityGaps visibility(const QDateTime &to, const MetricScope &scope, int staleDays) const;
    QList<PatchedItem> patched(const QDateTime &from, const QDateTime &to, const MetricScope &scope) const;
    // The end of `day` (the next day's 00:00 UTC): the moment a trend day's figures are as of.
    static QDateTime endOfDay(const QDate &day);
    // The first day (UTC) the history knows of: the earliest asset created or patch detected; invalid when
    // it is empty. Of a windowed history, the first day among what it kept.
    QDate firstDay() const;
    // The distinct tags, OS ids and rings of the assets, sorted: what the pane's filters offer.
    QStringList tags() const;
    QStringList osIds() const;
    QStringList rings() const;

private:
    using Patch = PatchFacts;
    static constexpr qint64 Never = PatchFacts::Never;
    // The distinct values the patch facts point at, while loading.
    struct Interned
    {
        QHash<std::pair<QString, QString>, int> packages;
        QHash<QString, int> kevCves;
    };

    // Adds the facts of `row`, scored as `scored` (which also holds its CVEs with those correlation links
    // add), to the patches.
    void keep(const AssetPatch &scored, const MetricHistory::PatchRow &row, const QSet<QString> &kev,
              Interned &interned);
    static QDateTime timeOf(qint64 ms); // invalid for the minimum and Never
    static double hoursBetween(const QDateTime &start, const QDateTime &end);
    QStringList kevCvesOf(const Patch &patch) const;
    // Installed, with its resolution in [from, to) (ms since the epoch).
    bool installedIn(const Patch &patch, qint64 from, qint64 to) const;
    // The patches installed in [from, to) on an asset `scope` keeps.
    std::vector<const Patch *> installedBetween(const QDateTime &from, const QDateTime &to,
                                                const MetricScope &scope) const;

    bool inScope(qint64 assetId, const MetricScope &scope) const;
    bool existsAt(qint64 assetId, const QDateTime &at) const;
    // Per asset (as m_assets): whether `scope` keeps it.
    std::vector<char> scopeMask(const MetricScope &scope) const;
    bool openAt(const Patch &patch, qint64 at) const; // open, on an asset that existed, at the moment `at`
    static qint64 msecs(const QDateTime &moment, qint64 invalid);
    QString platformOf(qsizetype asset) const; // by index in m_assets; -1: a deleted asset
    MetricSnapshot figuresAt(const QDateTime &at, const MetricScope &scope, const ComplianceRule &rule,
                             QList<OverdueItem> *overdue, SeverityCounts *overdueBySeverity = nullptr,
                             QList<AssetStanding> *standings = nullptr) const;
    TimeToPatch timeToPatch(const QDateTime &from, const QDateTime &to, const MetricScope &scope) const;
    DeploymentSuccess deploymentSuccess(const QDateTime &from, const QDateTime &to,
                                        const MetricScope &scope) const;
    // Sets each standing's visibility from the gaps (by asset name, unique).
    static void markVisibility(QList<AssetStanding> &standings, const VisibilityGaps &gaps);

    QList<MetricHistory::AssetRow> m_assets;
    QList<qint64> m_assetCreated; // per asset, ms since the epoch; the minimum when unknown
    QHash<qint64, qsizetype> m_assetIndex;
    QDateTime m_since;
    QList<Patch> m_patchInfo;                      // by id
    QList<std::pair<QString, QString>> m_packages; // (package, available version) by PatchFacts::package
    QStringList m_kevCves;                         // by PatchFacts::kevIds
    ScanHistory m_scans;
    QList<MetricHistory::DeploymentRow> m_deployments;
};
