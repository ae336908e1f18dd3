#pragma once

#include "AssetWorkers.h"

#include "changes/ChangeNotifier.h"
#include "deploy/AssetDeployer.h"

#include "domain/Asset.h"
#include "storage/DatabaseConfig.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

// Deploys (or rolls back) one change request on its assets, on a bounded pool of worker threads. Every
// step is written as it happens through the worker's own connection, one writer at a time; the last scan
// of each asset is stored so patch states move (installed, or missing again after a rollback). When all
// assets are done the change request gets its outcome. Signals arrive on the thread that owns the run.
class DeploymentRun : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        qint64 assetId = 0;
        QString assetName;
        qint64 deploymentId = 0;
        DeploymentState state = DeploymentState::Failed; // as AssetDeployer::Outcome::state
        QString detail;
    };

    DeploymentRun(DatabaseConfig config, qint64 changeId, AssetDeployer::Mode mode, int parallelism,
                  QObject *parent = nullptr);
    ~DeploymentRun() override = default; // cancels (between steps) and waits for the workers (AssetWorkers)

    void setOptions(const AssetDeployer::Options &options) { m_options = options; }
    // How assets are reached (host-key policy, ssh config); the run's database holds the known host keys.
    void setEndpointContext(const EndpointContext &context) { m_workers.setEndpointContext(context); }
    // Only these assets (by name); all of the change's assets when empty.
    void setAssetFilter(const QStringList &names) { m_assetFilter = names; }
    // When each asset's maintenance window closes (by name; StagedRun): its reboot, if one is due, only
    // before then, as the change's own window end does for every asset.
    void setWindowEnds(const QHash<QString, QDateTime> &ends) { m_windowEnds = ends; }
    // Part of a staged run (StagedRun): each deployment is recorded with the run, and the run, not this
    // stage, records the change request's outcome at its end.
    void setStagedRun(qint64 runId)
    {
        m_runId = runId;
        m_recordsChangeOutcome = runId <= 0;
    }
    // Told, as each asset finishes, that the deployment, the asset (its new scan), its patches and the
    // audit trail changed, and at the end that the change request did.
    void setChangeNotifier(ChangeNotifier *changes) { m_changes = changes; }

    // Checks the change (deployable for Deploy; deployed before for Rollback) and starts. An Error when it
    // cannot start; then nothing ran and no signal follows.
    Status start();
    void cancel() { m_workers.cancel(); }
    // Starts no new asset; those under way finish. The ones never started come back as canceled with no
    // deployment recorded (deploymentId 0): nothing was done to them.
    void drain() { m_workers.drain(); }
    bool isRunning() const { return m_running; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    // Set when the change request's final state could not be recorded (the deployments themselves were).
    QString changeError() const { return m_changeError; }

signals:
    void assetStep(const QString &assetName, const QString &step); // the step's display name
    void assetFinished(const DeploymentRun::Outcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    Outcome runOne(const Asset &asset, const QList<ChangeTarget> &targets);
    void deliver(const Outcome &outcome);
    void recordChangeOutcome();

    qint64 m_changeId;
    AssetDeployer::Mode m_mode;
    AssetDeployer::Options m_options;
    QStringList m_assetFilter;
    QHash<QString, QDateTime> m_windowEnds;
    qint64 m_runId = 0;
    bool m_recordsChangeOutcome = true;
    QPointer<ChangeNotifier> m_changes;
    QList<Outcome> m_outcomes;
    QString m_changeError;
    int m_total = 0;
    bool m_running = false;
    AssetWorkers m_workers; // last: destroyed first, so the workers are done before the rest goes
};
