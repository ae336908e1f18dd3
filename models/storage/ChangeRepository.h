#pragma once

#include "domain/Result.h"
#include "domain/ReviewDecision.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Change requests and their approvals: the only code that writes change_requests, change_request_patches
// and approvals. Every change of state is audited in the same transaction.
//
// Life of a change: draft → submitted → approved (once the quorum of distinct reviewers approved its current
// revision) | rejected (changes-requested sends it back to draft) → deployed | failed | rolled-back; a
// change that has not run may be cancelled. Editing raises the revision, so earlier approvals no longer count
// (an approved change goes back to submitted). Separation of duties: the requester and the last editor never
// decide on it — except the requester's own approval when the lone-admin policy allows it (local mode). An
// emergency change may be deployed once submitted; it is reviewed afterwards.
//
// Who may call what is ChangeBoard's business (app/board); this class keeps the rules that need the
// transaction: state, revision, the quorum count, one decision per reviewer and revision.
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
    // Replaces a draft, submitted or approved change's contents; raises its revision (earlier approvals stop
    // counting) and sends an approved change back to submitted. Audited as change.edited with each change.
    Status edit(qint64 changeId, const ChangeDraft &draft);
    // `details` goes into the audit event, e.g. which patches cannot be rolled back. An emergency change gets
    // its review deadline, `reviewHours` after its submission.
    Status submit(qint64 changeId, const QString &details = QString(), int reviewHours = 72);
    // A change that has not run: draft, submitted or approved → cancelled.
    Status cancel(qint64 changeId, const QString &reason);

    // What a decision needs from the board's policy.
    struct DecisionRules
    {
        int quorum = 1;
        bool selfApprovalAllowed = false; // the lone-admin policy (local mode)
    };
    struct DecisionOutcome
    {
        ChangeState state = ChangeState::Submitted;
        int approvals = 0; // distinct approvers of the current revision, this one included
        int needed = 1;
        bool selfApproval = false;
    };
    // The reviewer is this repository's actor.
    Result<DecisionOutcome> decide(qint64 changeId, ReviewDecision decision, const QString &comment,
                                   const DecisionRules &rules);
    // Every decision on the change, oldest first.
    Result<QList<ChangeApproval>> approvals(qint64 changeId) const;

    // After a deployment: deployed, failed or rolled-back.
    Status setOutcome(qint64 changeId, ChangeState state, const QString &details);
    // After a rollback of some of its assets that leaves its state as it is: audited as
    // change.partly-rolled-back.
    Status recordPartialRollback(qint64 changeId, const QString &details);

    Result<ChangeRequest> find(qint64 changeId) const;
    // Whether deployments may run now: approved, or an emergency change that is submitted or approved.
    static bool isDeployable(const ChangeRequest &change);
    // Whether its contents may still change: draft, submitted or approved (not run, not closed).
    static bool isEditable(const ChangeRequest &change);
    Result<QList<ChangeTarget>> targets(qint64 changeId) const;
    // The version found installed right before deploying, which a rollback returns to.
    Status confirmRollbackVersion(qint64 changeId, qint64 assetPatchId, const QString &version);

private:
    Status validate(const ChangeDraft &draft) const;
    // The draft's patches that exist and are missing, with their installed versions; the assets they are on.
    Result<QList<std::pair<qint64, QString>>> missingPatches(const QList<qint64> &ids, int *assetCount) const;
    Status transition(qint64 changeId, const QList<ChangeState> &from, ChangeState to, const QString &action,
                      const QString &details);
    Result<ChangeRequest> lockedChange(qint64 changeId) const;

    QSqlDatabase m_db;
    QString m_actor;
};
