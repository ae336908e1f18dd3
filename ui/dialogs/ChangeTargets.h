#pragma once

#include "itemmodels/ChangeTargetModel.h"

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QStringList>

class Database;

// The patches of a change request as the board reviews them (ChangeTargetRow): each with its asset's ring,
// its CVEs and priority (PatchListing, as the Patches pane shows them) and whether its platform can roll it
// back (RollbackPlan, as `patchwright-cli change show` and `change submit` judge it). Read only.
namespace ChangeTargets {

// The rows a new change made of these missing patches would have; each patch's installed version is what a
// rollback returns to, as ChangeRepository::create records it.
Result<QList<ChangeTargetRow>> fromPatches(Database &database, const QList<AssetPatch> &patches);
// A stored change's patches with the rollback versions recorded for it.
Result<QList<ChangeTargetRow>> ofChange(Database &database, qint64 changeId);
// "asset package: why" for each patch that cannot be rolled back, as ChangeBoard::submit records them.
QStringList irreversible(const QList<ChangeTargetRow> &rows);

} // namespace ChangeTargets
