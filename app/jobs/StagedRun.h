#pragma once

#include "DeploymentRun.h"
#include "InterruptionRecheck.h"
#include "WindowSchedule.h"

#include "domain/RolloutRun.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class Database;

// Drives one staged deployment run (RolloutRunRepository) ring by ring: the assets of a stage deploy on a
// DeploymentRun with the ring's parallelism; when the stage is done its gate (GateCheck) decides go or halt;
// a go waits out the ring's soak time and goes on, a halt stops the run until an admin continues or cancels
// it. Everything is written as it happens — the run's stage before a stage starts, each asset's deployment
// before and after each step (DeploymentRun), each verdict — so a run survives a restart: start() on a run
// whose process died picks it up at its stage, deploying only the assets that have no deployment in the run
// yet; one that was interrupted mid-way stays interrupted (the next gate counts it, an admin looks at it),
// it is never repeated silently: before the run goes on, its asset is rescanned on its host
// (InterruptionRecheck), so what the host really has is recorded and the deployment says what was found.
//
// Maintenance windows (WindowRepository: an asset's own, else its ring's): an asset starts only when one of
// its windows is open and stays open for the expected duration of its deployment; the others of its stage
// wait, and once the stage's open assets are done the run is scheduled for the first opening (state
// scheduled, with scheduled_for), to be started then; its gate is decided only when the whole ring is done.
// An emergency change does not wait for windows.
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
    // How long one asset's deployment is expected to take: an asset starts only when its maintenance window
    // stays open that long (default 30 minutes).
    void setExpectedAssetDuration(std::chrono::seconds duration) { m_expectedAssetDuration = duration; }
    // The clock the windows are checked against (tests set it; default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

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
    // An asset whose deployment in this run was interrupted was rescanned (or its rescan failed).
    void interruptedAssetRechecked(const InterruptionRecheck::Outcome &outcome);
    void assetFinished(const DeploymentRun::Outcome &outcome);
    void gateDecided(const GateVerdict &verdict);
    void finished();

private:
    // Rechecks the interrupted assets, then goes on where the run stands (or past its halted gate).
    void recheckInterrupted();
    void proceed();
    void beginStage(int stage);
    void onStageFinished();
    void goOn();
    void finishRun();
    void endWith(RunState state, const QString &detail);
    void readRequests();
    Result<QStringList> pendingAssets(const RolloutRun &run, const QString &ring) const;
    // `pending` split by whether their maintenance windows let them start now (WindowSchedule); an
    // emergency change does not wait.
    Result<WindowSchedule::Split> inTheirWindow(const QStringList &pending) const;
    // Some of the stage's assets wait for their windows: the run waits until the first opens, and has
    // missed it when nobody starts it by the opening's latest start.
    void waitForWindows(const WindowSchedule::Opening &nextOpening, int waiting);

    DatabaseConfig m_config;
    qint64 m_runId;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InterruptionRecheck> m_recheck; // after m_db: it writes through it
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
    std::chrono::seconds m_expectedAssetDuration{30 * 60};
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    bool m_emergency = false;
    bool m_continuing = false; // started by an admin's decision to go on past the halted gate
    int m_waiting = 0;         // assets of the current stage waiting for their windows
    RunState m_endState = RunState::Running;
    QString m_endDetail;
    bool m_running = false;
};
