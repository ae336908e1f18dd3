#include "ChangeRings.h"

#include "jobs/RingPlan.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/WindowRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace {

QStringList targetRings(const QList<ChangeTargetRow> &rows)
{
    QStringList rings;
    for (const ChangeTargetRow &row : rows)
        rings.append(row.ring);
    return rings;
}

} // namespace

namespace ChangeRings {

QString describe(const MaintenanceWindow &window, const QDateTime &now)
{
    const QString when = window.text() + QLatin1Char(' ') + window.timeZoneId();
    const auto next = window.nextOpening(now);
    if (!next)
        return when;
    const QTimeZone zone(window.timeZoneId().toLatin1());
    const QString format = QStringLiteral("ddd yyyy-MM-dd HH:mm");
    if (next.value().start <= now)
        return QCoreApplication::translate("ChangeRings", "%1, open now until %2")
            .arg(when, QLocale().toString(next.value().end.toTimeZone(zone), format));
    return QCoreApplication::translate("ChangeRings", "%1, opens next %2")
        .arg(when, QLocale().toString(next.value().start.toTimeZone(zone), format));
}

Result<QList<Ring>> of(Database &database, const QList<ChangeTargetRow> &rows, const QDateTime &now)
{
    if (rows.isEmpty())
        return QList<Ring>();
    const auto configured = RingPlan::configured(database.connection());
    if (!configured)
        return configured.error();
    const auto stages = RingPlan::stages(targetRings(rows), configured.value());
    if (!stages)
        return stages.error();
    QList<qint64> assetIds;
    for (const ChangeTargetRow &row : rows) {
        if (!assetIds.contains(row.target.assetId))
            assetIds.append(row.target.assetId);
    }
    const auto assets = AssetRepository(database.connection(), database.actor()).findByIds(assetIds);
    if (!assets)
        return assets.error();
    QHash<QString, Asset> byName;
    for (const Asset &asset : assets.value())
        byName.insert(asset.name, asset);

    const WindowRepository windows(database.connection(), database.actor());
    QList<Ring> rings;
    for (const QString &name : stages.value()) {
        Ring ring;
        ring.name = name;
        bool ringWindowsShown = false;
        for (const ChangeTargetRow &row : rows) {
            if (row.ring != name || ring.assets.contains(row.target.assetName))
                continue;
            ring.assets.append(row.target.assetName);
            const auto governing = windows.windowsFor(byName.value(row.target.assetName));
            if (!governing)
                return governing.error();
            for (const WindowAssignment &window : governing.value()) {
                if (window.scope == WindowScope::Asset)
                    ring.windows.append(QCoreApplication::translate("ChangeRings", "%1: %2")
                                            .arg(window.target, describe(window.window, now)));
                else if (!ringWindowsShown)
                    ring.windows.append(describe(window.window, now));
            }
            ringWindowsShown =
                ringWindowsShown ||
                std::any_of(governing.value().cbegin(), governing.value().cend(),
                            [](const WindowAssignment &window) { return window.scope == WindowScope::Ring; });
        }
        std::sort(ring.assets.begin(), ring.assets.end());
        rings.append(ring);
    }
    return rings;
}

Status check(Database &database, const QList<ChangeTargetRow> &rows, const QStringList &plan)
{
    if (rows.isEmpty())
        return {};
    const auto configured = RingPlan::configured(database.connection());
    if (!configured)
        return configured.error();
    const auto stages = RingPlan::stages(targetRings(rows), configured.value(), plan);
    if (!stages)
        return stages.error();
    return {};
}

} // namespace ChangeRings
