#pragma once

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

    Result<qint64> create(const ChangeDraft &draft);
    Status edit(qint64 changeId, const ChangeDraft &draft);
    // `irreversible` names the patches that cannot be rolled back (RollbackPlan), recorded with the comment.
    Status submit(qint64 changeId, const QString &comment, const QStringList &irreversible);
    Status cancel(qint64 changeId, const QString &reason);
    Result<ChangeRepository::DecisionOutcome> decide(qint64 changeId, ReviewDecision decision,
                                                     const QString &comment);

    // Where a change stands with the board, and what the current user may do about it.
    struct Review
    {
        ChangeRequest change;
        QList<ChangeApproval> decisions; // every decision, oldest first
        int approvals = 0;               // distinct approvers of the current revision
        int needed = 1;
        bool overdue = false;    // an emergency change unreviewed after its deadline
        bool waitsForMe = false; // I may decide on it and have not yet for this revision
        Status mayDecide;        // why I may not, else ok
        Status mayEdit;
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

    Database &m_database;
};
