#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

// The history the compliance metrics are computed from, read as stored: assets, every patch row with when it
// was detected and resolved, every scan, every deployment with its run's kind, and the CVEs CISA lists as
// known exploited. Nothing here judges; app/reports/FleetMetrics does.
class MetricHistory
{
    Q_DECLARE_TR_FUNCTIONS(MetricHistory)

public:
    struct AssetRow
    {
        qint64 id = 0;
        QString name;
        QString ring;
        QString criticality;
        QStringList tags;
        QString osId;
        QString platform; // the package manager the last scan found (apt, dnf, zypper ...); "" unknown
        QDateTime createdAt;
        bool inventoryOnly = false; // transport none: never scanned, so never a visibility gap
    };
    struct PatchRow
    {
        AssetPatch patch; // state as stored now; priority, asset name and version details not filled
        QDateTime resolvedAt;
    };
    struct ScanRow
    {
        qint64 assetId = 0;
        QDateTime finishedAt;
        QString status; // ok, failed, canceled
    };
    struct DeploymentRow
    {
        qint64 id = 0;
        qint64 changeId = 0;
        qint64 assetId = 0;
        QString ring;
        QString state;
        QString kind; // the run's kind (deploy, rollback); deploy for deployments made without a run
        QDateTime finishedAt;
    };

    explicit MetricHistory(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QList<AssetRow>> assets() const;
    Result<QList<PatchRow>> patches() const;
    Result<QList<ScanRow>> scans() const;
    // In the order they were made (id).
    Result<QList<DeploymentRow>> deployments() const;
    Result<QSet<QString>> kevCves() const;

private:
    QSqlDatabase m_db;
};
