#pragma once

#include "domain/Result.h"
#include "domain/ReviewDecision.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Change requests and their approvals: the only code that writes change_requests, change_request_patches
// and approvals. Every change of state is audited in the same transaction.
//
// Life of a change: draft → submitted → approved | rejected (changes-requested sends it back to draft) →
// deployed | failed | rolled-back. Separation of duties: whoever requested a change never approves it.
// An emergency change may be deployed before approval; it is approved (or not) afterwards.
class ChangeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRepository)

public:
    ChangeRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // Creates a draft from missing patches; records each patch's installed version as its rollback version.
    Result<qint64> create(const ChangeDraft &draft);
    // `details` goes into the audit event, e.g. which patches cannot be rolled back.
    Status submit(qint64 changeId, const QString &details = QString());
    // The reviewer is this repository's actor.
    Status decide(qint64 changeId, ReviewDecision decision, const QString &comment);
    // After a deployment: deployed, failed or rolled-back.
    Status setOutcome(qint64 changeId, ChangeState state, const QString &details);

    Result<ChangeRequest> find(qint64 changeId) const;
    // Whether deployments may run now: approved, or an emergency change that is submitted or approved.
    static bool isDeployable(const ChangeRequest &change);
    // Whether it may be rolled back: its deployments ran, whatever came of them (deployed, failed,
    // rolled-back).
    static bool isRollbackable(const ChangeRequest &change);
    Result<QList<ChangeTarget>> targets(qint64 changeId) const;
    // The version found installed right before deploying, which a rollback returns to.
    Status confirmRollbackVersion(qint64 changeId, qint64 assetPatchId, const QString &version);

private:
    Status transition(qint64 changeId, const QList<ChangeState> &from, ChangeState to, const QString &action,
                      const QString &details);

    QSqlDatabase m_db;
    QString m_actor;
};
