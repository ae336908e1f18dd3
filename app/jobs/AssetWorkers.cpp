#include "AssetWorkers.h"

#include "changes/ChangeNotifier.h"
#include "storage/Database.h"
#include "trust/ConsoleTrust.h"

#include <algorithm>

AssetWorkers::AssetWorkers(const DatabaseConfig &config, int parallelism)
    : m_config(config)
    , m_endpointContext(ConsoleTrust::forDatabase({}, config))
{
    m_pool.setMaxThreadCount(std::max(1, parallelism));
}

AssetWorkers::~AssetWorkers()
{
    cancel();
    m_pool.waitForDone();
}

void AssetWorkers::setEndpointContext(const EndpointContext &context)
{
    m_endpointContext = ConsoleTrust::forDatabase(context, m_config);
}

Result<Database *> AssetWorkers::database()
{
    if (!m_databases.hasLocalData()) {
        auto opened = Database::open(m_config);
        if (!opened)
            return opened.error();
        m_databases.setLocalData(opened.value().release());
    }
    return m_databases.localData();
}

void AssetWorkers::announceAsset(ChangeNotifier *changes, qint64 assetId)
{
    if (!changes)
        return;
    emit changes->assetsChanged(ChangedIds::of({assetId}));
    emit changes->patchesChanged(ChangedIds::of({assetId}));
    emit changes->auditAppended();
}
