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
    explicit WorkflowRepository(QSqlDatabase db, QString actor = QString())
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    Result<QList<ChangeRequest>> changeRequests() const;
    Result<QList<Deployment>> deployments() const;

    // A new change request in state "draft", requested by the actor. Returns its id.
    Result<qint64> createChangeRequest(const QString &title, const QString &justification);
    // The actor's decision on a change request: "approved", "rejected" or "changes-requested". A requester
    // never decides on their own change. Returns the decision's id.
    Result<qint64> recordDecision(qint64 changeRequestId, const QString &decision, const QString &comment);

private:
    Result<qint64> insertReturningId(const QString &what, const QString &sql, const QVariantList &values,
                                     const QString &auditAction,
                                     const std::function<QString(qint64)> &auditSubject,
                                     const QString &auditDetails);

    QSqlDatabase m_db;
    QString m_actor;
};
