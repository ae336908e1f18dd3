#pragma once

#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// Reads change requests and deployments for the Approvals and Deployments panes, and records the first
// steps of the change board (a draft request, a reviewer's decision), each with its audit event. A state
// this build does not know fails the whole read with an Error naming the row (see WorkflowRows).
class WorkflowRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRepository)

public:
    explicit WorkflowRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Newest first; only the one with id `onlyId` when given.
    Result<QList<ChangeRequest>> changeRequests(qint64 onlyId = 0) const;
    // Newest first, each with its step log; only those of change `onlyChange` when given.
    Result<QList<Deployment>> deployments(qint64 onlyChange = 0) const;

private:
    QSqlDatabase m_db;
};
