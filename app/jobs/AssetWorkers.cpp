#include "AssetWorkers.h"

#include "changes/ChangeNotifier.h"
#include "storage/Database.h"
#include "trust/ConsoleTrust.h"

#include <algorithm>

namespace {

// The workers' own connections go to a database the run's owner has already opened, and so checked
// (SqliteHealth::checkOnOpen): they do not check it again. When every open still read the file (before the
// check ran once per file and process), a 200-host scan of 2,000 packages a host took five minutes instead
// of one (pw_bench_scan), one of those reads under the write lock.
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
    if (!m_endpointContext.keptSessions)
        m_endpointContext.keptSessions = m_keptSessions;
}

void AssetWorkers::keepSessionsIn(std::shared_ptr<SshSessionCache> cache)
{
    m_keptSessions = std::move(cache);
    m_endpointContext.keptSessions = m_keptSessions;
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
