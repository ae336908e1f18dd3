#include "InterruptionRecheck.h"

#include "Parallelism.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/RolloutRunRepository.h"

#include <algorithm>

InterruptionRecheck::InterruptionRecheck(Database &db, qint64 runId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_runId(runId)
{
}

InterruptionRecheck::~InterruptionRecheck() = default; // the ScanRun cancels and waits for its workers

Result<int> InterruptionRecheck::start()
{
    const auto interrupted =
        RolloutRunRepository(m_db.connection(), m_db.actor()).interruptedUnchecked(m_runId);
    if (!interrupted)
        return interrupted.error();
    if (interrupted.value().isEmpty())
        return 0;
    QList<qint64> ids;
    for (const auto &deployment : interrupted.value()) {
        // One rescan per asset, even if it was interrupted twice.
        if (!m_deploymentOfAsset.contains(deployment.assetId))
            ids.append(deployment.assetId);
        m_deploymentOfAsset.insert(deployment.assetId, deployment.deploymentId);
    }
    const auto assets = AssetRepository(m_db.connection(), m_db.actor()).findByIds(ids);
    if (!assets)
        return assets.error();
    m_scan = std::make_unique<ScanRun>(m_db.config(), assets.value(),
                                       std::min(int(assets.value().size()), Parallelism::Default));
    m_scan->setLimits(m_limits);
    m_scan->setEndpointContext(m_endpointContext);
    m_scan->setChangeNotifier(m_changes);
    connect(m_scan.get(), &ScanRun::assetFinished, this, &InterruptionRecheck::record);
    connect(m_scan.get(), &ScanRun::finished, this, &InterruptionRecheck::finished);
    m_scan->start();
    return int(assets.value().size());
}

void InterruptionRecheck::cancel()
{
    if (m_scan)
        m_scan->cancel();
}

void InterruptionRecheck::record(const ScanRun::Outcome &scanned)
{
    Outcome outcome;
    outcome.deploymentId = m_deploymentOfAsset.value(scanned.assetId);
    outcome.assetId = scanned.assetId;
    outcome.assetName = scanned.assetName;
    outcome.rescanned = scanned.ok();
    outcome.detail =
        scanned.ok() ? tr("Rechecked on its host by a rescan: installed packages: %1, pending updates: %2 "
                          "(security: %3).")
                           .arg(scanned.summary.installed)
                           .arg(scanned.summary.pending)
                           .arg(scanned.summary.securityPending)
                     : tr("The rescan to recheck it on its host failed: %1 Scan the asset once "
                          "it is reachable; a resumed run tries again.")
                           .arg(scanned.message);
    if (Status recorded = DeploymentRepository(m_db.connection(), m_db.actor())
                              .recordRecheck(outcome.deploymentId, outcome.detail);
        !recorded)
        outcome.detail += QLatin1Char(' ') + recorded.error().text();
    m_outcomes.append(outcome);
    emit assetRechecked(outcome);
}
