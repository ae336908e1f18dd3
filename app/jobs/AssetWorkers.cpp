#include "AssetWorkers.h"

#include "changes/ChangeNotifier.h"
#include "trust/ConsoleTrust.h"

#include <algorithm>

namespace {

// The workers' own connections go to a database the run's owner has already opened, and so checked (the
// bounded PRAGMA quick_check SqlCipherDriver runs on every open reads pages for up to a second): they do not
// check it again. A run opens connections per asset and step; once a fleet's packages filled the file, each
// of those opens read for the whole second, the one under the write lock too, and a 200-host scan of 2,000
// packages a host took five minutes instead of one (pw_bench_scan).
DatabaseConfig workerConfig(DatabaseConfig config)
{
    if (!config.isPostgres() && !config.connectOptions.contains(QLatin1String("PW_CHECK_ON_OPEN")))
        config.connectOptions += QStringLiteral(";PW_CHECK_ON_OPEN=0");
    return config;
}

} // namespace

AssetWorkers::AssetWorkers(const DatabaseConfig &config, int parallelism)
    : m_config(workerConfig(config))
    , m_endpointContext(ConsoleTrust::forDatabase({}, m_config))
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

void AssetWorkers::announceAsset(ChangeNotifier *changes, qint64 assetId)
{
    if (!changes)
        return;
    emit changes->assetsChanged(ChangedIds::of({assetId}));
    emit changes->patchesChanged(ChangedIds::of({assetId}));
    emit changes->auditAppended();
}
