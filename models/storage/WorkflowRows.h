#pragma once

#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QSqlQuery>

// Turns rows of change_requests, deployments and deployment_steps back into domain records, each
// selected with the columns named here, in this order.
//
// A state this build does not know (written by a newer Patchwright sharing the database in team mode, or
// by hand) is an Error naming the row, and the reading repository fails the whole read with it: a state
// the engine does not understand can be neither shown truthfully nor acted on safely (approved, deployed,
// rolled back), so it is never guessed or skipped. Databases with a newer schema are refused earlier, when
// they are opened.
class WorkflowRows
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRows)

public:
    // id, title, state, requested_by, created_at, window_start, window_end, emergency, justification,
    // patch_count, asset_count, risk, rollback_plan, revision, edited_by, edited_at, submitted_at,
    // review_due_at, reviewed_at, ring_plan (of change_requests)
    static QString changeRequestColumns();
    static Result<ChangeRequest> changeRequest(const QSqlQuery &query);
    // d.id, d.change_request_id, c.title, a.name, d.ring, d.state, d.started_at, d.finished_at, d.detail,
    // d.run_id (0 when none)
    // (of deployments d joined with change_requests c and assets a); without the step log
    static QString deploymentColumns();
    static Result<Deployment> deployment(const QSqlQuery &query);
    // deployment_id, id, at, step, status, exit_code, detail (of deployment_steps)
    static QString stepColumns();
    static Result<DeploymentStep> step(const QSqlQuery &query);
};
