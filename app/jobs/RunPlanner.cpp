#include "RunPlanner.h"

#include "RingPlan.h"
#include "WindowSchedule.h"

#include "board/ChangeBoard.h"
#include "storage/AssetRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/RolloutRunRepository.h"

RunPlanner::RunPlanner(Database &database)
    : m_database(database)
{
}

Result<RolloutRun> RunPlanner::create(const Request &request) const
{
    ChangeRepository changes(m_database.connection(), m_database.actor());
    const auto change = changes.find(request.changeId);
    if (!change)
        return change.error();
    if (Status allowed = ChangeBoard(m_database).mayDeploy(change.value()); !allowed)
        return allowed.error();
    const auto targets = changes.targets(request.changeId);
    if (!targets)
        return targets.error();
    AssetRepository assets(m_database.connection(), m_database.actor());
    QStringList rings;
    QList<Asset> targetAssets;
    for (const ChangeTarget &target : targets.value()) {
        const auto asset = assets.findById(target.assetId);
        if (!asset)
            return asset.error();
        rings.append(asset.value().ring);
        targetAssets.append(asset.value());
    }
    const auto configured = RingPlan::configured(m_database.connection());
    if (!configured)
        return configured.error();
    const QStringList plan = request.rings.isEmpty() ? change.value().ringPlan : request.rings;
    const auto stages = RingPlan::stages(rings, configured.value(), plan);
    if (!stages)
        return stages.error();

    QDateTime scheduledFor;
    QDateTime startBy;
    const QDateTime current = now();
    switch (request.start) {
    case Start::Now:
        break;
    case Start::AtTime:
        if (!request.at.isValid())
            return Error{tr("A scheduled run needs the time it starts at."), {}};
        if (request.at < current)
            return Error{tr("%1 is in the past.").arg(request.at.toUTC().toString(Qt::ISODate)),
                         tr("Give a time to come, or deploy now.")};
        if (request.startWithin.count() < 1)
            return Error{tr("A scheduled run needs at least one minute to start in."), {}};
        scheduledFor = request.at;
        startBy = request.at.addSecs(std::chrono::seconds(request.startWithin).count());
        break;
    case Start::AtItsWindow: {
        const QString firstRing = stages.value().constFirst();
        QStringList firstAssets;
        for (const Asset &asset : std::as_const(targetAssets)) {
            if (asset.ring == firstRing && !firstAssets.contains(asset.name))
                firstAssets.append(asset.name);
        }
        const auto opening =
            WindowSchedule(m_database.connection(), m_database.actor(), request.expectedAssetDuration)
                .firstOpening(firstAssets, current);
        if (!opening)
            return opening.error();
        if (!opening.value().isValid())
            return Error{
                tr("No maintenance window that fits a deployment applies to the assets of %1, the run's "
                   "first ring.")
                    .arg(stageName(firstRing)),
                tr("Add one (`patchwright-cli window add`), give a time with --at, or deploy now.")};
        scheduledFor = opening.value().start;
        startBy = opening.value().latestStart;
        break;
    }
    }
    RolloutRunRepository runs(m_database.connection(), m_database.actor());
    const auto created = runs.create(request.changeId, false, stages.value(), scheduledFor, startBy);
    if (!created)
        return created.error();
    return runs.find(created.value());
}
