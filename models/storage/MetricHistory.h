#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

// The history the compliance metrics are computed from, read as stored: assets, the patch rows with when they
// were detected and resolved, the scans, every deployment with its run's kind, and the CVEs CISA lists as
// known exploited. Nothing here judges; app/reports/FleetMetrics does. The patch rows and scans grow with the
// history (3 M and 5 M rows at 100,000 assets over two years), so they are read in pages or narrowed to a
// window in SQL, never all at once; timestamps are ISO 8601 UTC text (SqlTime), so comparing them as text in
// SQL compares the moments, on SQLite and PostgreSQL alike.
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
        qint64 id = 0;
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

    // The assets, by name.
    Result<QList<AssetRow>> assets() const;
    // One page of the patch rows: up to `limit` rows with an id above `afterId`, by id; with `resolvedSince`
    // valid, only the rows open or resolved at or after it (those resolved before cannot count in any figure
    // as of a moment from then on). A page is read whole, so the caller may use the connection before asking
    // for the next one (a forward-only query left open would block it on PostgreSQL). One pass over the
    // table for all the pages: each one starts where the last ended, on the primary key.
    // With `detectedBefore` valid, only the rows detected before it (a later one is open at no moment up to
    // it).
    Result<QList<PatchRow>> patchPage(qint64 afterId, int limit, const QDateTime &resolvedSince = {},
                                      const QDateTime &detectedBefore = {}) const;
    // The scans finished at or after `since` (every scan when it is invalid) and, with `before` valid,
    // before it; in no order.
    Result<QList<ScanRow>> scansSince(const QDateTime &since, const QDateTime &before = {}) const;
    // Its statement, for a look at its plan; binds `since`, then `before`, those asked for.
    static QString scansStatement(bool since, bool before);
    // The earliest detected_at of the patch rows (invalid when there are none).
    Result<QDateTime> firstDetected() const;
    // Per asset with a scan finished before `before`: that last scan (of two finished at the same moment,
    // the one made last) and its last good scan before it (invalid when none). Two index walks per asset
    // (scans_asset_finished), however long the history.
    struct LastScan
    {
        qint64 assetId = 0;
        QDateTime finishedAt;
        QString status;
        QDateTime lastOkAt;
    };
    Result<QList<LastScan>> lastScansBefore(const QDateTime &before) const;
    // Its statement, for a look at its plan.
    static QString lastScansStatement();
    // In the order they were made (id).
    Result<QList<DeploymentRow>> deployments() const;
    Result<QSet<QString>> kevCves() const;

private:
    QSqlDatabase m_db;
};
