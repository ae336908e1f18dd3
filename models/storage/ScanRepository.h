#pragma once

#include "domain/Result.h"
#include "domain/ScanRecord.h"
#include "domain/ScanStatus.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

// Writes what a scan learned about one asset in one transaction: facts, installed packages, the pending
// patch set (reconciled with what was pending before), a compliance snapshot and the audit event.
class ScanRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScanRepository)

public:
    ScanRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // One patch whose state this scan changed, for the audit trail.
    struct PatchStateChange
    {
        QString action;  // patch.detected, patch.installed, patch.superseded, patch.resolved, patch.reopened
        QString patch;   // "package architecture version"
        QString details; // e.g. "missing → installed"
    };

    struct Summary
    {
        int installed = 0;
        int pending = 0;
        int securityPending = 0;
        int newlyDetected = 0;
        int resolved = 0;
        std::vector<PatchStateChange> changes;
    };

    Result<Summary> recordSuccess(const ScanRecord &record);
    // `how` is ScanStatus::Failed or ScanStatus::Canceled.
    Status recordFailure(qint64 assetId, const QDateTime &startedAt, const QString &error, ScanStatus how);

private:
    Status writeFacts(const ScanRecord &record);
    // Stores the record's installed packages in place of the asset's; rows equal to the stored ones (a warm
    // rescan's, or a host where nothing changed) are not written again.
    Status replaceInstalled(const ScanRecord &record);
    // Whether the asset's stored installed packages are exactly the record's (as a multiset).
    Result<bool> storedInstalledEqual(const ScanRecord &record) const;
    Result<Summary> reconcilePatches(const ScanRecord &record);
    Status writeScanRow(const ScanRecord &record, const Summary &summary);
    Status writeSnapshot(const ScanRecord &record, const Summary &summary);
    QString assetName(qint64 assetId) const;

    QSqlDatabase m_db;
    QString m_actor;
};
