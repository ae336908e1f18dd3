#pragma once

#include "DeploymentState.h"
#include "StoredWords.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Where a staged deployment run stands (column deployment_runs.state, audit action "run.<state>"):
// scheduled → running → succeeded | failed, or halted at a gate (an admin continues or cancels it), paused
// and resumed, cancelled; interrupted when the process driving it died (a resume picks it up); missed when
// its window passed with nobody to start it. Pausing and cancelling are requested by writing the request;
// the process driving the run acts on it between assets.
enum class RunState
{
    Scheduled,
    Running,
    Paused,
    Halted,
    Succeeded,
    Failed,
    Cancelled,
    Missed,
    Interrupted,
    PauseRequested,
    CancelRequested
};

template<>
struct StoredWordsOf<RunState>
{
    static constexpr const char *context = "RunState";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("RunState", "\"%1\" is not a deployment run state this version knows.");
    static constexpr StoredWord<RunState> words[] = {
        {RunState::Scheduled, "scheduled", QT_TRANSLATE_NOOP("RunState", "scheduled")},
        {RunState::Running, "running", QT_TRANSLATE_NOOP("RunState", "running")},
        {RunState::Paused, "paused", QT_TRANSLATE_NOOP("RunState", "paused")},
        {RunState::Halted, "halted", QT_TRANSLATE_NOOP("RunState", "halted at a gate")},
        {RunState::Succeeded, "succeeded", QT_TRANSLATE_NOOP("RunState", "succeeded")},
        {RunState::Failed, "failed", QT_TRANSLATE_NOOP("RunState", "failed")},
        {RunState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("RunState", "canceled")},
        {RunState::Missed, "missed", QT_TRANSLATE_NOOP("RunState", "missed its window")},
        {RunState::Interrupted, "interrupted", QT_TRANSLATE_NOOP("RunState", "interrupted")},
        {RunState::PauseRequested, "pause-requested", QT_TRANSLATE_NOOP("RunState", "pausing")},
        {RunState::CancelRequested, "cancel-requested", QT_TRANSLATE_NOOP("RunState", "canceling")},
    };
};

// What a gate decided between two rings (column gate_verdicts.verdict), or what an admin decided on a halted
// run.
enum class GateOutcome
{
    Go,
    Halt,
    Continue,
    Cancel
};

template<>
struct StoredWordsOf<GateOutcome>
{
    static constexpr const char *context = "GateOutcome";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("GateOutcome", "\"%1\" is not a gate verdict this version knows.");
    static constexpr StoredWord<GateOutcome> words[] = {
        {GateOutcome::Go, "go", QT_TRANSLATE_NOOP("GateOutcome", "go")},
        {GateOutcome::Halt, "halt", QT_TRANSLATE_NOOP("GateOutcome", "halt")},
        {GateOutcome::Continue, "continue", QT_TRANSLATE_NOOP("GateOutcome", "continued by an admin")},
        {GateOutcome::Cancel, "cancel", QT_TRANSLATE_NOOP("GateOutcome", "canceled by an admin")},
    };
};

// What lets a run go on from a ring to the next (table rings; defaults for a ring not configured).
struct RingGate
{
    QString ring; // empty: the assets without a ring
    int minSuccessPercent = 100;
    bool haltOnFailedVerification = true;
    int soakMinutes = 0;
    int parallelism = 4;
};

// One staged deployment (or rollback) of a change request.
struct RolloutRun
{
    qint64 id = 0;
    qint64 changeId = 0;
    bool rollback = false;
    RunState state = RunState::Scheduled;
    QStringList rings; // the stages, in order; an empty name is the assets without a ring
    int currentStage = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime scheduledFor;
    QDateTime startBy; // a scheduled run not started by then has missed its window (invalid: no deadline)
    QDateTime startedAt;
    QDateTime finishedAt;
    QString owner; // "pid 4242 on host1" while a process drives it
    QString detail;

    bool isFinished() const
    {
        return state == RunState::Succeeded || state == RunState::Failed || state == RunState::Cancelled ||
               state == RunState::Missed;
    }
    // What may be asked of it now (RolloutRunRepository::request and claim refuse the rest; the console
    // enables its actions by the same rules).
    bool mayBePaused() const
    {
        return !isFinished() && state != RunState::Paused && state != RunState::Halted;
    }
    bool mayBeCancelled() const { return !isFinished(); }
    // Started or resumed by an admin (not counting a running run whose process died, which a start takes
    // over).
    bool mayBeResumed() const
    {
        return state == RunState::Scheduled || state == RunState::Paused || state == RunState::Interrupted ||
               state == RunState::Missed;
    }
    // Halted at a gate with a ring after it to go on to.
    bool mayBeContinued() const { return state == RunState::Halted && currentStage + 1 < rings.size(); }
};

// One gate's verdict (or an admin's decision on a halted run).
struct GateVerdict
{
    qint64 id = 0;
    qint64 runId = 0;
    int stage = 0;
    QString ring;
    QDateTime decidedAt;
    GateOutcome outcome = GateOutcome::Go;
    QString decidedBy;
    int succeeded = 0;
    int failed = 0;
    int failedVerifications = 0;
    QString detail;
};

// What a run's deployment came to on one asset (the newest deployment of the run per asset).
struct RunAssetResult
{
    qint64 deploymentId = 0;
    qint64 assetId = 0;
    QString assetName;
    QString ring; // the asset's ring when it was deployed
    DeploymentState state = DeploymentState::Running;
    bool verificationFailed = false;
};

// A stage's name for people: the ring, or "(no ring)".
inline QString stageName(const QString &ring)
{
    return ring.isEmpty() ? QCoreApplication::translate("RolloutRun", "(no ring)") : ring;
}
