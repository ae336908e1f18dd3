#include "WorkflowRepository.h"

#include "SqlTime.h"
#include "StorageError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

Result<QList<ChangeRequest>> WorkflowRepository::changeRequests(qint64 onlyId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, title, state, requested_by, created_at, window_start, window_end, "
                       "emergency, justification, patch_count, asset_count FROM change_requests ") +
        (onlyId > 0 ? QStringLiteral("WHERE id = ? ") : QString()) + QStringLiteral("ORDER BY id DESC"));
    if (onlyId > 0)
        query.addBindValue(onlyId);
    if (!query.exec())
        return StorageError::from(tr("Cannot read change requests"), query.lastError());
    QList<ChangeRequest> requests;
    while (query.next()) {
        ChangeRequest r;
        r.id = query.value(0).toLongLong();
        r.title = query.value(1).toString();
        r.state = query.value(2).toString();
        r.requestedBy = query.value(3).toString();
        r.createdAt = SqlTime::fromValue(query.value(4));
        r.windowStart = SqlTime::fromValue(query.value(5));
        r.windowEnd = SqlTime::fromValue(query.value(6));
        r.emergency = query.value(7).toInt() != 0;
        r.justification = query.value(8).toString();
        r.patchCount = query.value(9).toInt();
        r.assetCount = query.value(10).toInt();
        requests.append(r);
    }
    return requests;
}

Result<QList<Deployment>> WorkflowRepository::deployments(qint64 onlyChange) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT d.id, d.change_request_id, c.title, a.name, d.ring, d.state, "
                                 "d.started_at, d.finished_at, d.detail FROM deployments d "
                                 "JOIN change_requests c ON c.id = d.change_request_id "
                                 "JOIN assets a ON a.id = d.asset_id ") +
                  (onlyChange > 0 ? QStringLiteral("WHERE d.change_request_id = ? ") : QString()) +
                  QStringLiteral("ORDER BY d.id DESC"));
    if (onlyChange > 0)
        query.addBindValue(onlyChange);
    if (!query.exec())
        return StorageError::from(tr("Cannot read deployments"), query.lastError());
    QList<Deployment> deployments;
    while (query.next()) {
        Deployment d;
        d.id = query.value(0).toLongLong();
        d.changeRequestId = query.value(1).toLongLong();
        d.changeTitle = query.value(2).toString();
        d.assetName = query.value(3).toString();
        d.ring = query.value(4).toString();
        d.state = query.value(5).toString();
        d.startedAt = SqlTime::fromValue(query.value(6));
        d.finishedAt = SqlTime::fromValue(query.value(7));
        d.detail = query.value(8).toString();
        deployments.append(d);
    }
    // Every deployment's step log, in one pass.
    QHash<qint64, int> rowOf;
    for (int i = 0; i < deployments.size(); ++i)
        rowOf.insert(deployments.at(i).id, i);
    QSqlQuery steps(m_db);
    steps.setForwardOnly(true);
    if (!steps.exec(QStringLiteral("SELECT deployment_id, id, at, step, status, exit_code, detail "
                                   "FROM deployment_steps ORDER BY deployment_id, id")))
        return Error{tr("Cannot read deployment steps: %1").arg(steps.lastError().text()), {}};
    while (steps.next()) {
        const auto row = rowOf.constFind(steps.value(0).toLongLong());
        if (row == rowOf.cend())
            continue;
        DeploymentStep step;
        step.deploymentId = steps.value(0).toLongLong();
        step.id = steps.value(1).toLongLong();
        step.at = SqlTime::fromValue(steps.value(2));
        step.step = steps.value(3).toString();
        step.status = steps.value(4).toString();
        step.exitCode = steps.value(5).isNull() ? -1 : steps.value(5).toInt();
        step.detail = steps.value(6).toString();
        deployments[*row].steps.append(step);
    }
    return deployments;
}
