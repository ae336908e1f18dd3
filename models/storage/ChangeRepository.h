#pragma once

#include "domain/Result.h"
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
    // decision: "approved", "rejected" or "changes-requested"; the reviewer is this repository's actor.
    Status decide(qint64 changeId, const QString &decision, const QString &comment);
    // After a deployment: "deployed", "failed", "rolled-back".
    Status setOutcome(qint64 changeId, const QString &state, const QString &details);

    Result<ChangeRequest> find(qint64 changeId) const;
    // Whether deployments may run now: approved, or an emergency change that is submitted or approved.
    static bool isDeployable(const ChangeRequest &change);
    Result<QList<ChangeTarget>> targets(qint64 changeId) const;
    // The version found installed right before deploying, which a rollback returns to.
    Status confirmRollbackVersion(qint64 changeId, qint64 assetPatchId, const QString &version);

private:
    Status transition(qint64 changeId, const QStringList &from, const QString &to, const QString &action,
                      const QString &details);

    QSqlDatabase m_db;
    QString m_actor;
};
