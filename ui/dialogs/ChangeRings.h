#pragma once

#include "itemmodels/ChangeTargetModel.h"

#include "domain/Result.h"

#include <QDateTime>
#include <QStringList>

class Database;
class MaintenanceWindow;

// The rings a change request's patches are on, for choosing its ring plan: in the order a staged run takes
// them when the change names no plan (RingPlan::stages over the configured rings: Settings ▸ Rings), each
// with the change's assets in it and the maintenance windows that govern them (WindowRepository::windowsFor:
// an asset's own windows replace its ring's) with their next opening. Read only.
namespace ChangeRings {

struct Ring
{
    QString name;        // empty: the assets without a ring
    QStringList assets;  // the change's assets in it, by name
    QStringList windows; // "Sat 22:00-02:00 Europe/Berlin, opens next Sat 2025-12-13 22:00"; an asset's own
                         // windows start with its name
};

Result<QList<Ring>> of(Database &database, const QList<ChangeTargetRow> &rows, const QDateTime &now);
// Why a run could not be made of `plan` (empty: every ring) for these patches, as RingPlan refuses it; ok
// when it could, or when there are no patches yet.
Status check(Database &database, const QList<ChangeTargetRow> &rows, const QStringList &plan);
// "Sat 22:00-02:00 Europe/Berlin, opens next Sat 2025-12-13 22:00" (in the window's zone), or "… open now
// until …".
QString describe(const MaintenanceWindow &window, const QDateTime &now);

} // namespace ChangeRings
