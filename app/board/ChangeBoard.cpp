#include "ChangeBoard.h"

#include "storage/AssetRepository.h"
#include "storage/BoardPolicyRepository.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/WorkflowRepository.h"

#include <QSet>

#include <algorithm>

ChangeBoard::ChangeBoard(Database &database)
    : m_database(database)
{
}

Result<UserRepository::Identity> ChangeBoard::identity() const
{
    return UserRepository(m_database.connection(), m_database.actor()).whoami();
}

Result<BoardPolicy> ChangeBoard::policy() const
{
    return BoardPolicyRepository(m_database.connection(), m_database.actor()).load();
}

Status ChangeBoard::setPolicy(const BoardPolicy &policy)
{
    if (Status allowed =
            UserRepository(m_database.connection(), m_database.actor()).require(Permission::ManageUsers);
        !allowed)
        return allowed;
    if (policy.selfApproval && SqlDialect::isPostgres(m_database.connection()))
        return Error{tr("Self-approval is for a lone admin on a local database; a team database has other "
                        "logins to approve."),
                     tr("Give a colleague the reviewer role: GRANT patchwright_reviewer TO NAME.")};
    return BoardPolicyRepository(m_database.connection(), m_database.actor()).save(policy);
}

Result<QString> ChangeBoard::policyStatement() const
{
    const auto current = policy();
    if (!current)
        return current.error();
    QString text = tr("Change board: %1.").arg(BoardPolicyRepository::describe(current.value()));
    if (!SqlDialect::isPostgres(m_database.connection()) && !current.value().selfApproval)
        text += QLatin1Char(' ') +
                tr("The requester of a change never approves it; a lone admin may allow self-approval once "
                   "(patchwright-cli board set --self-approval on --reason TEXT).");
    return text;
}

Status ChangeBoard::mayCreate() const
{
    return UserRepository(m_database.connection(), m_database.actor()).require(Permission::RequestChanges);
}

Result<ChangeBoard::AssessedTargets> ChangeBoard::rollbackAssessment(qint64 changeId) const
{
    const auto targets = ChangeRepository(m_database.connection(), m_database.actor()).targets(changeId);
    if (!targets)
        return targets.error();
    AssetRepository assets(m_database.connection(), m_database.actor());
    AssessedTargets assessed;
    for (const ChangeTarget &t : targets.value()) {
        const auto asset = assets.findById(t.assetId);
        if (!asset)
            return asset.error();
        assessed.append({t, RollbackPlan::assess(t, asset.value())});
    }
    return assessed;
}

Result<qint64> ChangeBoard::create(const ChangeDraft &draft)
{
    if (Status allowed = mayCreate(); !allowed)
        return allowed.error();
    return ChangeRepository(m_database.connection(), m_database.actor()).create(draft);
}

Status ChangeBoard::edit(qint64 changeId, const ChangeDraft &draft)
{
    if (Status allowed = mayCreate(); !allowed)
        return allowed;
    return ChangeRepository(m_database.connection(), m_database.actor()).edit(changeId, draft);
}

Result<QStringList> ChangeBoard::submit(qint64 changeId, const QString &comment)
{
    if (Status allowed = mayCreate(); !allowed)
        return allowed.error();
    const auto current = policy();
    if (!current)
        return current.error();
    const auto assessed = rollbackAssessment(changeId);
    if (!assessed)
        return assessed.error();
    QStringList irreversible;
    for (const auto &[target, rollback] : assessed.value()) {
        if (!rollback.possible)
            irreversible << target.assetName + QStringLiteral(": ") + rollback.reason;
    }
    QStringList details;
    if (!comment.trimmed().isEmpty())
        details << comment.trimmed();
    // The submit event's detail, in English as the whole trail (storage/AuditText.h).
    details
        << (irreversible.isEmpty()
                ? QStringLiteral("every patch can be rolled back")
                : QStringLiteral("cannot be rolled back: %1").arg(irreversible.join(QStringLiteral("; "))));
    if (Status submitted =
            ChangeRepository(m_database.connection(), m_database.actor())
                .submit(changeId, details.join(QStringLiteral("; ")), current.value().emergencyReviewHours);
        !submitted)
        return submitted.error();
    return irreversible;
}

Status ChangeBoard::cancel(qint64 changeId, const QString &reason)
{
    if (Status allowed = mayCreate(); !allowed)
        return allowed;
    return ChangeRepository(m_database.connection(), m_database.actor()).cancel(changeId, reason);
}

Result<ChangeRepository::DecisionRules> ChangeBoard::rulesFor(const ChangeRequest &change) const
{
    const auto current = policy();
    if (!current)
        return current.error();
    ChangeRepository::DecisionRules rules;
    rules.quorum = current.value().quorumFor(change.risk);
    rules.selfApprovalAllowed =
        current.value().selfApproval && !SqlDialect::isPostgres(m_database.connection());
    return rules;
}

Result<ChangeRepository::DecisionOutcome> ChangeBoard::decide(qint64 changeId, ReviewDecision decision,
                                                              const QString &comment)
{
    if (Status allowed =
            UserRepository(m_database.connection(), m_database.actor()).require(Permission::DecideChanges);
        !allowed)
        return allowed.error();
    ChangeRepository changes(m_database.connection(), m_database.actor());
    const auto change = changes.find(changeId);
    if (!change)
        return change.error();
    const auto rules = rulesFor(change.value());
    if (!rules)
        return rules.error();
    return changes.decide(changeId, decision, comment, rules.value());
}

Result<ChangeBoard::Review> ChangeBoard::reviewOf(const ChangeRequest &change,
                                                  const UserRepository::Identity &me,
                                                  const BoardPolicy &policy) const
{
    Review review;
    review.change = change;
    review.needed = policy.quorumFor(change.risk);
    review.overdue = change.reviewOverdue(QDateTime::currentDateTimeUtc());
    const auto decisions = ChangeRepository(m_database.connection(), m_database.actor()).approvals(change.id);
    if (!decisions)
        return decisions.error();
    review.decisions = decisions.value();
    QSet<QString> approvers;
    bool decidedThisRevision = false;
    for (const ChangeApproval &a : std::as_const(review.decisions)) {
        if (a.revision != change.revision)
            continue;
        if (a.decision == ReviewDecision::Approved)
            approvers.insert(a.reviewer);
        if (a.reviewer == me.name)
            decidedThisRevision = true;
    }
    review.approvals = int(approvers.size());

    const bool team = me.team;
    const bool own = me.name == change.requestedBy || me.name == change.editedBy;
    const bool afterTheFact = change.emergency && !change.reviewedAt.isValid() &&
                              (change.state == ChangeState::Deployed || change.state == ChangeState::Failed ||
                               change.state == ChangeState::RolledBack);
    if (!me.role || !allows(*me.role, Permission::DecideChanges))
        review.mayDecide =
            UserRepository(m_database.connection(), m_database.actor()).require(Permission::DecideChanges);
    else if (change.state != ChangeState::Submitted && !afterTheFact)
        review.mayDecide = Error{tr("Change #%1 has the state %2: nothing to decide.")
                                     .arg(change.id)
                                     .arg(displayName(change.state)),
                                 {}};
    else if (own && !(policy.selfApproval && !team))
        review.mayDecide = Error{tr("You requested or last edited this change: another reviewer decides."),
                                 tr("Separation of duties.")};
    else if (approvers.contains(me.name))
        review.mayDecide = Error{tr("You approved this revision already."), {}};
    review.waitsForMe = review.mayDecide.ok() && !decidedThisRevision;

    review.mayDeploy = mayDeploy(change, me);
    review.mayRequestChanges = review.mayDecide;
    if (review.mayDecide && afterTheFact)
        review.mayRequestChanges =
            Error{tr("Emergency change #%1 already ran: approve or reject it.").arg(change.id), {}};

    if (!me.role || !allows(*me.role, Permission::RequestChanges)) {
        const Status refused =
            UserRepository(m_database.connection(), m_database.actor()).require(Permission::RequestChanges);
        review.mayEdit = refused;
        review.maySubmit = refused;
        review.mayCancel = refused;
        return review;
    }
    if (!ChangeRepository::isEditable(change)) {
        review.mayEdit = Error{tr("Change #%1 has the state %2 and can no longer be edited.")
                                   .arg(change.id)
                                   .arg(displayName(change.state)),
                               {}};
        review.mayCancel =
            Error{tr("Change #%1 has the state %2: only a change that has not run is canceled.")
                      .arg(change.id)
                      .arg(displayName(change.state)),
                  {}};
    }
    if (change.state != ChangeState::Draft)
        review.maySubmit = Error{tr("Change #%1 has the state %2: only a draft is submitted.")
                                     .arg(change.id)
                                     .arg(displayName(change.state)),
                                 {}};
    return review;
}

Result<ChangeBoard::Review> ChangeBoard::review(qint64 changeId) const
{
    const auto me = identity();
    if (!me)
        return me.error();
    const auto current = policy();
    if (!current)
        return current.error();
    const auto change = ChangeRepository(m_database.connection(), m_database.actor()).find(changeId);
    if (!change)
        return change.error();
    return reviewOf(change.value(), me.value(), current.value());
}

Result<QList<ChangeBoard::Review>> ChangeBoard::queue() const
{
    const auto me = identity();
    if (!me)
        return me.error();
    const auto current = policy();
    if (!current)
        return current.error();
    const auto changes = WorkflowRepository(m_database.connection()).changeRequests();
    if (!changes)
        return changes.error();
    QList<Review> reviews;
    for (const ChangeRequest &change : changes.value()) {
        auto review = reviewOf(change, me.value(), current.value());
        if (!review)
            return review.error();
        reviews.append(std::move(review).value());
    }
    // Mine to decide first, then overdue emergency reviews; newest first within each (the read order).
    std::stable_sort(reviews.begin(), reviews.end(), [](const Review &a, const Review &b) {
        const auto rank = [](const Review &r) {
            return r.waitsForMe ? 0 : r.overdue ? 1 : 2;
        };
        return rank(a) < rank(b);
    });
    return reviews;
}

Status ChangeBoard::mayDeploy(const ChangeRequest &change) const
{
    const auto me = identity();
    if (!me)
        return me.error();
    return mayDeploy(change, me.value());
}

Status ChangeBoard::mayDeploy(const ChangeRequest &change, const UserRepository::Identity &me) const
{
    if (!me.role || !allows(*me.role, Permission::Deploy))
        return UserRepository(m_database.connection(), m_database.actor()).require(Permission::Deploy);
    if (!ChangeRepository::isDeployable(change))
        return Error{tr("Change #%1 has the state %2: only an approved change (or a submitted emergency "
                        "change) is deployed.")
                         .arg(change.id)
                         .arg(displayName(change.state)),
                     change.state == ChangeState::Submitted
                         ? tr("It waits for the change board's quorum.")
                         : tr("Submit it to the change board, then wait for its approval.")};
    return {};
}
