#pragma once

#include "ChangeTargetModel.h"

#include "domain/Workflow.h"

#include <QCoreApplication>

// What a reviewer reads before deciding on a change request: the change and its count, its patches by ring,
// the CVEs they close, how it is rolled back (the requester's plan and what the platforms can undo) and
// every decision so far, those of earlier revisions marked as no longer counting. Filled by the pane from
// the change board's review; html() is the details panel's overview.
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

    QString html() const;
    // Whether a decision counts for the change's current revision (an edit voids the earlier ones).
    bool counts(const ChangeApproval &decision) const { return decision.revision == change.revision; }

private:
    QString summaryHtml() const;
    QString ringsHtml() const;
    QString cvesHtml() const;
    QString rollbackHtml() const;
    QString decisionsHtml() const;
};
