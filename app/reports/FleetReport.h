#pragma once

#include "ComplianceRule.h"
#include "MetricScope.h"

#include "storage/MetricSnapshotRepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <optional>

// Count, mean and median of durations in hours; mean and median are empty when the count is 0 ("n/a").
struct DurationStats
{
    int count = 0;
    std::optional<double> meanHours;
    std::optional<double> medianHours;

    static DurationStats of(QList<double> hours);
};

// Share of a whole; empty when the whole is 0 ("n/a"), never a division by zero.
std::optional<double> percentOf(int part, int whole);

struct TimeToPatch
{
    DurationStats all;
    std::map<QString, DurationStats> bySeverity; // SLA severity band: critical, high, medium, low, none
    DurationStats kev;                           // patches that fix a CISA KEV CVE
    std::map<QString, DurationStats> byPlatform; // the asset's package manager; "unknown" before a scan
};

struct OverdueItem
{
    QString asset;
    QString package;
    QString version;
    QDate due;
    int daysOverdue = 0;
    QString severity; // SLA severity band
};

// One open patch as of a moment: what a drill-down into an open, overdue or KEV figure lists.
struct OpenItem
{
    qint64 patchId = 0;
    qint64 assetId = 0;
    QString asset;
    QString package;
    QString version;
    QString severity; // SLA severity band
    QDateTime detectedAt;
    QDate due;           // invalid: no SLA
    int daysOverdue = 0; // > 0: overdue
    QStringList kevCves; // the CISA KEV CVEs it fixes
    double riskScore = 0;
};

// One patch installed in a period: what a drill-down into time to patch lists.
struct PatchedItem
{
    qint64 patchId = 0;
    QString asset;
    QString package;
    QString version;
    QString severity;
    QString platform;
    bool kev = false;
    QDateTime detectedAt;
    QDateTime resolvedAt;
    double hours = 0;
};

// One asset's standing at the period's end (FleetReport::assets).
struct AssetStanding
{
    qint64 id = 0;
    QString name;
    QString ring;
    QString criticality;
    QString osId;
    QString platform; // "" before a scan
    QStringList tags;
    int openPatches = 0;
    int overdueItems = 0;
    int openKevCves = 0;      // distinct KEV CVEs its open patches fix
    double openRiskScore = 0; // sum of its open patches' risk scores
    QDateTime lastScan;       // the last scan of any outcome before the moment; invalid: never
    QString lastScanStatus;   // "" never scanned
    // What the console can vouch for at the moment: "" (a good scan within the stale limit), "failed",
    // "stale", "never-scanned" (no good scan yet: its open patches are unknown, not zero), "inventory-only".
    QString visibility;
    bool compliant = true; // per the ComplianceRule
};

struct SlaCompliance
{
    int missing = 0;   // open patches at the period's end
    int withinSla = 0; // of those, not past their due date (or without one)
    int assets = 0;    // assets in scope at the period's end
    int compliantAssets = 0;
    SeverityCounts openBySeverity;    // the open patches by SLA severity band
    SeverityCounts overdueBySeverity; // the overdue ones
    std::optional<double> withinSlaPercent() const { return percentOf(withinSla, missing); }
    std::optional<double> compliantPercent() const { return percentOf(compliantAssets, assets); }
    QList<OverdueItem> overdue; // most overdue first
};

struct SuccessRate
{
    int deployed = 0;   // (change, asset) pairs with a deploy finished in the period
    int firstTry = 0;   // their first deploy succeeded
    int afterRetry = 0; // their last deploy (by the period's end) succeeded
    std::optional<double> firstTryPercent() const { return percentOf(firstTry, deployed); }
    std::optional<double> afterRetryPercent() const { return percentOf(afterRetry, deployed); }
};

struct DeploymentSuccess
{
    SuccessRate all;
    std::map<QString, SuccessRate> byPlatform;
    std::map<QString, SuccessRate> byRing; // the ring the deployment went out in; "" none
    int rollbackDeployments = 0;           // rollback deployments finished in the period
    int deploysRolledBack = 0;             // deploys that ended rolled-back (undone on the spot)
};

struct TrendPoint
{
    MetricSnapshot figures;
    bool stored = false; // read from a daily snapshot; false: computed from the history now
};

struct ExposureFigures
{
    double openRiskScore = 0; // at the period's end
    int openKevCves = 0;
    int openPatches = 0;
    QList<TrendPoint> trend; // one point per day of the period
};

struct VisibilityGap
{
    QString asset;
    QDateTime lastScan; // the last scan of any outcome before the period's end; invalid: never
    QString lastStatus; // its status ("ok", "failed", "canceled"); "" never scanned
};

// Assets whose pending patches the console cannot vouch for at the period's end. The figure ("visibility
// gaps") is failed + stale + neverScanned, each asset in one of them: its last scan failed; else it never had
// a good scan; else its last good scan is older than staleDays. Inventory-only assets (transport none) are
// listed apart and not counted: nobody asked the console to scan them, so they are not a blind spot of it.
struct VisibilityGaps
{
    int staleDays = 7;
    QList<VisibilityGap> notScanned; // no successful scan in the staleDays before the period's end
    QList<VisibilityGap> lastScanFailed;
    QList<VisibilityGap> failed;        // = lastScanFailed
    QList<VisibilityGap> stale;         // a good scan once, none in the last staleDays, last one not failed
    QList<VisibilityGap> neverScanned;  // no good scan ever, last one not failed
    QList<VisibilityGap> inventoryOnly; // not counted

    int count() const { return int(failed.size() + stale.size() + neverScanned.size()); }
};

// Every compliance metric for a period [from, to) (UTC) and a scope; see FleetMetrics for the formulas.
struct FleetReport
{
    static constexpr int SchemaVersion = 1;

    QDateTime from;
    QDateTime to;
    MetricScope scope;
    TimeToPatch timeToPatch;
    SlaCompliance sla;
    DeploymentSuccess deployments;
    ExposureFigures exposure;
    VisibilityGaps visibility;
    ComplianceRule rule;
    QList<AssetStanding> assets; // every asset in scope at `to`, most exposed (open risk score) first
};
