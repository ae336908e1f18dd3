#include "WorkflowRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QList<ChangeRequest>> WorkflowRepository::changeRequests() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, title, state, requested_by, created_at, window_start, window_end, "
                           "emergency, justification, patch_count, asset_count FROM change_requests "
                           "ORDER BY id DESC")))
        return Error{tr("Cannot read change requests: %1").arg(query.lastError().text()), {}};
    QList<ChangeRequest> requests;
    while (query.next()) {
        ChangeRequest r;
        r.id = query.value(0).toLongLong();
        r.title = query.value(1).toString();
        r.state = query.value(2).toString();
        r.requestedBy = query.value(3).toString();
        r.createdAt = SqlTime::fromValue(query.value(4));
        r.windowStart = SqlTime::fromValue(query.value(5));
        r.windowEnd = SqlTime::fromValue(query.value(6));
        r.emergency = query.value(7).toInt() != 0;
        r.justification = query.value(8).toString();
        r.patchCount = query.value(9).toInt();
        r.assetCount = query.value(10).toInt();
        requests.append(r);
    }
    return requests;
}

Result<QList<Deployment>> WorkflowRepository::deployments() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT d.id, d.change_request_id, c.title, a.name, d.ring, d.state, "
                                   "d.started_at, d.finished_at, d.detail FROM deployments d "
                                   "JOIN change_requests c ON c.id = d.change_request_id "
                                   "JOIN assets a ON a.id = d.asset_id ORDER BY d.id DESC")))
        return Error{tr("Cannot read deployments: %1").arg(query.lastError().text()), {}};
    QList<Deployment> deployments;
    while (query.next()) {
        Deployment d;
        d.id = query.value(0).toLongLong();
        d.changeRequestId = query.value(1).toLongLong();
        d.changeTitle = query.value(2).toString();
        d.assetName = query.value(3).toString();
        d.ring = query.value(4).toString();
        d.state = query.value(5).toString();
        d.startedAt = SqlTime::fromValue(query.value(6));
        d.finishedAt = SqlTime::fromValue(query.value(7));
        d.detail = query.value(8).toString();
        deployments.append(d);
    }
    return deployments;
}

Result<qint64> WorkflowRepository::insertReturningId(const QString &what, const QString &sql,
                                                     const QVariantList &values, const QString &auditAction,
                                                     const std::function<QString(qint64)> &auditSubject,
                                                     const QString &auditDetails)
{
    if (!m_db.transaction())
        return StorageError::from(what, m_db.lastError());
    const bool postgres = SqlDialect::isPostgres(m_db);
    QSqlQuery query(m_db);
    query.prepare(sql + (postgres ? QStringLiteral(" RETURNING id") : QString()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        m_db.rollback();
        return StorageError::from(what, error);
    }
    const qint64 id =
        postgres ? (query.next() ? query.value(0).toLongLong() : 0) : query.lastInsertId().toLongLong();
    if (id <= 0) {
        m_db.rollback();
        return Error{tr("%1: the database returned no id.").arg(what), {}};
    }
    if (Status audited = AuditLog(m_db).append(m_actor, auditAction, auditSubject(id), auditDetails);
        !audited) {
        m_db.rollback();
        return audited.error();
    }
    if (!m_db.commit())
        return StorageError::from(what, m_db.lastError());
    return id;
}

Result<qint64> WorkflowRepository::createChangeRequest(const QString &title, const QString &justification)
{
    if (title.trimmed().isEmpty())
        return Error{tr("A change request needs a title."), {}};
    return insertReturningId(
        tr("Cannot create the change request"),
        QStringLiteral("INSERT INTO change_requests (title, state, requested_by, created_at, justification) "
                       "VALUES (?, 'draft', ?, ?, ?)"),
        {title.trimmed(), SqlText::bindable(m_actor), SqlTime::now(), SqlText::bindable(justification)},
        QStringLiteral("change.created"), [](qint64 id) { return QStringLiteral("change %1").arg(id); },
        title.trimmed());
}

Result<qint64> WorkflowRepository::recordDecision(qint64 changeRequestId, const QString &decision,
                                                  const QString &comment)
{
    static const QStringList decisions{QStringLiteral("approved"), QStringLiteral("rejected"),
                                       QStringLiteral("changes-requested")};
    if (!decisions.contains(decision))
        return Error{tr("Unknown decision \"%1\".").arg(decision),
                     tr("Use one of: %1.").arg(decisions.join(QLatin1String(", ")))};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT requested_by FROM change_requests WHERE id = ?"));
    query.addBindValue(changeRequestId);
    if (!query.exec())
        return StorageError::from(tr("Cannot read change request %1").arg(changeRequestId),
                                  query.lastError());
    if (!query.next())
        return Error{tr("There is no change request %1.").arg(changeRequestId), {}};
    if (query.value(0).toString() == m_actor)
        return Error{
            tr("%1 requested change %2 and cannot also decide on it.").arg(m_actor).arg(changeRequestId),
            tr("Separation of duties: another reviewer must decide.")};
    return insertReturningId(
        tr("Cannot record the decision on change request %1").arg(changeRequestId),
        QStringLiteral("INSERT INTO approvals (change_request_id, reviewer, decision, comment, decided_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {changeRequestId, SqlText::bindable(m_actor), decision, SqlText::bindable(comment), SqlTime::now()},
        QStringLiteral("change.") + decision,
        [changeRequestId](qint64) { return QStringLiteral("change %1").arg(changeRequestId); }, comment);
}
