#include "WorkflowRows.h"

#include "SqlRow.h"

#include <QVariant>

namespace {

// The record, or the first unknown stored word with the row it is in.
template<typename Record>
Result<Record> named(const Status &read, const Record &record, const QString &which)
{
    if (read)
        return record;
    const Error &error = read.error();
    return Error{which + QStringLiteral(": ") + error.message, error.hint};
}

} // namespace

QString WorkflowRows::changeRequestColumns()
{
    return QStringLiteral(
        "id, title, state, requested_by, created_at, window_start, window_end, emergency, "
        "justification, patch_count, asset_count, risk, rollback_plan, revision, edited_by, "
        "edited_at, submitted_at, review_due_at, reviewed_at, ring_plan");
}

Result<ChangeRequest> WorkflowRows::changeRequest(const QSqlQuery &query)
{
    ChangeRequest r;
    const Status read = (SqlRow(query) >> r.id >> r.title >> r.state >> r.requestedBy >> r.createdAt >>
                         r.windowStart >> r.windowEnd >> r.emergency >> r.justification >> r.patchCount >>
                         r.assetCount >> r.risk >> r.rollbackPlan >> r.revision >> r.editedBy >> r.editedAt >>
                         r.submittedAt >> r.reviewDueAt >> r.reviewedAt >> r.ringPlan)
                            .status();
    return named(read, r, tr("Change request #%1").arg(r.id));
}

QString WorkflowRows::deploymentColumns()
{
    return QStringLiteral("d.id, d.change_request_id, c.title, a.name, d.ring, d.state, d.started_at, "
                          "d.finished_at, d.detail, COALESCE(d.run_id, 0)");
}

Result<Deployment> WorkflowRows::deployment(const QSqlQuery &query)
{
    Deployment d;
    const Status read = (SqlRow(query) >> d.id >> d.changeRequestId >> d.changeTitle >> d.assetName >>
                         d.ring >> d.state >> d.startedAt >> d.finishedAt >> d.detail >> d.runId)
                            .status();
    return named(read, d, tr("Deployment %1").arg(d.id));
}

QString WorkflowRows::stepColumns()
{
    return QStringLiteral("deployment_id, id, at, step, status, exit_code, detail");
}

Result<DeploymentStep> WorkflowRows::step(const QSqlQuery &query)
{
    DeploymentStep s;
    SqlRow row(query);
    row >> s.deploymentId >> s.id >> s.at >> s.step >> s.status;
    const QVariant exitCode = row.next();
    s.exitCode = exitCode.isNull() ? -1 : exitCode.toInt();
    row >> s.detail;
    return named(row.status(), s, tr("Step %1 of deployment %2").arg(s.id).arg(s.deploymentId));
}
