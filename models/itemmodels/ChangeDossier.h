#pragma once

#include "ChangeTargetModel.h"

#include "domain/RolloutRun.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

// What a reviewer reads before deciding on a change request: the change and its count, its ring plan, how its
// staged runs went so far (per ring: assets succeeded, failed and failed verification, and the gates'
// verdicts — how the pilot went, for a board deciding on the rest), its patches by ring, the CVEs they close,
// how it is rolled back (the requester's plan and what the platforms can undo) and every decision so far,
// those of earlier revisions marked as no longer counting. Filled by the pane from the change board's review,
// the run engine's stages and the stored runs; html() is the details panel's overview.
struct ChangeDossier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeDossier)

public:
    ChangeRequest change;
    QList<ChangeApproval> decisions; // oldest first
    int approvals = 0;
    int needed = 1;
    bool overdue = false;
    QList<ChangeTargetRow> targets;
    QStringList stages;    // the rings a run of it takes, in order (RingPlan::stages); empty when unknown
    QString stagesProblem; // why no run can be made of its ring plan (RingPlan's refusal), or empty

    // One staged run of the change (or of its rollback) with what it did so far.
    struct Run
    {
        RolloutRun run;
        QList<GateVerdict> verdicts;   // oldest first
        QList<RunAssetResult> results; // newest deployment per asset
    };
    QList<Run> runs; // newest first

    QString html() const;
    // Whether a decision counts for the change's current revision (an edit voids the earlier ones).
    bool counts(const ChangeApproval &decision) const { return decision.revision == change.revision; }

private:
    QString summaryHtml() const;
    QString ringPlanText() const;
    QString runsHtml() const;
    QString runHtml(const Run &run) const;
    QString ringsHtml() const;
    QString cvesHtml() const;
    QString rollbackHtml() const;
    QString decisionsHtml() const;
};
