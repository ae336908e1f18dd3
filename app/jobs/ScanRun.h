#pragma once

#include "AssetWorkers.h"

#include "changes/AssetChangeBatch.h"
#include "changes/ChangeNotifier.h"
#include "endpoints/Command.h"
#include "scan/ScanBaselines.h"

#include "domain/Asset.h"
#include "storage/DatabaseConfig.h"
#include "storage/ScanRepository.h"

#include <QObject>
#include <QPointer>

#include <memory>

// Scans a set of assets on a bounded pool of worker threads. Inventory-only assets (Transport::None) are left
// out before anything starts, never contacted and never recorded as failed: skipped() lists them. Each
// asset's result is written in one transaction through the worker's own database connection, one writer at a
// time. Signals are emitted on the thread that owns the ScanRun (the GUI or CLI thread), so receivers never
// see worker threads.
class Database;

class ScanRun : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        qint64 assetId = 0;
        QString assetName;
        ScanStatus status = ScanStatus::Failed;
        QString message;   // error text when !ok()
        QString errorCode; // Error::code when !ok(), e.g. "host-key-unknown"
        ScanRepository::Summary summary;
        double writeMs = 0;     // time this asset's result held the writer (its transactions)
        bool unchanged = false; // a warm rescan: the asset's fingerprint matched, nothing was read again
        int commands = 0;       // remote commands the scan ran (exec channels, for SSH)

        bool ok() const { return status == ScanStatus::Ok; }
    };

    ScanRun(DatabaseConfig config, QList<Asset> assets, int parallelism, QObject *parent = nullptr);
    ~ScanRun() override = default; // cancels and waits for the workers (AssetWorkers)

    void setLimits(const RunLimits &limits) { m_limits = limits; }
    // SSH: what to do with unknown host keys, which ~/.ssh/config, where passwords come from (the keychain
    // when the context names no credential source). Host keys are always checked in the run's own database.
    void setEndpointContext(const EndpointContext &context) { m_workers.setEndpointContext(context); }
    // The console's scans: SSH sessions are taken from `cache` and left there for the next scan
    // (SshSessionCache), so a rescan skips the connect, the key exchange and the login.
    void keepSessionsIn(std::shared_ptr<SshSessionCache> cache)
    {
        m_workers.keepSessionsIn(std::move(cache));
    }
    // Told that the stored assets, their patches and the audit trail changed — the first asset at once, then
    // gathered at most twice a second (AssetChangeBatch), the rest when the run ends — and after the
    // correlation that intel did.
    void setChangeNotifier(ChangeNotifier *changes)
    {
        m_changes = changes;
        m_batch.setNotifier(changes);
    }
    const AssetChangeBatch &announcements() const { return m_batch; }
    // Warm rescans: each asset's last fingerprint and record are looked up here before it is scanned and
    // kept here after; an asset whose fingerprint did not change is not read again (see ScanBaselines).
    // Without them, or for an asset they do not hold, the database's (scan_baselines, kept by every run
    // as it stores each result: ScanBaselineRepository), so warm rescans also work after a restart and
    // from the CLI.
    void setBaselines(std::shared_ptr<ScanBaselines> baselines) { m_baselines = std::move(baselines); }
    // A ScanRun runs once. Canceling before start() makes every asset end as canceled without contact.
    void start();
    void cancel() { m_workers.cancel(); }
    bool isRunning() const { return m_running; }
    bool wasCanceled() const { return m_workers.isCanceled(); }
    int total() const { return int(m_assets.size()); } // the assets scanned, skipped ones not counted
    const QList<Asset> &skipped() const { return m_skipped; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    // After the last asset: installed packages are matched against the stored OSV ranges again (see
    // Correlator), before finished(). Empty when it worked or had nothing to do.
    const QString &correlationError() const { return m_correlationError; }

signals:
    void assetStep(const QString &assetName, const QString &step);
    void assetFinished(const ScanRun::Outcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    // Whether this run's user may scan (Permission::RunFleet), asked on the worker's own connection.
    Status mayScan();
    Outcome scanOne(const Asset &asset);
    // The asset's last fingerprint and record: the session's (m_baselines), else the database's.
    std::optional<ScanBaseline> baselineOf(qint64 assetId);
    // Writes one asset's result (or its failure) in one transaction on `database`, then keeps (or forgets)
    // its baseline: `fingerprint` with `baseline` (the record, ScanBaselineRepository::encode'd); called
    // holding the write lock.
    void store(Database &database, const Result<ScanRecord> &record, const QString &fingerprint,
               const QByteArray &baseline, const QDateTime &startedAt, Outcome *outcome) const;
    void deliver(const Outcome &outcome);
    void correlateThenFinish();

    QList<Asset> m_assets;
    QList<Asset> m_skipped; // inventory only
    RunLimits m_limits;
    QPointer<ChangeNotifier> m_changes;
    AssetChangeBatch m_batch;
    std::shared_ptr<ScanBaselines> m_baselines;
    QList<Outcome> m_outcomes;
    bool m_running = false;
    QString m_correlationError;
    AssetWorkers m_workers; // last: destroyed first, so the workers are done before the rest goes
};
