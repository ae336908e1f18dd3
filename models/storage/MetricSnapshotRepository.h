#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Counts by SLA severity band ("critical", "high", "medium", "low", "none"; see RiskPolicy::severityBand).
struct SeverityCounts
{
    int critical = 0;
    int high = 0;
    int medium = 0;
    int low = 0;
    int none = 0;

    // The bands, most severe first.
    static const QStringList &bands();
    // 0 for an unknown band.
    int of(const QString &band) const;
    // An unknown band counts as "none".
    void add(const QString &band, int count = 1);
    int total() const;
    bool operator==(const SeverityCounts &other) const;
};

// One day's compliance figures for one scope, as of the end of that day (UTC): what the trend shows.
struct MetricSnapshot
{
    QDate day;
    QString scope; // "" the whole fleet, else "ring=canary;criticality=high"
    QString rule;  // the compliance rule compliantAssets was counted by ("overdue,kev", ComplianceRule::key)
    QDateTime computedAt;
    int assets = 0;
    int compliantAssets = 0;
    int openPatches = 0;
    int overduePatches = 0;
    double openRiskScore = 0;
    int openKevCves = 0;
    SeverityCounts openBySeverity; // the open patches by SLA severity band
    // The assets with an open patch, by the most severe band among their open patches (each asset once): as
    // shares of `assets`, what the Compliance pane stacks when it shows shares of the fleet.
    SeverityCounts assetsByWorstSeverity;

    bool operator==(const MetricSnapshot &other) const;
};

// The daily snapshots (table metric_snapshots): read a period, and replace a period's rows in one audited
// transaction (metrics.recomputed), so a trend survives later changes to the history it was computed from.
class MetricSnapshotRepository
{
    Q_DECLARE_TR_FUNCTIONS(MetricSnapshotRepository)

public:
    MetricSnapshotRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // The scope's snapshots of the days in [from, to), by day.
    Result<QList<MetricSnapshot>> list(const QString &scope, const QDate &from, const QDate &to) const;
    // Deletes the scope's snapshots of [from, to) and writes `days` (each within it) instead, audited.
    Status replace(const QString &scope, const QDate &from, const QDate &to,
                   const QList<MetricSnapshot> &days);
    // The newest day the scope has a snapshot of; an invalid date when it has none.
    Result<QDate> newestDay(const QString &scope) const;
    // Stores the days of `days` after the scope's newest stored day, never one already stored, in one
    // transaction audited as metrics.snapshotted (none when nothing is new): what the daily writer calls.
    // Two consoles catching up at once on a team database write each day once (PostgreSQL: an advisory lock
    // held to the commit; SQLite: one writer at a time). Returns how many were stored.
    Result<int> appendNew(const QString &scope, const QList<MetricSnapshot> &days);

    static constexpr qint64 AppendLockKey = 0x5057'534e'4150'5300; // "PWSNAPS"

private:
    Status insert(const QString &scope, const QList<MetricSnapshot> &days, const QString &what) const;

    QSqlDatabase m_db;
    QString m_actor;
};
