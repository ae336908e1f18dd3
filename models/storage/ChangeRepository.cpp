#include "ChangeRepository.h"

#include "AuditLog.h"
#include "AuditText.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "StorageError.h"
#include "WorkflowRepository.h"
#include "WriteTransaction.h"

#include "domain/PlainText.h"
#include "domain/Ring.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return StorageError::from(what, query.lastError());
}

QString subjectOf(qint64 changeId)
{
    return QStringLiteral("change #") + QString::number(changeId);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

Status ChangeRepository::validate(const ChangeDraft &draft) const
{
    if (draft.title.trimmed().isEmpty())
        return Error{tr("A change request needs a title."), {}};
    if (const QString problem = PlainText::problem(draft.title, PlainText::Lines::One); !problem.isEmpty())
        return Error{tr("The title cannot be stored: %1.").arg(problem), tr("Type plain text on one line.")};
    if (const QString problem = PlainText::problem(draft.justification, PlainText::Lines::Several);
        !problem.isEmpty())
        return Error{tr("The justification cannot be stored: %1.").arg(problem), tr("Type plain text.")};
    if (const QString problem = PlainText::problem(draft.rollbackPlan, PlainText::Lines::Several);
        !problem.isEmpty())
        return Error{tr("The rollback plan cannot be stored: %1.").arg(problem), tr("Type plain text.")};
    for (const QString &ring : draft.ringPlan) {
        if (!RingName::isValid(ring))
            return Error{tr("\"%1\" is not a ring name.").arg(ring.left(64)),
                         tr("Name the rings as assets do (asset edit --ring), in the order to deploy them.")};
    }
    if (QSet<QString>(draft.ringPlan.cbegin(), draft.ringPlan.cend()).size() != draft.ringPlan.size())
        return Error{tr("The ring plan names a ring twice."), {}};
    if (draft.assetPatchIds.isEmpty())
        return Error{tr("A change request needs at least one patch."),
                     tr("Pick missing patches in the Patches pane, or give --patch IDs.")};
    return {};
}

Result<QList<std::pair<qint64, QString>>> ChangeRepository::missingPatches(const QList<qint64> &ids,
                                                                           int *assetCount) const
{
    // Every patch must exist and still be missing; its installed version is where a rollback returns to.
    QSqlQuery patch(m_db);
    patch.prepare(
        QStringLiteral("SELECT asset_id, installed_version, state FROM asset_patches WHERE id = ?"));
    QSet<qint64> assets;
    QSet<qint64> seen;
    QList<std::pair<qint64, QString>> rows;
    for (const qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        patch.bindValue(0, id);
        if (!patch.exec())
            return sqlError(tr("Cannot read patch %1").arg(id), patch);
        if (!patch.next())
            return Error{tr("There is no patch with id %1.").arg(id),
                         tr("List patch ids with `patchwright-cli patches --format json`.")};
        if (patch.value(2).toString() != QLatin1String("missing"))
            return Error{tr("Patch %1 has the state %2, not missing: there is nothing to deploy.")
                             .arg(id)
                             .arg(patch.value(2).toString()),
                         tr("Scan the asset again to refresh its patches.")};
        assets.insert(patch.value(0).toLongLong());
        rows.append({id, patch.value(1).toString()});
    }
    *assetCount = int(assets.size());
    return rows;
}

Result<qint64> ChangeRepository::create(const ChangeDraft &draft)
{
    if (Status valid = validate(draft); !valid)
        return valid.error();
    qint64 changeId = 0;
    const Status written =
        WriteTransaction::run(m_db, tr("Cannot create the change request"), [&]() -> Status {
            int assetCount = 0;
            const auto rows = missingPatches(draft.assetPatchIds, &assetCount);
            if (!rows)
                return rows.error();
            QSqlQuery insert(m_db);
            insert.prepare(SqlDialect::returningId(
                m_db,
                QStringLiteral("INSERT INTO change_requests (title, state, requested_by, created_at, "
                               "emergency, justification, patch_count, asset_count, risk, rollback_plan, "
                               "ring_plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
            insert.addBindValue(draft.title.trimmed());
            insert.addBindValue(storedText(ChangeState::Draft));
            insert.addBindValue(m_actor);
            insert.addBindValue(SqlTime::now());
            insert.addBindValue(draft.emergency ? 1 : 0);
            insert.addBindValue(SqlText::bindable(draft.justification));
            insert.addBindValue(int(rows.value().size()));
            insert.addBindValue(assetCount);
            insert.addBindValue(storedText(draft.risk));
            insert.addBindValue(SqlText::bindable(draft.rollbackPlan));
            insert.addBindValue(SqlText::bindable(draft.ringPlan.join(QLatin1Char(','))));
            if (!insert.exec())
                return sqlError(tr("Cannot create the change request"), insert);
            changeId = SqlDialect::insertedId(insert);

            QSqlQuery member(m_db);
            member.prepare(QStringLiteral("INSERT INTO change_request_patches (change_request_id, "
                                          "asset_patch_id, rollback_version) VALUES (?, ?, ?)"));
            for (const auto &[id, installed] : rows.value()) {
                member.bindValue(0, changeId);
                member.bindValue(1, id);
                member.bindValue(2, SqlText::bindable(installed));
                if (!member.exec())
                    return sqlError(tr("Cannot add patch %1 to the change request").arg(id), member);
            }
            // Audit details in English, untranslated (see AuditText.h).
            const QString details =
                QStringLiteral("\"%1\": %2 on %3, %4 risk%5")
                    .arg(draft.title.trimmed(),
                         AuditText::counted(rows.value().size(), QStringLiteral("patch"),
                                            QStringLiteral("patches")),
                         AuditText::counted(assetCount, QStringLiteral("asset"), QStringLiteral("assets")),
                         storedText(draft.risk), draft.emergency ? QStringLiteral(", emergency") : QString());
            return AuditLog(m_db).append(m_actor, QStringLiteral("change.created"), subjectOf(changeId),
                                         details);
        });
    if (!written)
        return written.error();
    return changeId;
}

Status ChangeRepository::edit(qint64 changeId, const ChangeDraft &draft)
{
    if (Status valid = validate(draft); !valid)
        return valid;
    return WriteTransaction::run(m_db, tr("Cannot edit change #%1").arg(changeId), [&]() -> Status {
        const auto locked = lockedChange(changeId);
        if (!locked)
            return locked.error();
        const ChangeRequest &before = locked.value();
        if (!isEditable(before))
            return Error{
                tr("Change #%1 has the state %2: only a draft, submitted or approved change can be edited.")
                    .arg(changeId)
                    .arg(displayName(before.state)),
                tr("Create a new change request instead.")};
        const auto targetsBefore = targets(changeId);
        if (!targetsBefore)
            return targetsBefore.error();
        QSet<qint64> oldIds;
        for (const ChangeTarget &t : targetsBefore.value())
            oldIds.insert(t.assetPatchId);
        const QSet<qint64> newIds(draft.assetPatchIds.cbegin(), draft.assetPatchIds.cend());

        QStringList changes;
        if (draft.title.trimmed() != before.title)
            changes
                << QStringLiteral("title: %1 → %2").arg(quoted(before.title), quoted(draft.title.trimmed()));
        if (draft.justification != before.justification)
            changes << QStringLiteral("justification changed");
        if (draft.rollbackPlan != before.rollbackPlan)
            changes << QStringLiteral("rollback plan changed");
        if (draft.risk != before.risk)
            changes << QStringLiteral("risk: %1 → %2").arg(storedText(before.risk), storedText(draft.risk));
        if (draft.ringPlan != before.ringPlan)
            changes << QStringLiteral("ring plan: %1 → %2")
                           .arg(before.ringPlan.isEmpty() ? QStringLiteral("all rings")
                                                          : before.ringPlan.join(QStringLiteral(", ")),
                                draft.ringPlan.isEmpty() ? QStringLiteral("all rings")
                                                         : draft.ringPlan.join(QStringLiteral(", ")));
        if (draft.emergency != before.emergency)
            changes << (draft.emergency ? QStringLiteral("now an emergency")
                                        : QStringLiteral("no longer an emergency"));
        const QSet<qint64> added = QSet<qint64>(newIds).subtract(oldIds);
        const QSet<qint64> removed = QSet<qint64>(oldIds).subtract(newIds);
        if (!added.isEmpty() || !removed.isEmpty())
            changes << QStringLiteral("patches: +%1 −%2").arg(added.size()).arg(removed.size());
        if (changes.isEmpty())
            return Error{
                tr("Nothing to change in change #%1.").arg(changeId), {}, QStringLiteral("unchanged")};

        // Patches added must be missing now; those kept keep the rollback version recorded when they came in.
        QList<qint64> addedIds;
        for (const qint64 id : draft.assetPatchIds) {
            if (added.contains(id))
                addedIds.append(id);
        }
        int ignored = 0;
        const auto addedRows = missingPatches(addedIds, &ignored);
        if (!addedRows)
            return addedRows.error();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "DELETE FROM change_request_patches WHERE change_request_id = ? AND asset_patch_id = ?"));
        for (const qint64 id : removed) {
            query.bindValue(0, changeId);
            query.bindValue(1, id);
            if (!query.exec())
                return sqlError(tr("Cannot remove patch %1 from change #%2").arg(id).arg(changeId), query);
        }
        query.prepare(QStringLiteral("INSERT INTO change_request_patches (change_request_id, asset_patch_id, "
                                     "rollback_version) VALUES (?, ?, ?)"));
        for (const auto &[id, installed] : addedRows.value()) {
            query.bindValue(0, changeId);
            query.bindValue(1, id);
            query.bindValue(2, SqlText::bindable(installed));
            if (!query.exec())
                return sqlError(tr("Cannot add patch %1 to change #%2").arg(id).arg(changeId), query);
        }
        QSqlQuery counts(m_db);
        counts.prepare(
            QStringLiteral("SELECT count(*), count(DISTINCT p.asset_id) FROM change_request_patches m "
                           "JOIN asset_patches p ON p.id = m.asset_patch_id WHERE m.change_request_id = ?"));
        counts.addBindValue(changeId);
        if (!counts.exec() || !counts.next())
            return sqlError(tr("Cannot count the patches of change #%1").arg(changeId), counts);

        // Approvals count only for the revision they approved: an approved change needs the board again.
        const ChangeState state =
            before.state == ChangeState::Approved ? ChangeState::Submitted : before.state;
        query.prepare(
            QStringLiteral("UPDATE change_requests SET title = ?, justification = ?, "
                           "rollback_plan = ?, risk = ?, emergency = ?, patch_count = ?, "
                           "asset_count = ?, ring_plan = ?, revision = revision + 1, edited_by = ?, "
                           "edited_at = ?, state = ?, reviewed_at = NULL WHERE id = ?"));
        query.addBindValue(draft.title.trimmed());
        query.addBindValue(SqlText::bindable(draft.justification));
        query.addBindValue(SqlText::bindable(draft.rollbackPlan));
        query.addBindValue(storedText(draft.risk));
        query.addBindValue(draft.emergency ? 1 : 0);
        query.addBindValue(counts.value(0).toInt());
        query.addBindValue(counts.value(1).toInt());
        query.addBindValue(SqlText::bindable(draft.ringPlan.join(QLatin1Char(','))));
        query.addBindValue(m_actor);
        query.addBindValue(SqlTime::now());
        query.addBindValue(storedText(state));
        query.addBindValue(changeId);
        if (!query.exec())
            return sqlError(tr("Cannot edit change #%1").arg(changeId), query);
        QString details = QStringLiteral("revision %1: %2")
                              .arg(before.revision + 1)
                              .arg(changes.join(QStringLiteral("; ")));
        if (before.state != ChangeState::Draft)
            details += QStringLiteral("; approvals of revision %1 no longer count").arg(before.revision);
        if (state != before.state)
            details += QStringLiteral("; back to %1").arg(storedText(state));
        return AuditLog(m_db).append(m_actor, QStringLiteral("change.edited"), subjectOf(changeId), details);
    });
}

Status ChangeRepository::submit(qint64 changeId, const QString &details, int reviewHours)
{
    return WriteTransaction::run(m_db, tr("Cannot update change #%1").arg(changeId), [&]() -> Status {
        if (Status moved = transition(changeId, {ChangeState::Draft}, ChangeState::Submitted,
                                      QStringLiteral("change.submitted"), details);
            !moved)
            return moved;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE change_requests SET submitted_at = ?, review_due_at = "
                                     "CASE WHEN emergency <> 0 THEN ? END, reviewed_at = NULL WHERE id = ?"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        query.addBindValue(SqlTime::toValue(now));
        query.addBindValue(SqlTime::toValue(now.addSecs(qint64(reviewHours) * 3600)));
        query.addBindValue(changeId);
        if (!query.exec())
            return sqlError(tr("Cannot update change #%1").arg(changeId), query);
        return {};
    });
}

Status ChangeRepository::cancel(qint64 changeId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Canceling a change needs a reason."),
                     tr("Say why, e.g. --reason \"superseded by #12\".")};
    if (const QString problem = PlainText::problem(reason, PlainText::Lines::Several); !problem.isEmpty())
        return Error{tr("The reason cannot be stored: %1.").arg(problem), tr("Type plain text.")};
    return WriteTransaction::run(m_db, tr("Cannot cancel change #%1").arg(changeId), [&]() -> Status {
        return transition(changeId, {ChangeState::Draft, ChangeState::Submitted, ChangeState::Approved},
                          ChangeState::Cancelled, QStringLiteral("change.cancelled"), reason.trimmed());
    });
}

Result<ChangeRepository::DecisionOutcome> ChangeRepository::decide(qint64 changeId, ReviewDecision decision,
                                                                   const QString &comment,
                                                                   const DecisionRules &rules)
{
    if (comment.trimmed().isEmpty())
        return Error{tr("A decision needs a comment."), tr("Say why, e.g. --comment \"tested on staging\".")};
    if (const QString problem = PlainText::problem(comment, PlainText::Lines::Several); !problem.isEmpty())
        return Error{tr("The comment cannot be stored: %1.").arg(problem), tr("Type plain text.")};
    DecisionOutcome outcome;
    outcome.needed = std::max(1, rules.quorum);
    const Status written = WriteTransaction::run(m_db, tr("Cannot record the decision"), [&]() -> Status {
        const auto locked = lockedChange(changeId);
        if (!locked)
            return locked.error();
        const ChangeRequest &change = locked.value();
        const bool ownChange = m_actor == change.requestedBy || m_actor == change.editedBy;
        if (ownChange) {
            if (!rules.selfApprovalAllowed || decision != ReviewDecision::Approved)
                return Error{tr("%1 requested or last edited change #%2 and cannot also decide on it.")
                                 .arg(m_actor)
                                 .arg(changeId),
                             rules.selfApprovalAllowed
                                 ? tr("Under the self-approval policy you may approve your own change; to "
                                      "withdraw it, cancel it.")
                                 : tr("Separation of duties: another reviewer must decide.")};
            outcome.selfApproval = true;
        }

        const bool afterTheFact = change.emergency && (change.state == ChangeState::Deployed ||
                                                       change.state == ChangeState::Failed ||
                                                       change.state == ChangeState::RolledBack);
        if (change.state != ChangeState::Submitted && !afterTheFact)
            return Error{tr("Change #%1 has the state %2; only a submitted change (or an emergency change "
                            "that ran) is "
                            "decided on.")
                             .arg(changeId)
                             .arg(displayName(change.state)),
                         {}};
        if (afterTheFact && change.reviewedAt.isValid())
            return Error{tr("Emergency change #%1 has been reviewed already.").arg(changeId), {}};
        if (afterTheFact && decision == ReviewDecision::ChangesRequested)
            return Error{
                tr("Emergency change #%1 already ran: approve or reject it.").arg(changeId),
                tr("A rejection records that it should not have been made; roll it back if it must go.")};
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT count(*) FROM approvals WHERE change_request_id = ? AND "
                                     "reviewer = ? AND revision = ? AND decision = ?"));
        query.addBindValue(changeId);
        query.addBindValue(m_actor);
        query.addBindValue(change.revision);
        query.addBindValue(storedText(ReviewDecision::Approved));
        if (!query.exec() || !query.next())
            return sqlError(tr("Cannot read the decisions on change #%1").arg(changeId), query);
        if (decision == ReviewDecision::Approved && query.value(0).toInt() > 0)
            return Error{tr("%1 approved revision %2 of change #%3 already.")
                             .arg(m_actor)
                             .arg(change.revision)
                             .arg(changeId),
                         tr("The quorum needs approvals from other reviewers.")};

        query.prepare(QStringLiteral("INSERT INTO approvals (change_request_id, reviewer, decision, comment, "
                                     "decided_at, revision, self_approval) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(changeId);
        query.addBindValue(m_actor);
        query.addBindValue(storedText(decision));
        query.addBindValue(comment.trimmed());
        query.addBindValue(SqlTime::now());
        query.addBindValue(change.revision);
        query.addBindValue(outcome.selfApproval ? 1 : 0);
        if (!query.exec())
            return sqlError(tr("Cannot record the decision"), query);

        query.prepare(
            QStringLiteral("SELECT count(DISTINCT reviewer) FROM approvals WHERE change_request_id = ? "
                           "AND decision = ? AND revision = ?"));
        query.addBindValue(changeId);
        query.addBindValue(storedText(ReviewDecision::Approved));
        query.addBindValue(change.revision);
        if (!query.exec() || !query.next())
            return sqlError(tr("Cannot count the approvals of change #%1").arg(changeId), query);
        outcome.approvals = query.value(0).toInt();

        const bool reviewed = decision == ReviewDecision::Rejected ||
                              (decision == ReviewDecision::Approved && outcome.approvals >= outcome.needed);
        outcome.state = change.state;
        if (!afterTheFact && (decision != ReviewDecision::Approved || reviewed))
            outcome.state = stateAfter(decision);
        QString details = comment.trimmed();
        if (decision == ReviewDecision::Approved)
            details += QStringLiteral(" (%1 of %2 approvals for revision %3)")
                           .arg(outcome.approvals)
                           .arg(outcome.needed)
                           .arg(change.revision);
        if (outcome.selfApproval)
            details += QStringLiteral(" (self-approval under the lone-admin policy)");
        if (afterTheFact && reviewed)
            details += QStringLiteral(" (emergency change reviewed after it ran)");
        if (reviewed) {
            query.prepare(QStringLiteral("UPDATE change_requests SET reviewed_at = ? WHERE id = ?"));
            query.addBindValue(SqlTime::now());
            query.addBindValue(changeId);
            if (!query.exec())
                return sqlError(tr("Cannot update change #%1").arg(changeId), query);
        }
        if (outcome.state != change.state) {
            query.prepare(QStringLiteral("UPDATE change_requests SET state = ? WHERE id = ?"));
            query.addBindValue(storedText(outcome.state));
            query.addBindValue(changeId);
            if (!query.exec())
                return sqlError(tr("Cannot update change #%1").arg(changeId), query);
        }
        return AuditLog(m_db).append(m_actor, QStringLiteral("change.") + storedText(decision),
                                     subjectOf(changeId), details);
    });
    if (!written)
        return written.error();
    return outcome;
}

Result<QList<ChangeApproval>> ChangeRepository::approvals(qint64 changeId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, reviewer, decision, comment, decided_at, revision, self_approval "
                       "FROM approvals WHERE change_request_id = ? ORDER BY id"));
    query.addBindValue(changeId);
    if (!query.exec())
        return sqlError(tr("Cannot read the decisions on change #%1").arg(changeId), query);
    QList<ChangeApproval> approvals;
    while (query.next()) {
        ChangeApproval a;
        a.id = query.value(0).toLongLong();
        a.changeRequestId = changeId;
        a.reviewer = query.value(1).toString();
        const auto decision = parseStoredText<ReviewDecision>(query.value(2).toString());
        if (!decision)
            return Error{
                tr("Decision %1 on change #%2: %3").arg(a.id).arg(changeId).arg(decision.error().message),
                decision.error().hint};
        a.decision = decision.value();
        a.comment = query.value(3).toString();
        a.decidedAt = SqlTime::fromValue(query.value(4));
        a.revision = query.value(5).toInt();
        a.selfApproval = query.value(6).toInt() != 0;
        approvals.append(a);
    }
    return approvals;
}

Status ChangeRepository::setOutcome(qint64 changeId, ChangeState state, const QString &details)
{
    return WriteTransaction::run(m_db, tr("Cannot update change #%1").arg(changeId), [&]() -> Status {
        return transition(changeId,
                          {ChangeState::Submitted, ChangeState::Approved, ChangeState::Deployed,
                           ChangeState::Failed, ChangeState::RolledBack},
                          state, QStringLiteral("change.") + storedText(state), details);
    });
}

Status ChangeRepository::recordPartialRollback(qint64 changeId, const QString &details)
{
    return WriteTransaction::run(m_db, tr("Cannot update change #%1").arg(changeId), [&]() -> Status {
        if (const auto change = lockedChange(changeId); !change)
            return change.error();
        return AuditLog(m_db).append(m_actor, QStringLiteral("change.partly-rolled-back"),
                                     subjectOf(changeId), details);
    });
}

// Inside the caller's transaction: moves the change to `to` when it is in one of `from`, and audits it.
Status ChangeRepository::transition(qint64 changeId, const QList<ChangeState> &from, ChangeState to,
                                    const QString &action, const QString &details)
{
    const auto change = lockedChange(changeId);
    if (!change)
        return change.error();
    if (!from.contains(change.value().state)) {
        QStringList allowed;
        for (const ChangeState state : from)
            allowed.append(displayName(state));
        // A list, not states joined with a translated "or": translators get whole sentences.
        return Error{(allowed.size() == 1
                          ? tr("Change #%1 has the state %2; it must have the state %3 first.")
                          : tr("Change #%1 has the state %2; it must have one of these states "
                               "first: %3."))
                         .arg(changeId)
                         .arg(displayName(change.value().state), allowed.join(QStringLiteral(", "))),
                     {}};
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE change_requests SET state = ? WHERE id = ?"));
    query.addBindValue(storedText(to));
    query.addBindValue(changeId);
    if (!query.exec())
        return sqlError(tr("Cannot update change #%1").arg(changeId), query);
    return AuditLog(m_db).append(m_actor, action, subjectOf(changeId), details);
}

// The change as it is now, its row locked until the transaction ends on PostgreSQL (SQLite's BEGIN IMMEDIATE
// holds the whole database), so two reviewers deciding at once count each other's approval.
Result<ChangeRequest> ChangeRepository::lockedChange(qint64 changeId) const
{
    if (SqlDialect::isPostgres(m_db)) {
        QSqlQuery lock(m_db);
        lock.prepare(QStringLiteral("SELECT id FROM change_requests WHERE id = ? FOR UPDATE"));
        lock.addBindValue(changeId);
        if (!lock.exec())
            return sqlError(tr("Cannot read change #%1").arg(changeId), lock);
    }
    return find(changeId);
}

Result<ChangeRequest> ChangeRepository::find(qint64 changeId) const
{
    const auto found = WorkflowRepository(m_db).changeRequests(changeId);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{tr("There is no change request #%1.").arg(changeId),
                     tr("List them with `patchwright-cli change list`.")};
    return found.value().constFirst();
}

bool ChangeRepository::isDeployable(const ChangeRequest &change)
{
    if (change.state == ChangeState::Approved)
        return true;
    return change.emergency && change.state == ChangeState::Submitted;
}

bool ChangeRepository::isEditable(const ChangeRequest &change)
{
    return change.state == ChangeState::Draft || change.state == ChangeState::Submitted ||
           change.state == ChangeState::Approved;
}

Result<QList<ChangeTarget>> ChangeRepository::targets(qint64 changeId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT p.id, p.asset_id, a.name, p.package, p.architecture, "
                       "p.available_version, m.rollback_version, p.advisory "
                       "FROM change_request_patches m JOIN asset_patches p ON p.id = m.asset_patch_id "
                       "JOIN assets a ON a.id = p.asset_id WHERE m.change_request_id = ? "
                       "ORDER BY a.name, p.package"));
    query.addBindValue(changeId);
    if (!query.exec())
        return sqlError(tr("Cannot read the patches of change #%1").arg(changeId), query);
    QList<ChangeTarget> targets;
    while (query.next()) {
        ChangeTarget t;
        t.assetPatchId = query.value(0).toLongLong();
        t.assetId = query.value(1).toLongLong();
        t.assetName = query.value(2).toString();
        t.package = query.value(3).toString();
        t.architecture = query.value(4).toString();
        t.targetVersion = query.value(5).toString();
        t.rollbackVersion = query.value(6).toString();
        t.advisory = query.value(7).toString();
        targets.append(t);
    }
    return targets;
}

Status ChangeRepository::confirmRollbackVersion(qint64 changeId, qint64 assetPatchId, const QString &version)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE change_request_patches SET rollback_version = ? "
                                 "WHERE change_request_id = ? AND asset_patch_id = ?"));
    query.addBindValue(SqlText::bindable(version));
    query.addBindValue(changeId);
    query.addBindValue(assetPatchId);
    if (!query.exec())
        return sqlError(tr("Cannot record the rollback version"), query);
    return {};
}
