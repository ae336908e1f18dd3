#include "RolloutRunRepository.h"

#include "AuditLog.h"
#include "AuditText.h"
#include "SqlDialect.h"
#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include "domain/ScanStatus.h"
#include "domain/StepKind.h"
#include "domain/StepStatus.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return StorageError::from(what, query.lastError());
}

QString subjectOf(qint64 runId)
{
    return QStringLiteral("run #") + QString::number(runId);
}

// The stages as stored: ring names joined with commas (a ring name has no comma, AssetValidation), the
// assets without a ring as an empty name.
QString storedRings(const QStringList &rings)
{
    return rings.join(QLatin1Char(','));
}

QString planText(const QStringList &rings)
{
    QStringList names;
    for (const QString &ring : rings)
        names << stageName(ring);
    return names.join(QStringLiteral(" → "));
}

const QString runColumns = QStringLiteral(
    "id, change_request_id, kind, state, rings, current_stage, created_by, created_at, scheduled_for, "
    "start_by, started_at, finished_at, owner, detail");

Result<RolloutRun> runFrom(const QSqlQuery &query)
{
    RolloutRun run;
    QString kind;
    QString rings;
    const Status read = (SqlRow(query) >> run.id >> run.changeId >> kind >> run.state >> rings >>
                         run.currentStage >> run.createdBy >> run.createdAt >> run.scheduledFor >>
                         run.startBy >> run.startedAt >> run.finishedAt >> run.owner >> run.detail)
                            .status();
    if (!read)
        return Error{RolloutRunRepository::tr("Run #%1: %2").arg(run.id).arg(read.error().message),
                     read.error().hint};
    run.rollback = kind == QLatin1String("rollback");
    run.rings = rings.split(QLatin1Char(','), Qt::KeepEmptyParts);
    return run;
}

// Every row of an executed SELECT of runColumns.
Result<QList<RolloutRun>> runsFrom(QSqlQuery &query)
{
    QList<RolloutRun> runs;
    while (query.next()) {
        auto run = runFrom(query);
        if (!run)
            return run.error();
        runs.append(std::move(run).value());
    }
    return runs;
}

} // namespace

Status RolloutRunRepository::audit(qint64 runId, const QString &action, const QString &details)
{
    return AuditLog(m_db).append(m_actor, action, subjectOf(runId), details);
}

Result<qint64> RolloutRunRepository::create(qint64 changeId, bool rollback, const QStringList &rings,
                                            const QDateTime &scheduledFor, const QDateTime &startBy)
{
    if (rings.isEmpty())
        return Error{tr("A run needs at least one stage."), {}};
    qint64 id = 0;
    const Status written =
        WriteTransaction::run(m_db, tr("Cannot record the deployment run"), [&]() -> Status {
            QSqlQuery query(m_db);
            query.prepare(SqlDialect::returningId(
                m_db, QStringLiteral("INSERT INTO deployment_runs (change_request_id, kind, state, rings, "
                                     "current_stage, created_by, created_at, scheduled_for, start_by) VALUES "
                                     "(?, ?, ?, ?, 0, ?, ?, ?, ?)")));
            query.addBindValue(changeId);
            query.addBindValue(rollback ? QStringLiteral("rollback") : QStringLiteral("deploy"));
            query.addBindValue(storedText(RunState::Scheduled));
            query.addBindValue(SqlText::bindable(storedRings(rings)));
            query.addBindValue(m_actor);
            query.addBindValue(SqlTime::now());
            query.addBindValue(SqlTime::toValue(scheduledFor));
            query.addBindValue(SqlTime::toValue(startBy));
            if (!query.exec())
                return sqlError(tr("Cannot record the deployment run"), query);
            id = SqlDialect::insertedId(query);
            // English, untranslated (see AuditText.h).
            QString details =
                QStringLiteral("%1 of change #%2 in %3: %4")
                    .arg(rollback ? QStringLiteral("rollback") : QStringLiteral("deploy"))
                    .arg(changeId)
                    .arg(AuditText::counted(rings.size(), QStringLiteral("stage"), QStringLiteral("stages")),
                         planText(rings));
            if (scheduledFor.isValid())
                details +=
                    QStringLiteral(", scheduled for %1").arg(SqlTime::toValue(scheduledFor).toString());
            if (startBy.isValid())
                details += QStringLiteral(", to start by %1").arg(SqlTime::toValue(startBy).toString());
            return audit(id, QStringLiteral("run.created"), details);
        });
    if (!written)
        return written.error();
    return id;
}

// A pause or cancel asked of a process that died is what happens now (its own transaction: it stands even
// when the claim that found it fails).
Status RolloutRunRepository::settleRequestOfTheDead(qint64 runId,
                                                    const std::function<bool(const QString &)> &ownerIsGone)
{
    return WriteTransaction::run(m_db, tr("Cannot update run #%1").arg(runId), [&]() -> Status {
        const auto run = find(runId);
        if (!run)
            return run.error();
        const RolloutRun &r = run.value();
        if (r.state != RunState::PauseRequested && r.state != RunState::CancelRequested)
            return {};
        if (!r.owner.isEmpty() && !ownerIsGone(r.owner))
            return {};
        const RunState now = r.state == RunState::PauseRequested ? RunState::Paused : RunState::Cancelled;
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("UPDATE deployment_runs SET state = ?, owner = '', finished_at = ? WHERE id = ?"));
        query.addBindValue(storedText(now));
        query.addBindValue(now == RunState::Cancelled ? QVariant(SqlTime::now())
                                                      : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(tr("Cannot update run #%1").arg(runId), query);
        return audit(runId, QStringLiteral("run.") + storedText(now), QStringLiteral("its process was gone"));
    });
}

Status RolloutRunRepository::claim(qint64 runId, const QString &owner,
                                   const std::function<bool(const QString &)> &ownerIsGone, bool continuing)
{
    if (Status settled = settleRequestOfTheDead(runId, ownerIsGone); !settled)
        return settled;
    return WriteTransaction::run(m_db, tr("Cannot start run #%1").arg(runId), [&]() -> Status {
        const auto run = find(runId);
        if (!run)
            return run.error();
        const RolloutRun &r = run.value();
        const bool driven = !r.owner.isEmpty() && r.owner != owner && !ownerIsGone(r.owner);
        if (driven)
            return Error{
                tr("Run #%1 is driven by another process (%2).").arg(runId).arg(r.owner),
                tr("Pause or cancel it with `patchwright-cli deploy pause|cancel %1`, or wait for it.")
                    .arg(runId),
                QStringLiteral("busy")};
        if (r.state == RunState::Cancelled)
            return Error{tr("Run #%1 was canceled.").arg(runId), {}};
        const bool resumable =
            r.mayBeResumed() || r.state == RunState::Running || (continuing && r.state == RunState::Halted);
        if (!resumable)
            return Error{r.state == RunState::Halted
                             ? tr("Run #%1 is halted at a gate: an admin continues or cancels it.").arg(runId)
                             : tr("Run #%1 has the state %2 and cannot be started.")
                                   .arg(runId)
                                   .arg(displayName(r.state)),
                         r.state == RunState::Halted
                             ? tr("patchwright-cli deploy continue %1, or deploy cancel %1.").arg(runId)
                             : QString()};
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE deployment_runs SET state = ?, owner = ?, "
            "started_at = COALESCE(started_at, ?), finished_at = NULL WHERE id = ? AND owner = ?"));
        query.addBindValue(storedText(RunState::Running));
        query.addBindValue(owner);
        query.addBindValue(SqlTime::now());
        query.addBindValue(runId);
        query.addBindValue(r.owner);
        if (!query.exec())
            return sqlError(tr("Cannot start run #%1").arg(runId), query);
        if (query.numRowsAffected() != 1)
            return Error{
                tr("Run #%1 was taken by another process just now.").arg(runId), {}, QStringLiteral("busy")};
        const QString how = r.state == RunState::Scheduled
                                ? QStringLiteral("started")
                                : QStringLiteral("resumed (was %1)").arg(storedText(r.state));
        return audit(runId, QStringLiteral("run.running"),
                     QStringLiteral("%1 by %2 at stage %3 (%4)")
                         .arg(how, owner)
                         .arg(r.currentStage + 1)
                         .arg(stageName(r.rings.value(r.currentStage))));
    });
}

Status RolloutRunRepository::advance(qint64 runId, int stage, const QString &ring)
{
    return WriteTransaction::run(m_db, tr("Cannot update run #%1").arg(runId), [&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE deployment_runs SET current_stage = ? WHERE id = ?"));
        query.addBindValue(stage);
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(tr("Cannot update run #%1").arg(runId), query);
        return audit(runId, QStringLiteral("run.stage"),
                     QStringLiteral("stage %1: %2").arg(stage + 1).arg(stageName(ring)));
    });
}

Status RolloutRunRepository::release(qint64 runId, RunState state, const QString &detail)
{
    return WriteTransaction::run(m_db, tr("Cannot update run #%1").arg(runId), [&]() -> Status {
        RolloutRun probe;
        probe.state = state;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE deployment_runs SET state = ?, owner = '', detail = ?, "
                                     "finished_at = ? WHERE id = ?"));
        query.addBindValue(storedText(state));
        query.addBindValue(SqlText::bindable(detail));
        query.addBindValue(probe.isFinished() ? QVariant(SqlTime::now())
                                              : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(tr("Cannot update run #%1").arg(runId), query);
        return audit(runId, QStringLiteral("run.") + storedText(state), detail);
    });
}

Status RolloutRunRepository::waitUntil(qint64 runId, const QDateTime &when, const QDateTime &startBy,
                                       const QString &detail)
{
    return WriteTransaction::run(m_db, tr("Cannot update run #%1").arg(runId), [&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE deployment_runs SET state = ?, owner = '', scheduled_for = ?, start_by = ?, "
            "detail = ? WHERE id = ?"));
        query.addBindValue(storedText(RunState::Scheduled));
        query.addBindValue(SqlTime::toValue(when));
        query.addBindValue(SqlTime::toValue(startBy));
        query.addBindValue(SqlText::bindable(detail));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(tr("Cannot update run #%1").arg(runId), query);
        return audit(runId, QStringLiteral("run.scheduled"), detail);
    });
}

Status RolloutRunRepository::request(qint64 runId, RunState wanted,
                                     const std::function<bool(const QString &)> &ownerIsGone)
{
    if (wanted != RunState::Paused && wanted != RunState::Cancelled)
        return Error{tr("A run can be asked to pause or to cancel, nothing else."), {}};
    return WriteTransaction::run(m_db, tr("Cannot update run #%1").arg(runId), [&]() -> Status {
        const auto run = find(runId);
        if (!run)
            return run.error();
        const RolloutRun &r = run.value();
        if (r.isFinished())
            return Error{tr("Run #%1 has the state %2 already.").arg(runId).arg(displayName(r.state)), {}};
        if (wanted == RunState::Paused && !r.mayBePaused())
            return Error{tr("Run #%1 has the state %2: there is nothing to pause.")
                             .arg(runId)
                             .arg(displayName(r.state)),
                         {}};
        const bool driven = !r.owner.isEmpty() && !ownerIsGone(r.owner);
        const RunState next =
            driven ? (wanted == RunState::Paused ? RunState::PauseRequested : RunState::CancelRequested)
                   : wanted;
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("UPDATE deployment_runs SET state = ?, owner = ?, finished_at = ? WHERE id = ?"));
        query.addBindValue(storedText(next));
        query.addBindValue(driven ? r.owner : QStringLiteral(""));
        query.addBindValue(next == RunState::Cancelled ? QVariant(SqlTime::now())
                                                       : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(tr("Cannot update run #%1").arg(runId), query);
        return audit(runId, QStringLiteral("run.") + storedText(next),
                     driven ? QStringLiteral("asked of %1").arg(r.owner)
                            : QStringLiteral("nobody was driving it"));
    });
}

Result<QList<RolloutRun>> RolloutRunRepository::due(const QDateTime &now) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + runColumns +
                  QStringLiteral(" FROM deployment_runs WHERE state = ? AND scheduled_for IS NOT NULL AND "
                                 "scheduled_for <= ? ORDER BY scheduled_for, id"));
    query.addBindValue(storedText(RunState::Scheduled));
    query.addBindValue(SqlTime::toValue(now));
    if (!query.exec())
        return sqlError(tr("Cannot read the scheduled runs"), query);
    return runsFrom(query);
}

Result<bool> RolloutRunRepository::markMissed(qint64 runId, const QString &detail)
{
    bool marked = false;
    const Status written =
        WriteTransaction::run(m_db, tr("Cannot update run #%1").arg(runId), [&]() -> Status {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("UPDATE deployment_runs SET state = ?, detail = ?, finished_at = ? "
                                         "WHERE id = ? AND state = ? AND owner = ''"));
            query.addBindValue(storedText(RunState::Missed));
            query.addBindValue(SqlText::bindable(detail));
            query.addBindValue(SqlTime::now());
            query.addBindValue(runId);
            query.addBindValue(storedText(RunState::Scheduled));
            if (!query.exec())
                return sqlError(tr("Cannot update run #%1").arg(runId), query);
            marked = query.numRowsAffected() == 1;
            return marked ? audit(runId, QStringLiteral("run.missed"), detail) : Status{};
        });
    if (!written)
        return written.error();
    return marked;
}

Status RolloutRunRepository::recordVerdict(const GateVerdict &verdict)
{
    return WriteTransaction::run(m_db, tr("Cannot record the gate's verdict"), [&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO gate_verdicts (run_id, stage, ring, decided_at, verdict, "
                                     "decided_by, succeeded, failed, failed_verifications, detail) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(verdict.runId);
        query.addBindValue(verdict.stage);
        query.addBindValue(SqlText::bindable(verdict.ring));
        query.addBindValue(SqlTime::now());
        query.addBindValue(storedText(verdict.outcome));
        query.addBindValue(m_actor);
        query.addBindValue(verdict.succeeded);
        query.addBindValue(verdict.failed);
        query.addBindValue(verdict.failedVerifications);
        query.addBindValue(SqlText::bindable(verdict.detail));
        if (!query.exec())
            return sqlError(tr("Cannot record the gate's verdict"), query);
        return audit(verdict.runId, QStringLiteral("run.gate"),
                     QStringLiteral("%1: %2 — %3")
                         .arg(stageName(verdict.ring), storedText(verdict.outcome), verdict.detail));
    });
}

Result<RolloutRun> RolloutRunRepository::find(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + runColumns +
                  QStringLiteral(" FROM deployment_runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(tr("Cannot read run #%1").arg(runId), query);
    if (!query.next())
        return Error{tr("There is no deployment run #%1.").arg(runId),
                     tr("List them with `patchwright-cli deploy runs`.")};
    return runFrom(query);
}

Result<QList<RolloutRun>> RolloutRunRepository::list(qint64 onlyChange) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + runColumns + QStringLiteral(" FROM deployment_runs ") +
                  (onlyChange > 0 ? QStringLiteral("WHERE change_request_id = ? ") : QString()) +
                  QStringLiteral("ORDER BY id DESC"));
    if (onlyChange > 0)
        query.addBindValue(onlyChange);
    if (!query.exec())
        return sqlError(tr("Cannot read deployment runs"), query);
    return runsFrom(query);
}

Result<QList<GateVerdict>> RolloutRunRepository::verdicts(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, run_id, stage, ring, decided_at, verdict, decided_by, succeeded, "
        "failed, failed_verifications, detail FROM gate_verdicts WHERE run_id = ? ORDER BY id"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(tr("Cannot read the gates of run #%1").arg(runId), query);
    QList<GateVerdict> verdicts;
    while (query.next()) {
        GateVerdict v;
        const Status read =
            (SqlRow(query) >> v.id >> v.runId >> v.stage >> v.ring >> v.decidedAt >> v.outcome >>
             v.decidedBy >> v.succeeded >> v.failed >> v.failedVerifications >> v.detail)
                .status();
        if (!read)
            return read.error();
        verdicts.append(v);
    }
    return verdicts;
}

Result<QList<RolloutRunRepository::AssetResult>> RolloutRunRepository::results(qint64 runId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.asset_id, a.name, d.ring, d.state, "
        "(SELECT count(*) FROM deployment_steps s WHERE s.deployment_id = d.id AND s.status = ? AND "
        "s.step IN (?, ?)) FROM deployments d JOIN assets a ON a.id = d.asset_id WHERE d.run_id = ? ORDER BY "
        "d.id"));
    query.addBindValue(storedText(StepStatus::Failed));
    query.addBindValue(storedText(StepKind::Verify));
    query.addBindValue(storedText(StepKind::VerifyAfterReboot));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(tr("Cannot read the deployments of run #%1").arg(runId), query);
    QHash<qint64, int> rowOfAsset;
    QList<AssetResult> results;
    while (query.next()) {
        AssetResult r;
        int failedVerifications = 0;
        const Status read = (SqlRow(query) >> r.deploymentId >> r.assetId >> r.assetName >> r.ring >>
                             r.state >> failedVerifications)
                                .status();
        if (!read)
            return read.error();
        r.verificationFailed = failedVerifications > 0;
        if (const auto row = rowOfAsset.constFind(r.assetId); row != rowOfAsset.cend()) {
            results[*row] = r; // the newest deployment of the asset in this run
        } else {
            rowOfAsset.insert(r.assetId, int(results.size()));
            results.append(r);
        }
    }
    return results;
}

Result<QList<RolloutRunRepository::AssetResult>>
RolloutRunRepository::interruptedUnchecked(qint64 runId) const
{
    // Marked interrupted at finished_at; a scan that started then or later saw the host as it is now.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.asset_id, a.name, d.ring, d.state FROM deployments d JOIN assets a ON a.id = "
        "d.asset_id WHERE d.run_id = ? AND d.state = ? AND NOT EXISTS (SELECT 1 FROM scans s WHERE "
        "s.asset_id = d.asset_id AND s.status = ? AND s.started_at >= d.finished_at) ORDER BY d.id"));
    query.addBindValue(runId);
    query.addBindValue(storedText(DeploymentState::Interrupted));
    query.addBindValue(storedText(ScanStatus::Ok));
    if (!query.exec())
        return sqlError(tr("Cannot read the interrupted deployments of run #%1").arg(runId), query);
    QList<AssetResult> interrupted;
    while (query.next()) {
        AssetResult r;
        const Status read =
            (SqlRow(query) >> r.deploymentId >> r.assetId >> r.assetName >> r.ring >> r.state).status();
        if (!read)
            return read.error();
        interrupted.append(r);
    }
    return interrupted;
}
