#pragma once

#include "domain/DeploymentState.h"
#include "domain/Result.h"
#include "domain/RolloutRun.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Staged deployment runs and their gate verdicts: the only code that writes deployment_runs and
// gate_verdicts. Every change is audited in the same transaction (run.created, run.running, run.stage,
// run.gate, run.<state>).
//
// One process drives a run at a time: claim() takes it by writing the process into deployment_runs.owner,
// compare-and-set on the owner it read, so two consoles (or a console and the daemon) never drive the same
// run, and a run whose process died is taken over only once that process is gone. Pause and cancel are
// requests the driving process reads between assets; with nobody driving, they take effect at once.
class RolloutRunRepository
{
    Q_DECLARE_TR_FUNCTIONS(RolloutRunRepository)

public:
    RolloutRunRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // A run of `rings` (the stages, in order), scheduled for `scheduledFor` (a scheduler starts it then, and
    // marks it missed when it finds it after `startBy`) or, without a time, to be started now by its
    // creator.
    Result<qint64> create(qint64 changeId, bool rollback, const QStringList &rings,
                          const QDateTime &scheduledFor = {}, const QDateTime &startBy = {});
    // Takes the run for `owner` and marks it running: a scheduled, paused, interrupted or missed run (an
    // admin's resume: it waits for its next window), or a running
    // one whose owner is gone (`ownerIsGone`). A halted run only with `continuing` (an admin's decision,
    // recorded by the caller as a verdict). An Error when another live process drives it, or its state
    // forbids it.
    Status claim(qint64 runId, const QString &owner, const std::function<bool(const QString &)> &ownerIsGone,
                 bool continuing = false);
    // The run goes on to `stage` (audited with the stage's ring).
    Status advance(qint64 runId, int stage, const QString &ring);
    // The driving process lets go: the run becomes `state` (finished ones get their end time).
    Status release(qint64 runId, RunState state, const QString &detail);
    // The driving process lets go until `when` (the next opening of a maintenance window the run waits for):
    // the run is scheduled again, and whoever drives runs then (a console, the daemon, deploy resume) starts
    // it.
    // `startBy`: the latest start that still fits the window (past it the run is missed, never run late).
    Status waitUntil(qint64 runId, const QDateTime &when, const QDateTime &startBy, const QString &detail);
    // Scheduled runs whose time has come by `now`, the earliest first (runs to be started by their creator,
    // without a time, are not due).
    Result<QList<RolloutRun>> due(const QDateTime &now) const;
    // The run's window passed with nobody to start it: it is marked missed (audited) — only when it is still
    // scheduled and nobody drives it. False when another process took it first.
    Result<bool> markMissed(qint64 runId, const QString &detail);
    // Pause or cancel: a request to the process driving the run, or at once when nobody drives it.
    Status request(qint64 runId, RunState wanted, const std::function<bool(const QString &)> &ownerIsGone);
    Status recordVerdict(const GateVerdict &verdict);

    Result<RolloutRun> find(qint64 runId) const;
    // Newest first; only those of `onlyChange` when given.
    Result<QList<RolloutRun>> list(qint64 onlyChange = 0) const;
    Result<QList<GateVerdict>> verdicts(qint64 runId) const;

    // What the run's deployments came to, newest deployment per asset.
    using AssetResult = RunAssetResult;
    Result<QList<AssetResult>> results(qint64 runId) const;
    // The run's deployments that were interrupted (their process died mid-way) and whose asset has had no
    // successful scan since: what the host really has after them is not known yet (InterruptionRecheck).
    Result<QList<AssetResult>> interruptedUnchecked(qint64 runId) const;

private:
    Status audit(qint64 runId, const QString &action, const QString &details);
    Status settleRequestOfTheDead(qint64 runId, const std::function<bool(const QString &)> &ownerIsGone);

    QSqlDatabase m_db;
    QString m_actor;
};
