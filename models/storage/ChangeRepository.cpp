#include "ChangeRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "SqlTransaction.h"
#include "StorageError.h"
#include "WorkflowRepository.h"

#include "domain/PlainText.h"

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

} // namespace

Result<qint64> ChangeRepository::create(const ChangeDraft &draft)
{
    if (draft.title.trimmed().isEmpty())
        return Error{tr("A change request needs a title."), {}};
    if (const QString problem = PlainText::problem(draft.title, PlainText::Lines::One); !problem.isEmpty())
        return Error{tr("The title cannot be stored: %1.").arg(problem), tr("Type plain text on one line.")};
    if (const QString problem = PlainText::problem(draft.justification, PlainText::Lines::Several);
        !problem.isEmpty())
        return Error{tr("The justification cannot be stored: %1.").arg(problem), tr("Type plain text.")};
    if (draft.assetPatchIds.isEmpty())
        return Error{tr("A change request needs at least one patch."),
                     tr("Pick missing patches in the Patches pane, or give --patch IDs.")};
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot create the change request"), m_db.lastError(), m_db);

    // Every patch must exist and still be missing; its installed version is where a rollback returns to.
    QSqlQuery patch(m_db);
    patch.prepare(
        QStringLiteral("SELECT asset_id, installed_version, state FROM asset_patches WHERE id = ?"));
    QSet<qint64> assets;
    QSet<qint64> seen;
    QList<std::pair<qint64, QString>> rows;
    for (const qint64 id : draft.assetPatchIds) {
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
            return Error{tr("Patch %1 is %2, not missing: there is nothing to deploy.")
                             .arg(id)
                             .arg(patch.value(2).toString()),
                         tr("Scan the asset again to refresh its patches.")};
        assets.insert(patch.value(0).toLongLong());
        rows.append({id, patch.value(1).toString()});
    }

    QSqlQuery insert(m_db);
    insert.prepare(SqlDialect::returningId(
        m_db,
        QStringLiteral("INSERT INTO change_requests (title, state, requested_by, created_at, emergency, "
                       "justification, patch_count, asset_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    insert.addBindValue(draft.title.trimmed());
    insert.addBindValue(storedText(ChangeState::Draft));
    insert.addBindValue(m_actor);
    insert.addBindValue(SqlTime::now());
    insert.addBindValue(draft.emergency ? 1 : 0);
    insert.addBindValue(SqlText::bindable(draft.justification));
    insert.addBindValue(int(rows.size()));
    insert.addBindValue(int(assets.size()));
    if (!insert.exec())
        return sqlError(tr("Cannot create the change request"), insert);
    const qint64 changeId = SqlDialect::insertedId(insert);

    QSqlQuery member(m_db);
    member.prepare(QStringLiteral("INSERT INTO change_request_patches (change_request_id, asset_patch_id, "
                                  "rollback_version) VALUES (?, ?, ?)"));
    for (const auto &[id, installed] : std::as_const(rows)) {
        member.bindValue(0, changeId);
        member.bindValue(1, id);
        member.bindValue(2, SqlText::bindable(installed));
        if (!member.exec())
            return sqlError(tr("Cannot add patch %1 to the change request").arg(id), member);
    }
    const QString details = tr("\"%1\": %n patch(es)", nullptr, int(rows.size())).arg(draft.title.trimmed()) +
                            tr(" on %n asset(s)", nullptr, int(assets.size())) +
                            (draft.emergency ? tr(", emergency") : QString());
    if (Status audited =
            AuditLog(m_db).append(m_actor, QStringLiteral("change.created"), subjectOf(changeId), details);
        !audited)
        return audited.error();
    if (!transaction.commit())
        return StorageError::from(tr("Cannot create the change request"), m_db.lastError(), m_db);
    return changeId;
}

Status ChangeRepository::submit(qint64 changeId, const QString &details)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot update change #%1").arg(changeId), m_db.lastError(), m_db);
    if (Status moved = transition(changeId, {ChangeState::Draft}, ChangeState::Submitted,
                                  QStringLiteral("change.submitted"), details);
        !moved)
        return moved;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot update change #%1").arg(changeId), m_db.lastError(), m_db);
    return {};
}

Status ChangeRepository::decide(qint64 changeId, ReviewDecision decision, const QString &comment)
{
    if (const QString problem = PlainText::problem(comment, PlainText::Lines::Several); !problem.isEmpty())
        return Error{tr("The comment cannot be stored: %1.").arg(problem), tr("Type plain text.")};
    const auto change = find(changeId);
    if (!change)
        return change.error();
    if (change.value().requestedBy == m_actor)
        return Error{tr("%1 requested change #%2 and cannot also decide on it.").arg(m_actor).arg(changeId),
                     tr("Separation of duties: another reviewer must decide.")};
    QList<ChangeState> from{ChangeState::Submitted};
    if (change.value().emergency)
        from << ChangeState::Deployed << ChangeState::Failed << ChangeState::RolledBack;
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot record the decision"), m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO approvals (change_request_id, reviewer, decision, comment, "
                                 "decided_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(changeId);
    query.addBindValue(m_actor);
    query.addBindValue(storedText(decision));
    query.addBindValue(SqlText::bindable(comment));
    query.addBindValue(SqlTime::now());
    if (!query.exec())
        return sqlError(tr("Cannot record the decision"), query);
    // An emergency change that already ran keeps its deployment state; the approval is recorded beside it.
    const bool afterTheFact = change.value().state != ChangeState::Submitted;
    const ChangeState to = afterTheFact ? change.value().state : stateAfter(decision);
    if (Status moved =
            transition(changeId, from, to, QStringLiteral("change.") + storedText(decision), comment);
        !moved)
        return moved;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot record the decision"), m_db.lastError(), m_db);
    return {};
}

Status ChangeRepository::setOutcome(qint64 changeId, ChangeState state, const QString &details)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot update change #%1").arg(changeId), m_db.lastError(), m_db);
    if (Status moved = transition(changeId,
                                  {ChangeState::Submitted, ChangeState::Approved, ChangeState::Deployed,
                                   ChangeState::Failed, ChangeState::RolledBack},
                                  state, QStringLiteral("change.") + storedText(state), details);
        !moved)
        return moved;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot update change #%1").arg(changeId), m_db.lastError(), m_db);
    return {};
}

// Inside the caller's transaction: moves the change to `to` when it is in one of `from`, and audits it.
Status ChangeRepository::transition(qint64 changeId, const QList<ChangeState> &from, ChangeState to,
                                    const QString &action, const QString &details)
{
    const auto change = find(changeId);
    if (!change)
        return change.error();
    if (!from.contains(change.value().state)) {
        QStringList allowed;
        for (const ChangeState state : from)
            allowed.append(displayName(state));
        return Error{tr("Change #%1 is %2; it must be %3 first.")
                         .arg(changeId)
                         .arg(displayName(change.value().state), allowed.join(tr(" or "))),
                     {}};
    }
    QSqlQuery query(m_db);
    if (to == ChangeState::Submitted) {
        query.prepare(QStringLiteral("UPDATE change_requests SET state = ?, submitted_at = ? WHERE id = ?"));
        query.addBindValue(storedText(to));
        query.addBindValue(SqlTime::now());
    } else {
        query.prepare(QStringLiteral("UPDATE change_requests SET state = ? WHERE id = ?"));
        query.addBindValue(storedText(to));
    }
    query.addBindValue(changeId);
    if (!query.exec())
        return sqlError(tr("Cannot update change #%1").arg(changeId), query);
    return AuditLog(m_db).append(m_actor, action, subjectOf(changeId), details);
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

bool ChangeRepository::isRollbackable(const ChangeRequest &change)
{
    return change.state == ChangeState::Deployed || change.state == ChangeState::Failed ||
           change.state == ChangeState::RolledBack;
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
