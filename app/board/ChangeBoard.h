#pragma once

#include "deploy/RollbackPlan.h"
#include "domain/BoardPolicy.h"
#include "domain/Result.h"
#include "domain/Workflow.h"
#include "storage/ChangeRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// The change board's rules, the same for the console and the CLI: who may request, edit, submit, cancel,
// decide on and deploy a change (roles, UserRepository), how many approvals it needs (the quorum of the
// board's policy for its risk), separation of duties (never the requester or last editor, save the
// lone-admin self-approval policy in local mode, each time with a reason), and emergency changes' review
// deadlines. The widgets only show what this allows; a refusal is an Error saying why and what to do.
class ChangeBoard
{
    Q_DECLARE_TR_FUNCTIONS(ChangeBoard)

public:
    explicit ChangeBoard(Database &database);

    Result<UserRepository::Identity> identity() const;
    Result<BoardPolicy> policy() const;
    // Admins only; self-approval only on a local database (a team has other logins to approve).
    Status setPolicy(const BoardPolicy &policy);
    // The policy in force, in one sentence, with what a lone admin can do about separation of duties.
    Result<QString> policyStatement() const;

    // Whether the current user may create change requests at all.
    Status mayCreate() const;
    Result<qint64> create(const ChangeDraft &draft);
    Status edit(qint64 changeId, const ChangeDraft &draft);
    // Puts a draft to the board. The patches that cannot be rolled back (rollbackAssessment) are recorded
    // with the comment in the change.submitted event, so the board knows before it approves; they are
    // returned as "asset: why" for the front end to show.
    Result<QStringList> submit(qint64 changeId, const QString &comment);
    Status cancel(qint64 changeId, const QString &reason);
    Result<ChangeRepository::DecisionOutcome> decide(qint64 changeId, ReviewDecision decision,
                                                     const QString &comment);

    // Each of a change's patches with whether its platform can roll it back, and why not (RollbackPlan):
    // what `change show`, `change submit` and the console's review show.
    using AssessedTargets = QList<std::pair<ChangeTarget, RollbackPlan::Assessment>>;
    Result<AssessedTargets> rollbackAssessment(qint64 changeId) const;

    // Where a change stands with the board, and what the current user may do about it.
    struct Review
    {
        ChangeRequest change;
        QList<ChangeApproval> decisions; // every decision, oldest first
        int approvals = 0;               // distinct approvers of the current revision
        int needed = 1;
        bool overdue = false;     // an emergency change unreviewed after its deadline
        bool waitsForMe = false;  // I may decide on it and have not yet for this revision
        Status mayDecide;         // why I may not approve or reject, else ok
        Status mayRequestChanges; // mayDecide, and the change has not run (an emergency change that ran is
                                  // approved or rejected, never sent back)
        Status mayEdit;
        Status maySubmit; // a draft, and I may request changes
        Status mayCancel; // not run yet, and I may request changes
        Status mayDeploy; // as mayDeploy(change)
    };
    Result<Review> review(qint64 changeId) const;
    // Every change request, those waiting for my decision first (then overdue emergency reviews, then the
    // rest, newest first), each with its review.
    Result<QList<Review>> queue() const;
    // Whether the current user may deploy (or roll back) this change now.
    Status mayDeploy(const ChangeRequest &change) const;

private:
    Result<ChangeRepository::DecisionRules> rulesFor(const ChangeRequest &change) const;
    Result<Review> reviewOf(const ChangeRequest &change, const UserRepository::Identity &me,
                            const BoardPolicy &policy) const;
    Status mayDeploy(const ChangeRequest &change, const UserRepository::Identity &me) const;

    Database &m_database;
};
