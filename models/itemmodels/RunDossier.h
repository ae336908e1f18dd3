#pragma once

#include "domain/RolloutRun.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QHash>

// What the Deployments pane shows of one staged run: its stages (rings) in order, each with how its assets
// stand and its gate's verdicts (go or halt, with the counts and why, and an admin's decisions), and one row
// per asset of the run — its deployment in the run, or a placeholder (state pending) for an asset whose
// stage has not deployed it yet. Filled by the pane from the repositories; no widgets.
struct RunDossier
{
    Q_DECLARE_TR_FUNCTIONS(RunDossier)

public:
    RolloutRun run;
    QString changeTitle;
    QList<ChangeTarget> targets;   // the change's patches on its assets
    QHash<qint64, QString> ringOf; // each target asset's ring, by asset id
    QList<Deployment> deployments; // the change's deployments, newest first (WorkflowRepository)
    QList<GateVerdict> verdicts;   // the run's, oldest first

    // The run's assets in stage order: the newest deployment of each in this run, else a placeholder keyed
    // by the negated asset id; then the change's deployments outside any run since the run was created (an
    // asset rolled back on its own).
    QList<Deployment> assetRows() const;
    QString html() const;
    // The last halt of the gate the run is halted at (nullptr when it is not halted at one).
    const GateVerdict *haltingVerdict() const;
    static QString verdictText(const GateVerdict &verdict); // "halt: 0 succeeded, 2 failed — why"

private:
    int stageOf(const QString &ring) const { return int(run.rings.indexOf(ring)); }
    QString stageStatus(int stage) const;
    QString pendingDetail(int stage) const;
};
