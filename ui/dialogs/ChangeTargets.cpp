#include "ChangeTargets.h"

#include "deploy/RollbackPlan.h"
#include "listing/PatchListing.h"
#include "storage/AssetRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

namespace {

Result<QList<ChangeTargetRow>> assess(Database &database, const QList<ChangeTarget> &targets,
                                      const QHash<qint64, AssetPatch> &listed)
{
    QList<qint64> assetIds;
    for (const ChangeTarget &t : targets) {
        if (!assetIds.contains(t.assetId))
            assetIds.append(t.assetId);
    }
    const auto found = AssetRepository(database.connection(), database.actor()).findByIds(assetIds);
    if (!found)
        return found.error();
    QHash<qint64, Asset> assets;
    for (const Asset &asset : found.value())
        assets.insert(asset.id, asset);
    QList<ChangeTargetRow> rows;
    rows.reserve(targets.size());
    for (const ChangeTarget &t : targets) {
        const Asset asset = assets.value(t.assetId);
        ChangeTargetRow row;
        row.target = t;
        row.ring = asset.ring;
        row.packageManager = asset.facts.packageManager;
        if (const auto patch = listed.constFind(t.assetPatchId); patch != listed.cend()) {
            row.cves = patch->patch.cves;
            row.priority = patch->priority;
        }
        const RollbackPlan::Assessment rollback = RollbackPlan::assess(t, asset);
        row.rollbackPossible = rollback.possible;
        row.rollbackNote = rollback.reason;
        rows.append(row);
    }
    return rows;
}

} // namespace

namespace ChangeTargets {

Result<QList<ChangeTargetRow>> fromPatches(Database &database, const QList<AssetPatch> &patches)
{
    QList<ChangeTarget> targets;
    QHash<qint64, AssetPatch> listed;
    for (const AssetPatch &p : patches) {
        ChangeTarget t;
        t.assetPatchId = p.id;
        t.assetId = p.assetId;
        t.assetName = p.assetName;
        t.package = p.patch.package;
        t.architecture = p.patch.architecture;
        t.targetVersion = p.patch.availableVersion;
        t.rollbackVersion = p.patch.installedVersion;
        t.advisory = p.patch.advisory;
        targets.append(t);
        listed.insert(p.id, p);
    }
    return assess(database, targets, listed);
}

Result<QList<ChangeTargetRow>> ofChange(Database &database, qint64 changeId)
{
    const auto targets = ChangeRepository(database.connection(), database.actor()).targets(changeId);
    if (!targets)
        return targets.error();
    // CVEs and priorities as the Patches pane lists them, read per asset of the change (in every state: a
    // deployed change's patches are installed by now).
    QSet<QString> assetNames;
    for (const ChangeTarget &t : targets.value())
        assetNames.insert(t.assetName);
    QHash<qint64, AssetPatch> listed;
    for (const QString &name : std::as_const(assetNames)) {
        PatchQuery query;
        query.assetName = name;
        query.state = std::nullopt;
        const auto rows = PatchListing(database.connection()).list(query);
        if (!rows)
            return rows.error();
        for (const AssetPatch &row : rows.value().rows)
            listed.insert(row.id, row);
    }
    return assess(database, targets.value(), listed);
}

QStringList irreversible(const QList<ChangeTargetRow> &rows)
{
    QStringList lines;
    for (const ChangeTargetRow &row : rows) {
        if (!row.rollbackPossible)
            lines << row.target.assetName + QStringLiteral(": ") + row.rollbackNote;
    }
    return lines;
}

} // namespace ChangeTargets
