#pragma once

#include "domain/BoardPolicy.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The change board's policy in the settings table (board.quorum.low|medium|high, board.self_approval,
// board.self_approval_reason, board.emergency_review_hours). Unset keys read as BoardPolicy's defaults; a
// value out of range fails the read (never guessed). save() writes only what changed, with one
// board.policy.changed audit event listing each change, in one transaction; the caller checks the role.
class BoardPolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(BoardPolicyRepository)

public:
    BoardPolicyRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    Result<BoardPolicy> load() const;
    Status save(const BoardPolicy &policy);

    // What is wrong with a policy, or empty (quorum 1..9, review 1..720 hours, a reason with self-approval).
    static QString problem(const BoardPolicy &policy);
    // One line for people: "1 approval (low), 2 (medium), 2 (high); self-approval off; emergency review in 72
    // h".
    static QString describe(const BoardPolicy &policy);

private:
    QSqlDatabase m_db;
    QString m_actor;
};
