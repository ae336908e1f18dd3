#pragma once

#include "DeploymentRun.h"

#include "domain/RolloutRun.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class Database;

// Drives one staged deployment run (RolloutRunRepository) ring by ring: the assets of a stage deploy on a
// DeploymentRun with the ring's parallelism; when the stage is done its gate (GateCheck) decides go or halt;
// a go waits out the ring's soak time and goes on, a halt stops the run until an admin continues or cancels
// it. Everything is written as it happens — the run's stage before a stage starts, each asset's deployment
// before and after each step (DeploymentRun), each verdict — so a run survives a restart: start() on a run
// whose process died picks it up at its stage, deploying only the assets that have no deployment in the run
// yet; one that was interrupted mid-way stays interrupted (the next gate counts it, an admin looks at it),
// it is never repeated silently.
//
// Pause and cancel come as requests written to the run (by this console, another one or the CLI), read
// between assets: a pause lets the assets under way finish and starts no new one; a cancel also cancels
// between the steps of those under way (an install itself is never interrupted).
class StagedRun : public QObject
{
    Q_OBJECT

public:
    StagedRun(DatabaseConfig config, qint64 runId, QObject *parent = nullptr);
    ~StagedRun() override;

    void setOptions(const AssetDeployer::Options &options) { m_options = options; }
    void setEndpointContext(const EndpointContext &context) { m_endpointContext = context; }
    void setChangeNotifier(ChangeNotifier *changes) { m_changes = changes; }
    // How often the run's row is read for pause and cancel requests (default 1 s).
    void setRequestPollInterval(int ms) { m_poll.setInterval(ms); }

    // Takes the run for this process and drives it from its stage; `continuing` is an admin's decision to go
    // on past a halted gate (recorded as a verdict). An Error when it cannot be taken; then no signal
    // follows.
    Status start(bool continuing = false);
    bool isRunning() const { return m_running; }
    qint64 runId() const { return m_runId; }
    // The state it ended in (halted, paused, succeeded, failed, cancelled) once finished() came.
    RunState endState() const { return m_endState; }
    QString endDetail() const { return m_endDetail; }
    const QList<DeploymentRun::Outcome> &outcomes() const { return m_outcomes; }
    const QList<GateVerdict> &verdicts() const { return m_verdicts; }

signals:
    void stageStarted(int stage, const QString &ring, int assets);
    void assetStep(const QString &assetName, const QString &step);
    void assetFinished(const DeploymentRun::Outcome &outcome);
    void gateDecided(const GateVerdict &verdict);
    void finished();

private:
    void beginStage(int stage);
    void onStageFinished();
    void goOn();
    void finishRun();
    void endWith(RunState state, const QString &detail);
    void readRequests();
    Result<QStringList> pendingAssets(const RolloutRun &run, const QString &ring) const;

    DatabaseConfig m_config;
    qint64 m_runId;
    std::unique_ptr<Database> m_db;
    AssetDeployer::Options m_options;
    EndpointContext m_endpointContext;
    QPointer<ChangeNotifier> m_changes;
    RolloutRun m_run;
    QList<RingGate> m_gates;
    std::unique_ptr<DeploymentRun> m_stage;
    QList<DeploymentRun::Outcome> m_outcomes;
    QList<GateVerdict> m_verdicts;
    QTimer m_poll;
    QTimer m_soak;
    RunState m_request = RunState::Running; // PauseRequested or CancelRequested once asked
    RunState m_endState = RunState::Running;
    QString m_endDetail;
    bool m_running = false;
};
