#pragma once

#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// Reads change requests and deployments for the Approvals and Deployments panes, and records the first
// steps of the change board (a draft request, a reviewer's decision), each with its audit event.
class WorkflowRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRepository)

public:
    explicit WorkflowRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QList<ChangeRequest>> changeRequests() const;
    Result<QList<Deployment>> deployments() const;

private:
    QSqlDatabase m_db;
};
