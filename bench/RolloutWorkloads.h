#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

// The measured work of pw_bench_rollout, each part in a child process of its own (so its peak RSS and CPU are
// its own) against a fleet of simulated Debian 12 hosts, each with a root of its own (SimulatedFleet) behind
// one loopback sshd the parent holds (ChrootSshd, a root per key). The fleet, its rings and the sshd are in
// the scratch folder's plan.json (RolloutPlan).
namespace RolloutWorkloads {

// Not timed as the benchmark's figure, but reported: a fresh encrypted database (its key in the scratch
// folder), the rings configured (gate: every asset must succeed, no failed verification, no soak; the plan's
// parallelism), one SSH asset per host with its ring and key, the sshd's host key trusted, a ScanRun of all
// of them, then a change request of every missing update named in the plan on every asset, created and
// submitted by one user and approved by another (an Error when any scan fails). Figures: scanSeconds,
// scanned, pendingRows, changeId, changeTargets.
Result<QJsonObject> prepare(const QString &scratch);

// The measured staged run of the prepared change `changeId`: the run created as `deploy CHANGE` creates it
// (RingPlan over the change's assets' rings), driven to its end by StagedRun. Figures: totalSeconds (start()
// → finished), startSeconds (start() → the first stage), per ring (stages: ring, assets, succeeded, failed,
// wallSeconds from its start to its last asset done, then, between two rings, gateSeconds from that to the
// gate's verdict — the stage's workers wound down, its results read, GateCheck, the verdict stored and
// audited — and nextRingSeconds from the verdict to the next ring's start; verdict, verdictDetail),
// finishSeconds (last asset → finished), cpuSeconds, peakRssMiB (getrusage), endState, succeeded, failed,
// verifiedDeployments (those whose Verify step passed), installedPatches (patches the verification scans
// marked installed), firstError.
Result<QJsonObject> patchwright(const QString &scratch, qint64 changeId);

} // namespace RolloutWorkloads
