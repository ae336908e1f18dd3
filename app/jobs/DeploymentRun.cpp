#include "DeploymentRun.h"

#include "DeploymentOwner.h"
#include "RollbackRule.h"

#include "board/ChangeBoard.h"
#include "changes/ChangeNotifier.h"
#include "endpoints/EndpointForAsset.h"

#include "storage/AssetRepository.h"
#include "storage/AuditText.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/ScanRepository.h"

#include <QMap>
#include <QMutexLocker>

namespace {

// Writes one asset's steps through its own connection, serialised with the other workers' writes.
class RecorderOnDatabase : public DeploymentRecorder
{
public:
    RecorderOnDatabase(Database &database, QMutex &writeLock, qint64 changeId, qint64 deploymentId)
        : m_database(database)
        , m_writeLock(writeLock)
        , m_changeId(changeId)
        , m_deploymentId(deploymentId)
    {
    }

    Status step(const DeploymentStep &step) override
    {
        QMutexLocker writer(&m_writeLock);
        return DeploymentRepository(m_database.connection(), m_database.actor())
            .addStep(m_deploymentId, step);
    }

    Status versionBefore(qint64 assetPatchId, const QString &version) override
    {
        QMutexLocker writer(&m_writeLock);
        return ChangeRepository(m_database.connection(), m_database.actor())
            .confirmRollbackVersion(m_changeId, assetPatchId, version);
    }

private:
    Database &m_database;
    QMutex &m_writeLock;
    qint64 m_changeId;
    qint64 m_deploymentId;
};

} // namespace

DeploymentRun::DeploymentRun(DatabaseConfig config, qint64 changeId, AssetDeployer::Mode mode,
                             int parallelism, QObject *parent)
    : QObject(parent)
    , m_changeId(changeId)
    , m_mode(mode)
    , m_workers(config, parallelism)
{
}

Status DeploymentRun::start()
{
    if (m_running)
        return Error{tr("This deployment is already running."), {}};
    auto database = Database::open(m_workers.config());
    if (!database)
        return database.error();
    const QSqlDatabase db = database.value()->connection();
    ChangeRepository changes(db, database.value()->actor());
    const auto change = changes.find(m_changeId);
    if (!change)
        return change.error();
    // The board's rules: an admin deploys, and only what the board approved (or a submitted emergency).
    const ChangeBoard board(*database.value());
    if (m_mode == AssetDeployer::Mode::Deploy) {
        if (Status allowed = board.mayDeploy(change.value()); !allowed)
            return allowed;
    } else if (Status allowed = RollbackRule(*database.value()).check(change.value(), m_assetFilter);
               !allowed) {
        return allowed;
    }
    // A reboot happens only inside the change's maintenance window (and a staged run's asset's:
    // setWindowEnds).
    if (change.value().windowEnd.isValid() && !m_options.rebootDeadline.isValid())
        m_options.rebootDeadline = change.value().windowEnd;
    const auto targets = changes.targets(m_changeId);
    if (!targets)
        return targets.error();

    QMap<qint64, QList<ChangeTarget>> byAsset;
    for (const ChangeTarget &target : targets.value()) {
        if (m_assetFilter.isEmpty() || m_assetFilter.contains(target.assetName))
            byAsset[target.assetId].append(target);
    }
    if (byAsset.isEmpty())
        return Error{tr("Change #%1 has no patches on the assets given.").arg(m_changeId), {}};
    QList<std::pair<Asset, QList<ChangeTarget>>> work;
    AssetRepository assets(db, database.value()->actor());
    for (auto it = byAsset.cbegin(); it != byAsset.cend(); ++it) {
        const auto asset = assets.findById(it.key());
        if (!asset)
            return asset.error();
        work.append({asset.value(), it.value()});
    }

    m_running = true;
    m_outcomes.clear();
    m_total = int(work.size());
    emit progress(0, m_total);
    for (const auto &[asset, assetTargets] : std::as_const(work))
        m_workers.run(
            this, [this, asset = asset, assetTargets = assetTargets] { return runOne(asset, assetTargets); },
            [this](const Outcome &outcome) { deliver(outcome); });
    return {};
}

DeploymentRun::Outcome DeploymentRun::runOne(const Asset &asset, const QList<ChangeTarget> &targets)
{
    Outcome outcome;
    outcome.assetId = asset.id;
    outcome.assetName = asset.name;

    auto database = m_workers.database();
    if (!database) {
        outcome.detail = database.error().text();
        return outcome;
    }
    Database &db = *database.value();
    if (m_workers.isDraining()) {
        outcome.state = DeploymentState::Canceled;
        outcome.detail = tr("Paused before the asset was contacted.");
        return outcome;
    }
    {
        QMutexLocker writer(&m_workers.writeLock());
        const auto started = DeploymentRepository(db.connection(), db.actor())
                                 .start(m_changeId, asset.id,
                                        m_mode == AssetDeployer::Mode::Deploy ? QStringLiteral("deploy")
                                                                              : QStringLiteral("rollback"),
                                        DeploymentOwner::thisProcess(), m_runId);
        if (!started) {
            outcome.detail = started.error().text();
            return outcome;
        }
        outcome.deploymentId = started.value();
    }

    AssetDeployer::Outcome result;
    if (m_workers.isCanceled()) {
        result.state = DeploymentState::Canceled;
        result.detail = tr("Canceled before the asset was contacted.");
    } else if (auto endpoint = endpointForAsset(asset, m_workers.endpointContext()); !endpoint) {
        result.state = DeploymentState::Failed;
        result.detail = endpoint.error().text();
    } else {
        RecorderOnDatabase recorder(db, m_workers.writeLock(), m_changeId, outcome.deploymentId);
        const auto onStep = [this, name = asset.name](StepKind step) {
            QMetaObject::invokeMethod(
                this, [this, name, step] { emit assetStep(name, displayName(step)); }, Qt::QueuedConnection);
        };
        AssetDeployer::Options options = m_options;
        options.facts = factsSourceFor(asset.transport);
        const QDateTime windowEnd = m_windowEnds.value(asset.name);
        if (windowEnd.isValid() && (!options.rebootDeadline.isValid() || windowEnd < options.rebootDeadline))
            options.rebootDeadline = windowEnd;
        result = AssetDeployer::run(*endpoint.value(), asset.id, targets, m_mode, options, recorder,
                                    m_workers.cancelFlag(), onStep);
    }

    QMutexLocker writer(&m_workers.writeLock());
    QString detail = result.detail;
    if (result.lastScan) {
        const auto stored = ScanRepository(db.connection(), db.actor()).recordSuccess(*result.lastScan);
        if (!stored)
            detail += QLatin1Char(' ') +
                      tr("The verification scan could not be stored: %1").arg(stored.error().text());
    }
    if (Status finished = DeploymentRepository(db.connection(), db.actor())
                              .finish(outcome.deploymentId, result.state, detail);
        !finished)
        detail += QLatin1Char(' ') + finished.error().text();
    outcome.state = result.state;
    outcome.detail = detail;
    return outcome;
}

void DeploymentRun::deliver(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    if (m_changes)
        emit m_changes->deploymentChanged(m_changeId);
    // The asset's steps, its verification scan and their audit events were stored.
    AssetWorkers::announceAsset(m_changes, outcome.assetId);
    emit assetFinished(outcome);
    emit progress(int(m_outcomes.size()), m_total);
    if (m_outcomes.size() == m_total) {
        if (m_recordsChangeOutcome)
            recordChangeOutcome();
        if (m_changes)
            emit m_changes->changeRequestChanged(m_changeId);
        m_running = false;
        emit finished();
    }
}

void DeploymentRun::recordChangeOutcome()
{
    auto database = Database::open(m_workers.config());
    if (!database) {
        m_changeError = database.error().text();
        return;
    }
    const DeploymentState good = AssetDeployer::success(m_mode);
    int ok = 0;
    for (const Outcome &outcome : std::as_const(m_outcomes))
        ok += outcome.state == good ? 1 : 0;
    QMutexLocker writer(&m_workers.writeLock());
    ChangeRepository changes(database.value()->connection(), database.value()->actor());
    Status recorded;
    if (m_mode == AssetDeployer::Mode::Deploy) {
        recorded = changes.setOutcome(
            m_changeId, ok == m_total ? ChangeState::Deployed : ChangeState::Failed,
            QStringLiteral("%1 of %2 succeeded")
                .arg(QString::number(ok),
                     AuditText::counted(m_total, QStringLiteral("asset"), QStringLiteral("assets"))));
    } else if (const auto outcome =
                   RollbackRule(*database.value()).outcome(m_changeId, m_total, m_total - ok);
               !outcome) {
        recorded = outcome.error();
    } else {
        recorded = outcome.value().changes
                       ? changes.setOutcome(m_changeId, outcome.value().state, outcome.value().detail)
                       : changes.recordPartialRollback(m_changeId, outcome.value().detail);
    }
    if (!recorded)
        m_changeError = recorded.error().text();
}
