#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// One day's compliance figures for one scope, as of the end of that day (UTC): what the trend shows.
struct MetricSnapshot
{
    QDate day;
    QString scope; // "" the whole fleet, else "ring=canary;criticality=high"
    QDateTime computedAt;
    int assets = 0;
    int compliantAssets = 0;
    int openPatches = 0;
    int overduePatches = 0;
    double openRiskScore = 0;
    int openKevCves = 0;

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

private:
    QSqlDatabase m_db;
    QString m_actor;
};
