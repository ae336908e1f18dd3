#include "FirstStart.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QSysInfo>

namespace {
const QString registeredKey = QStringLiteral("first_start.local_asset_registered");
}

QString FirstStart::thisMachineName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

Result<bool> FirstStart::ensureThisMachine(Database &database)
{
    // A team database is shared: registering each admin's workstation in it would be wrong.
    if (database.dialect() == Migrations::Dialect::PostgreSql)
        return false;
    SettingsRepository settings(database.connection());
    const auto registered = settings.value(registeredKey);
    if (!registered)
        return registered.error();
    if (registered.value() == QLatin1String("1"))
        return false;

    Asset asset;
    asset.name = thisMachineName();
    asset.transport = Transport::Local;
    asset.address = QStringLiteral("localhost");
    asset.criticality = Criticality::Medium;
    asset.exposure = Exposure::Internal;
    asset.owner = database.actor();
    AssetRepository assets(database.connection(), database.actor());
    if (!assets.findByName(asset.name).ok()) {
        if (auto added = assets.add(asset); !added)
            return added.error();
    }
    if (Status stored = settings.setValue(registeredKey, QStringLiteral("1")); !stored)
        return stored.error();
    return true;
}
