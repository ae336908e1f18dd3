#pragma once

#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Deployments and their step logs: the only code that writes deployments and deployment_steps. Each step
// is committed (and audited) as it happens, so a deployment killed half-way keeps every step it finished
// and is marked interrupted when the database is next opened for deploying.
class DeploymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentRepository)

public:
    DeploymentRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // kind: "deploy" or "rollback"; the row starts as running, owned by `owner` ("pid 4242 on host1"): the
    // process carrying it out, so a later process can tell a live deployment from an abandoned one.
    // `runId`: the staged run it belongs to (0: none).
    Result<qint64> start(qint64 changeId, qint64 assetId, const QString &kind, const QString &owner,
                         qint64 runId = 0);
    Status addStep(qint64 deploymentId, const DeploymentStep &step);
    // state: how it ended (succeeded, failed, rolled-back, rollback-failed, canceled); only a running one
    // ends.
    Status finish(qint64 deploymentId, DeploymentState state, const QString &detail);
    // Deployments left running by a process that died (ownerIsGone(owner) is true): marked interrupted, and
    // audited. Returns how many.
    Result<int> markInterrupted(const std::function<bool(const QString &owner)> &ownerIsGone);
    // An interrupted deployment's asset was checked on its host again (a rescan, InterruptionRecheck):
    // `outcome` says what the rescan found, or why it failed. The deployment's detail becomes what happened
    // to it followed by `outcome` (an earlier check's is replaced); audited as deployment.rechecked.
    Status recordRecheck(qint64 deploymentId, const QString &outcome);

    // Oldest first. A step or status this build does not know fails the read (see WorkflowRows).
    Result<QList<DeploymentStep>> steps(qint64 deploymentId) const;
    // Newest first, each with its step log.
    Result<QList<Deployment>> forChange(qint64 changeId) const;

private:
    static QString interruptedDetail();
    Result<QString> subjectOf(qint64 deploymentId) const;

    QSqlDatabase m_db;
    QString m_actor;
};
