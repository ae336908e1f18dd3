#include "WorkflowRows.h"

#include "SqlTime.h"

#include <QVariant>

template<typename Enum>
Result<Enum> WorkflowRows::storedState(const QVariant &value, const QString &row)
{
    const auto parsed = parseStoredText<Enum>(value.toString());
    if (!parsed)
        return Error{row + QStringLiteral(": ") + parsed.error().message, parsed.error().hint};
    return parsed.value();
}

QString WorkflowRows::changeRequestColumns()
{
    return QStringLiteral("id, title, state, requested_by, created_at, window_start, window_end, emergency, "
                          "justification, patch_count, asset_count");
}

Result<ChangeRequest> WorkflowRows::changeRequest(const QSqlQuery &row)
{
    ChangeRequest r;
    r.id = row.value(0).toLongLong();
    const auto state = storedState<ChangeState>(row.value(2), tr("Change request #%1").arg(r.id));
    if (!state)
        return state.error();
    r.state = state.value();
    r.title = row.value(1).toString();
    r.requestedBy = row.value(3).toString();
    r.createdAt = SqlTime::fromValue(row.value(4));
    r.windowStart = SqlTime::fromValue(row.value(5));
    r.windowEnd = SqlTime::fromValue(row.value(6));
    r.emergency = row.value(7).toInt() != 0;
    r.justification = row.value(8).toString();
    r.patchCount = row.value(9).toInt();
    r.assetCount = row.value(10).toInt();
    return r;
}

QString WorkflowRows::deploymentColumns()
{
    return QStringLiteral("d.id, d.change_request_id, c.title, a.name, d.ring, d.state, d.started_at, "
                          "d.finished_at, d.detail");
}

Result<Deployment> WorkflowRows::deployment(const QSqlQuery &row)
{
    Deployment d;
    d.id = row.value(0).toLongLong();
    const auto state = storedState<DeploymentState>(row.value(5), tr("Deployment %1").arg(d.id));
    if (!state)
        return state.error();
    d.state = state.value();
    d.changeRequestId = row.value(1).toLongLong();
    d.changeTitle = row.value(2).toString();
    d.assetName = row.value(3).toString();
    d.ring = row.value(4).toString();
    d.startedAt = SqlTime::fromValue(row.value(6));
    d.finishedAt = SqlTime::fromValue(row.value(7));
    d.detail = row.value(8).toString();
    return d;
}

QString WorkflowRows::stepColumns()
{
    return QStringLiteral("deployment_id, id, at, step, status, exit_code, detail");
}

Result<DeploymentStep> WorkflowRows::step(const QSqlQuery &row)
{
    DeploymentStep s;
    s.deploymentId = row.value(0).toLongLong();
    s.id = row.value(1).toLongLong();
    const QString which = tr("Step %1 of deployment %2").arg(s.id).arg(s.deploymentId);
    const auto kind = storedState<StepKind>(row.value(3), which);
    if (!kind)
        return kind.error();
    const auto status = storedState<StepStatus>(row.value(4), which);
    if (!status)
        return status.error();
    s.step = kind.value();
    s.status = status.value();
    s.at = SqlTime::fromValue(row.value(2));
    s.exitCode = row.value(5).isNull() ? -1 : row.value(5).toInt();
    s.detail = row.value(6).toString();
    return s;
}
