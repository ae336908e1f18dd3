#include "WorkflowRepository.h"

#include "StorageError.h"
#include "WorkflowRows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

Result<QList<ChangeRequest>> WorkflowRepository::changeRequests(qint64 onlyId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + WorkflowRows::changeRequestColumns() +
                  QStringLiteral(" FROM change_requests ") +
                  (onlyId > 0 ? QStringLiteral("WHERE id = ? ") : QString()) +
                  QStringLiteral("ORDER BY id DESC"));
    if (onlyId > 0)
        query.addBindValue(onlyId);
    if (!query.exec())
        return StorageError::from(tr("Cannot read change requests"), query.lastError());
    QList<ChangeRequest> requests;
    while (query.next()) {
        auto request = WorkflowRows::changeRequest(query);
        if (!request)
            return request.error();
        requests.append(std::move(request).value());
    }
    return requests;
}

Result<QList<Deployment>> WorkflowRepository::deployments(qint64 onlyChange) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + WorkflowRows::deploymentColumns() +
                  QStringLiteral(" FROM deployments d "
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
        auto deployment = WorkflowRows::deployment(query);
        if (!deployment)
            return deployment.error();
        deployments.append(std::move(deployment).value());
    }
    // Every deployment's step log, in one pass.
    QHash<qint64, int> rowOf;
    for (int i = 0; i < deployments.size(); ++i)
        rowOf.insert(deployments.at(i).id, i);
    QSqlQuery steps(m_db);
    steps.setForwardOnly(true);
    if (!steps.exec(QStringLiteral("SELECT ") + WorkflowRows::stepColumns() +
                    QStringLiteral(" FROM deployment_steps ORDER BY deployment_id, id")))
        return StorageError::from(tr("Cannot read deployment steps"), steps.lastError(), m_db);
    while (steps.next()) {
        const auto row = rowOf.constFind(steps.value(0).toLongLong());
        if (row == rowOf.cend())
            continue;
        auto step = WorkflowRows::step(steps);
        if (!step)
            return step.error();
        deployments[*row].steps.append(std::move(step).value());
    }
    return deployments;
}
