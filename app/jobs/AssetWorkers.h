#pragma once

#include "endpoints/EndpointForAsset.h"

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QThreadStorage>

#include <atomic>
#include <utility>

class ChangeNotifier;
class Database;

// What a run over many assets (ScanRun, DeploymentRun) works with: a pool of at most `parallelism` worker
// threads, one lock that lets one worker at a time write to the database, a cancel flag the workers poll
// between steps, and how assets are reached, with host keys always checked in the run's own database
// (ConsoleTrust).
//
// Destroying it cancels and waits for the workers. A run declares it as its last member, so the workers
// are done before anything else of the run goes away.
class AssetWorkers
{
public:
    AssetWorkers(const DatabaseConfig &config, int parallelism);
    ~AssetWorkers();
    AssetWorkers(const AssetWorkers &) = delete;
    AssetWorkers &operator=(const AssetWorkers &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    // SSH: what to do with unknown host keys, which ~/.ssh/config, where passwords come from.
    void setEndpointContext(const EndpointContext &context);
    const EndpointContext &endpointContext() const { return m_endpointContext; }
    // SSH sessions kept between runs (the console's scans): whatever context is set later keeps them too,
    // unless it names its own.
    void keepSessionsIn(std::shared_ptr<SshSessionCache> cache);

    // Runs work() on a worker thread and hands what it returns to deliver() on the thread that owns
    // `owner`; nothing is delivered once the owner is gone.
    template<typename Work, typename Deliver>
    void run(QObject *owner, Work work, Deliver deliver)
    {
        m_pool.start([owner, work = std::move(work), deliver = std::move(deliver)]() mutable {
            auto outcome = work();
            QMetaObject::invokeMethod(
                owner,
                [deliver = std::move(deliver), outcome = std::move(outcome)]() mutable { deliver(outcome); },
                Qt::QueuedConnection);
        });
    }

    void cancel() { m_cancel = true; }
    bool isCanceled() const { return m_cancel; }
    // Starts no new asset; the assets already started finish (a pause, not a cancel).
    void drain() { m_draining = true; }
    bool isDraining() const { return m_draining; }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    // Held while a worker writes, so one connection at a time holds SQLite's write lock.
    QMutex &writeLock() { return m_writeLock; }
    // The calling worker thread's connection to the run's database: opened on its first use and kept until
    // the thread ends, so a run of 1,000 assets opens at most `parallelism` connections instead of two per
    // asset (each open derives the key and checks the schema). Call it on a worker thread only; an Error
    // is not remembered (the next call tries again).
    Result<Database *> database();

    // Tells `changes` (when set) that one asset's work was stored: the asset, its patches, and the audit
    // events that record it.
    static void announceAsset(ChangeNotifier *changes, qint64 assetId);

private:
    DatabaseConfig m_config;
    EndpointContext m_endpointContext;
    std::shared_ptr<SshSessionCache> m_keptSessions;
    QMutex m_writeLock;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_draining{false};
    // Before the pool: the pool's threads end (and delete their connection, on their own thread) first.
    QThreadStorage<Database *> m_databases;
    QThreadPool m_pool;
};
