#include "DeploymentRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "SqlTransaction.h"
#include "StorageError.h"
#include "WorkflowRepository.h"
#include "WorkflowRows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return StorageError::from(what, query.lastError());
}

} // namespace

Result<QString> DeploymentRepository::subjectOf(qint64 deploymentId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT d.change_request_id, a.name FROM deployments d "
                                 "JOIN assets a ON a.id = d.asset_id WHERE d.id = ?"));
    query.addBindValue(deploymentId);
    if (!query.exec())
        return sqlError(tr("Cannot read deployment %1").arg(deploymentId), query);
    if (!query.next())
        return Error{tr("There is no deployment %1.").arg(deploymentId), {}};
    return tr("change #%1 on %2").arg(query.value(0).toLongLong()).arg(query.value(1).toString());
}

Result<qint64> DeploymentRepository::start(qint64 changeId, qint64 assetId, const QString &kind,
                                           const QString &owner, qint64 runId)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot record the deployment"), m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(SqlDialect::returningId(
        m_db, QStringLiteral("INSERT INTO deployments (change_request_id, asset_id, ring, state, started_at, "
                             "detail, run_id) SELECT ?, id, ring, ?, ?, ?, ? FROM assets WHERE id = ?")));
    query.addBindValue(changeId);
    query.addBindValue(storedText(DeploymentState::Running));
    query.addBindValue(SqlTime::now());
    query.addBindValue(owner);
    query.addBindValue(runId > 0 ? QVariant(runId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(assetId);
    if (!query.exec())
        return sqlError(tr("Cannot record the deployment"), query);
    const qint64 id = SqlDialect::insertedId(query);
    if (id <= 0)
        return Error{tr("Cannot record the deployment: asset %1 no longer exists.").arg(assetId), {}};
    const auto subject = subjectOf(id);
    if (!subject)
        return subject.error();
    if (Status audited =
            AuditLog(m_db).append(m_actor, QStringLiteral("deployment.started"), subject.value(), kind);
        !audited)
        return audited.error();
    if (!transaction.commit())
        return StorageError::from(tr("Cannot record the deployment"), m_db.lastError(), m_db);
    return id;
}

Status DeploymentRepository::addStep(qint64 deploymentId, const DeploymentStep &step)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot record the deployment step"), m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO deployment_steps (deployment_id, at, step, status, exit_code, "
                                 "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(deploymentId);
    query.addBindValue(step.at.isValid() ? SqlTime::toValue(step.at) : QVariant(SqlTime::now()));
    query.addBindValue(storedText(step.step));
    query.addBindValue(storedText(step.status));
    query.addBindValue(step.exitCode >= 0 ? QVariant(step.exitCode) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(SqlText::bindable(step.detail));
    if (!query.exec())
        return sqlError(tr("Cannot record the deployment step"), query);
    const auto subject = subjectOf(deploymentId);
    if (!subject)
        return subject.error();
    const QString summary = storedText(step.step) + QStringLiteral(": ") + storedText(step.status) +
                            (step.exitCode >= 0 ? tr(" (exit %1)").arg(step.exitCode) : QString());
    if (Status audited =
            AuditLog(m_db).append(m_actor, QStringLiteral("deployment.step"), subject.value(), summary);
        !audited)
        return audited;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot record the deployment step"), m_db.lastError(), m_db);
    return {};
}

Status DeploymentRepository::finish(qint64 deploymentId, DeploymentState state, const QString &detail)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot finish the deployment"), m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE deployments SET state = ?, finished_at = ?, detail = ? "
                                 "WHERE id = ? AND state = ?"));
    query.addBindValue(storedText(state));
    query.addBindValue(SqlTime::now());
    query.addBindValue(SqlText::bindable(detail));
    query.addBindValue(deploymentId);
    query.addBindValue(storedText(DeploymentState::Running));
    if (!query.exec())
        return sqlError(tr("Cannot finish the deployment"), query);
    if (query.numRowsAffected() != 1)
        return Error{tr("Deployment %1 is not running.").arg(deploymentId), {}};
    const auto subject = subjectOf(deploymentId);
    if (!subject)
        return subject.error();
    if (Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("deployment.") + storedText(state),
                                               subject.value(), detail);
        !audited)
        return audited;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot finish the deployment"), m_db.lastError(), m_db);
    return {};
}

Result<int>
DeploymentRepository::markInterrupted(const std::function<bool(const QString &owner)> &ownerIsGone)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot check for interrupted deployments"), m_db.lastError(), m_db);
    QSqlQuery running(m_db);
    running.prepare(QStringLiteral("SELECT id, detail FROM deployments WHERE state = ? ORDER BY id"));
    running.addBindValue(storedText(DeploymentState::Running));
    if (!running.exec())
        return sqlError(tr("Cannot check for interrupted deployments"), running);
    QList<qint64> ids;
    while (running.next()) {
        if (ownerIsGone(running.value(1).toString()))
            ids.append(running.value(0).toLongLong());
    }
    running.finish();
    const QString detail = interruptedDetail();
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE deployments SET state = ?, finished_at = ?, detail = ? WHERE id = ?"));
    for (const qint64 id : std::as_const(ids)) {
        update.bindValue(0, storedText(DeploymentState::Interrupted));
        update.bindValue(1, SqlTime::now());
        update.bindValue(2, detail);
        update.bindValue(3, id);
        if (!update.exec())
            return sqlError(tr("Cannot mark deployment %1 interrupted").arg(id), update);
        const auto subject = subjectOf(id);
        if (!subject)
            return subject.error();
        if (Status audited = AuditLog(m_db).append(
                m_actor, QStringLiteral("deployment.") + storedText(DeploymentState::Interrupted),
                subject.value(), detail);
            !audited)
            return audited.error();
    }
    if (!transaction.commit())
        return StorageError::from(tr("Cannot mark deployments interrupted"), m_db.lastError(), m_db);
    return int(ids.size());
}

QString DeploymentRepository::interruptedDetail()
{
    return tr(
        "The process running this deployment stopped before it finished; check the asset and its steps.");
}

Status DeploymentRepository::recordRecheck(qint64 deploymentId, const QString &outcome)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot record the recheck"), m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE deployments SET detail = ? WHERE id = ? AND state = ?"));
    query.addBindValue(QString(interruptedDetail() + QLatin1Char(' ') + outcome));
    query.addBindValue(deploymentId);
    query.addBindValue(storedText(DeploymentState::Interrupted));
    if (!query.exec())
        return sqlError(tr("Cannot record the recheck"), query);
    if (query.numRowsAffected() != 1)
        return Error{tr("Deployment %1 was not interrupted.").arg(deploymentId), {}};
    const auto subject = subjectOf(deploymentId);
    if (!subject)
        return subject.error();
    if (Status audited =
            AuditLog(m_db).append(m_actor, QStringLiteral("deployment.rechecked"), subject.value(), outcome);
        !audited)
        return audited;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot record the recheck"), m_db.lastError(), m_db);
    return {};
}

Result<QList<DeploymentStep>> DeploymentRepository::steps(qint64 deploymentId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + WorkflowRows::stepColumns() +
                  QStringLiteral(" FROM deployment_steps WHERE deployment_id = ? ORDER BY id"));
    query.addBindValue(deploymentId);
    if (!query.exec())
        return sqlError(tr("Cannot read deployment steps"), query);
    QList<DeploymentStep> steps;
    while (query.next()) {
        auto step = WorkflowRows::step(query);
        if (!step)
            return step.error();
        steps.append(std::move(step).value());
    }
    return steps;
}

Result<QList<Deployment>> DeploymentRepository::forChange(qint64 changeId) const
{
    return WorkflowRepository(m_db).deployments(changeId);
}
