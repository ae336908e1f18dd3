#include "ScanWorkloads.h"

#include "BenchProcess.h"
#include "ChrootSshd.h"
#include "ScanMeasure.h"
#include "TrustedHostKey.h"

#include "../tests/support/MemoryTrust.h"

#include "endpoints/SshSessionCache.h"
#include "jobs/ScanRun.h"
#include "scan/ScanBaselines.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

namespace ScanWorkloads {

namespace {

using namespace ScanMeasure;

struct ScanPass
{
    double wallSeconds = 0;
    double cpuSeconds = 0;
    int steps = 0;
    int ok = 0;
    int unchanged = 0;
    int commands = 0;
    int installed = 0;
    int pending = 0;
    double writeMs = 0;
    QString firstError;
};

// One timed ScanRun of `assets`, the way the console runs it.
ScanPass scanPass(const DatabaseConfig &config, const QList<Asset> &assets, const Setup &setup,
                  const std::shared_ptr<ScanBaselines> &baselines,
                  const std::shared_ptr<SshSessionCache> &keptSessions = {})
{
    ScanRun run(config, assets, setup.parallel);
    EndpointContext context;
    // No ~/.ssh/config of the runner's: only the pinned key exchange, as for every tool.
    context.sshConfigPath = QDir(setup.scratch).filePath(QStringLiteral("ssh_config"));
    QFile sshConfig(context.sshConfigPath);
    if (sshConfig.open(QIODevice::WriteOnly | QIODevice::Truncate))
        sshConfig.write(pinnedSshConfig());
    sshConfig.close();
    context.credentials = std::make_shared<MemoryCredentials>(); // no password: never the keychain
    run.setEndpointContext(context);
    run.setBaselines(baselines);
    run.keepSessionsIn(keptSessions);
    ScanPass pass;
    QEventLoop loop;
    QObject::connect(&run, &ScanRun::assetStep, &loop, [&pass] { ++pass.steps; });
    QObject::connect(&run, &ScanRun::finished, &loop, &QEventLoop::quit);

    const BenchProcess::Usage before = BenchProcess::usage();
    QElapsedTimer clock;
    clock.start();
    run.start();
    if (run.isRunning())
        loop.exec();
    pass.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    pass.cpuSeconds = BenchProcess::usage().selfCpuSeconds - before.selfCpuSeconds;
    for (const ScanRun::Outcome &outcome : run.outcomes()) {
        pass.writeMs += outcome.writeMs;
        pass.commands += outcome.commands;
        if (!outcome.ok()) {
            if (pass.firstError.isEmpty())
                pass.firstError = outcome.assetName + QStringLiteral(": ") + outcome.message;
            continue;
        }
        ++pass.ok;
        pass.unchanged += outcome.unchanged ? 1 : 0;
        pass.installed += outcome.summary.installed;
        pass.pending += outcome.summary.pending;
    }
    return pass;
}

} // namespace

Result<QJsonObject> patchwright(const Setup &setup)
{
    ChrootSshd sshd(setup.root);
    if (Status started = sshd.start(); !started)
        return started.error();
    const DatabaseConfig config =
        DatabaseConfig::encryptedFile(QDir(setup.scratch).filePath(QStringLiteral("bench.db")),
                                      KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    auto database = Database::open(config);
    if (!database)
        return database.error();
    database.value()->setActor(Actor);
    const auto assets = addAssets(database.value()->connection(), sshd.server(), setup.hosts);
    if (!assets)
        return assets.error();

    auto accounting = startAccounting(setup, QStringLiteral("acct"));
    if (!accounting)
        return accounting.error();
    const ScanPass pass = scanPass(config, assets.value(), setup, nullptr);
    const BenchProcess::Usage after = BenchProcess::usage();
    const ChrootSshd::Figures server = sshd.stop(after);

    QJsonObject figures =
        commonFigures(setup, pass.wallSeconds, pass.cpuSeconds, after.selfPeakRssMiB, pass.ok, server);
    if (Status counted = addProcessCounts(accounting.value(), setup, &figures); !counted)
        return counted.error();
    const int installed = pass.installed;
    const int pending = pass.pending;
    const double writeMs = pass.writeMs;
    const int steps = pass.steps;
    const QString firstError = pass.firstError;
    figures.insert(QStringLiteral("commandsPerHost"), double(pass.commands) / setup.hosts);
    figures.insert(QStringLiteral("connections"), setup.hosts);
    figures.insert(QStringLiteral("installedRows"), installed);
    figures.insert(QStringLiteral("pendingRows"), pending);
    figures.insert(QStringLiteral("writeSeconds"), writeMs / 1000.0);
    figures.insert(QStringLiteral("progressSteps"), steps);
    figures.insert(QStringLiteral("stored"), storedRows(database.value()->connection()));
    figures.insert(QStringLiteral("perHost"), hostDigests(database.value()->connection(), assets.value()));
    if (!firstError.isEmpty())
        figures.insert(QStringLiteral("firstError"), firstError);
    return figures;
}

Result<QJsonObject> patchwrightWarm(const Setup &setup)
{
    const DatabaseConfig config =
        DatabaseConfig::encryptedFile(QDir(setup.scratch).filePath(QStringLiteral("bench.db")),
                                      KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    auto database = Database::open(config);
    if (!database)
        return database.error();
    database.value()->setActor(Actor);
    const QSqlDatabase db = database.value()->connection();
    const auto baselines = std::make_shared<ScanBaselines>();
    // As the console keeps them between its scans: every host's session (the console's bound is 256).
    const auto keptSessions = std::make_shared<SshSessionCache>(SshSessionCache::Limits{
        std::max(setup.hosts, SshSessionCache::Limits{}.maxSessions), SshSessionCache::Limits{}.idleTimeout});

    // The cold scan that leaves the baselines and the open sessions (not measured).
    ChrootSshd sshd(setup.root);
    const BenchProcess::Usage beforeSshd = BenchProcess::usage();
    if (Status started = sshd.start(); !started)
        return started.error();
    auto added = addAssets(db, sshd.server(), setup.hosts);
    if (!added)
        return added.error();
    const QList<Asset> assets = added.value();
    const ScanPass cold = scanPass(config, assets, setup, baselines, keptSessions);
    const QJsonObject coldStored = storedRows(db);
    if (cold.ok != setup.hosts)
        return Error{QStringLiteral("The cold scan before the warm one failed: %1").arg(cold.firstError)};

    // The warm rescan, measured like the cold one: the same hosts, unchanged, on the sessions kept open.
    const double sshdCpuBeforeWarm = sshd.treeCpuSeconds();
    const qsizetype loginsBeforeWarm = sshd.server().log().count("Accepted publickey");
    auto accounting = startAccounting(setup, QStringLiteral("acct-warm"));
    if (!accounting)
        return accounting.error();
    const ScanPass warm = scanPass(config, assets, setup, baselines, keptSessions);
    const BenchProcess::Usage after = BenchProcess::usage();
    const qsizetype warmLogins = sshd.server().log().count("Accepted publickey") - loginsBeforeWarm;
    // The console closes its kept sessions on quit: their sshd processes (started by the cold scan, serving
    // the warm one) end here, while the accounting still runs, so the warm scan's commands keep their
    // parents. sshd's share of the warm rescan: its whole tree's CPU, reaped at stop, less what it had used
    // before.
    keptSessions->closeAll();
    ChrootSshd::Figures server = sshd.stop(beforeSshd);
    server.cpuSeconds = std::max(0.0, server.cpuSeconds - sshdCpuBeforeWarm);

    QJsonObject figures =
        commonFigures(setup, warm.wallSeconds, warm.cpuSeconds, after.selfPeakRssMiB, warm.ok, server);
    if (Status counted = addProcessCounts(accounting.value(), setup, &figures); !counted)
        return counted.error();
    const QJsonObject warmStored = storedRows(db);
    figures.insert(QStringLiteral("commandsPerHost"), double(warm.commands) / setup.hosts);
    figures.insert(QStringLiteral("connections"), double(warmLogins)); // new logins (sshd's log): none
    figures.insert(QStringLiteral("keptSessions"), true);
    figures.insert(QStringLiteral("unchanged"), warm.unchanged);
    figures.insert(QStringLiteral("installedRows"), warm.installed);
    figures.insert(QStringLiteral("pendingRows"), warm.pending);
    figures.insert(QStringLiteral("coldWallSeconds"), cold.wallSeconds);
    figures.insert(QStringLiteral("writeSeconds"), warm.writeMs / 1000.0);
    figures.insert(QStringLiteral("progressSteps"), warm.steps);
    // The same rows as the cold scan stored (and one more scan row per asset).
    figures.insert(QStringLiteral("sameRowsAsCold"),
                   warm.installed == cold.installed && warm.pending == cold.pending &&
                       warmStored.value(QLatin1String("installed_packages")) ==
                           coldStored.value(QLatin1String("installed_packages")) &&
                       warmStored.value(QLatin1String("asset_patches")) ==
                           coldStored.value(QLatin1String("asset_patches")));
    figures.insert(QStringLiteral("stored"), warmStored);
    if (!warm.firstError.isEmpty())
        figures.insert(QStringLiteral("firstError"), warm.firstError);
    return figures;
}

} // namespace ScanWorkloads
