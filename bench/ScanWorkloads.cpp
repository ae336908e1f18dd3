#include "ScanWorkloads.h"

#include "BenchProcess.h"
#include "ChrootSshd.h"
#include "PeerCommandLine.h"
#include "ProcessAccounting.h"
#include "TrustedHostKey.h"

#include "../tests/support/MemoryTrust.h"

#include "jobs/ScanRun.h"
#include "platforms/AptPlatform.h"
#include "scan/FactsProbe.h"
#include "scan/ScanBaselines.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

namespace ScanWorkloads {

namespace {

const QString Actor = QStringLiteral("bench");

QString hostName(int index)
{
    return QStringLiteral("sim-%1").arg(index, 3, 10, QLatin1Char('0'));
}

// What both tools report, measured the same way: the client's CPU is `cpu`, taken by the caller.
QJsonObject commonFigures(const Setup &setup, double wallSeconds, double cpuSeconds, double peakRssMiB,
                          int ok, const ChrootSshd::Figures &server)
{
    return {{QStringLiteral("hosts"), setup.hosts},
            {QStringLiteral("parallel"), setup.parallel},
            {QStringLiteral("wallSeconds"), wallSeconds},
            {QStringLiteral("cpuSeconds"), cpuSeconds},
            {QStringLiteral("sshdCpuSeconds"), server.cpuSeconds},
            {QStringLiteral("peakRssMiB"), peakRssMiB},
            {QStringLiteral("scansPerSecond"), wallSeconds > 0 ? ok / wallSeconds : 0.0},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("failures"), setup.hosts - ok},
            {QStringLiteral("refusedBySshd"), server.refusals}};
}

Result<QList<Asset>> addAssets(const QSqlDatabase &db, SshServer &server, int hosts)
{
    AssetRepository repository(db, Actor);
    QList<Asset> assets;
    for (int i = 1; i <= hosts; ++i) {
        Asset asset;
        asset.name = hostName(i);
        asset.transport = Transport::Ssh;
        asset.address = server.host();
        asset.port = server.port();
        asset.user = server.user();
        asset.identityFile = server.userKeyPath();
        auto added = repository.add(asset);
        if (!added)
            return added.error();
        asset.id = added.value();
        assets.append(asset);
    }
    if (Status trusted = trustHostKey(db, Actor, server.host(), server.port(), server.hostFingerprint());
        !trusted)
        return trusted.error();
    return assets;
}

QJsonObject storedRows(const QSqlDatabase &db)
{
    QJsonObject stored;
    for (const char *table : {"scans", "installed_packages", "asset_patches"}) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        stored.insert(QLatin1String(table), query.next() ? query.value(0).toInt() : -1);
    }
    return stored;
}

// Turns process accounting on for a measurement (into the scratch folder).
Result<ProcessAccounting> startAccounting(const Setup &setup, const QString &name)
{
    return ProcessAccounting::start(QDir(setup.scratch).filePath(name));
}

// Stops the accounting and adds the endpoint's processes to `figures`: every process sshd's tree ran
// (sshd's own, the login shells, the commands), less the client's own (`exclude`), per host and by name.
Status addProcessCounts(ProcessAccounting &accounting, const Setup &setup, QJsonObject *figures,
                        const QList<qint64> &exclude = {})
{
    if (Status stopped = accounting.stop(); !stopped)
        return stopped;
    const auto counts = accounting.count(exclude);
    if (!counts)
        return counts.error();
    figures->insert(QStringLiteral("endpointProcesses"), counts.value().processes);
    figures->insert(QStringLiteral("accountedProcesses"), counts.value().records);
    figures->insert(QStringLiteral("endpointProcessesPerHost"),
                    double(counts.value().processes) / setup.hosts);
    figures->insert(QStringLiteral("sshdProcessesPerHost"),
                    double(counts.value().sshdProcesses) / setup.hosts);
    figures->insert(QStringLiteral("endpointProcessesByName"), counts.value().byCommand);
    return {};
}

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
                  const std::shared_ptr<ScanBaselines> &baselines)
{
    ScanRun run(config, assets, setup.parallel);
    EndpointContext context;
    context.sshConfigPath = QDir(setup.scratch).filePath(QStringLiteral("no-ssh-config"));
    context.credentials = std::make_shared<MemoryCredentials>(); // no password: never the keychain
    run.setEndpointContext(context);
    run.setBaselines(baselines);
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

    // The cold scan that leaves the baselines, on an sshd of its own (not measured: its sessions' CPU is
    // reaped with it, before the warm scan's sshd starts).
    ScanPass cold;
    QJsonObject coldStored;
    QList<Asset> assets;
    {
        ChrootSshd sshd(setup.root);
        if (Status started = sshd.start(); !started)
            return started.error();
        auto added = addAssets(db, sshd.server(), setup.hosts);
        if (!added)
            return added.error();
        assets = added.value();
        cold = scanPass(config, assets, setup, baselines);
        sshd.stop(BenchProcess::usage());
        coldStored = storedRows(db);
    }
    if (cold.ok != setup.hosts)
        return Error{QStringLiteral("The cold scan before the warm one failed: %1").arg(cold.firstError)};

    // The warm rescan, measured like the cold one: the same hosts, unchanged, behind a fresh sshd.
    ChrootSshd sshd(setup.root);
    if (Status started = sshd.start(); !started)
        return started.error();
    AssetRepository repository(db, Actor);
    for (Asset &asset : assets) {
        asset.port = sshd.server().port();
        asset.identityFile = sshd.server().userKeyPath();
        if (Status updated = repository.update(asset); !updated)
            return updated.error();
    }
    if (Status trusted = trustHostKey(db, Actor, sshd.server().host(), sshd.server().port(),
                                      sshd.server().hostFingerprint());
        !trusted)
        return trusted.error();
    auto accounting = startAccounting(setup, QStringLiteral("acct-warm"));
    if (!accounting)
        return accounting.error();
    const ScanPass warm = scanPass(config, assets, setup, baselines);
    const BenchProcess::Usage after = BenchProcess::usage();
    const ChrootSshd::Figures server = sshd.stop(after);

    QJsonObject figures =
        commonFigures(setup, warm.wallSeconds, warm.cpuSeconds, after.selfPeakRssMiB, warm.ok, server);
    if (Status counted = addProcessCounts(accounting.value(), setup, &figures); !counted)
        return counted.error();
    const QJsonObject warmStored = storedRows(db);
    figures.insert(QStringLiteral("commandsPerHost"), double(warm.commands) / setup.hosts);
    figures.insert(QStringLiteral("connections"), setup.hosts);
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

namespace {

// One host for the peer: the three commands, each over its own connection, outputs kept for checking. A
// failed host exits 1, never ssh's 255, which would make xargs stop starting the other hosts.
const char PeerScript[] = R"(h=$1
o="$PEER_OUT/$h"
$PEER_SSH "$PEER_FACTS" >"$o.facts" 2>"$o.err" &&
$PEER_SSH "$PEER_INSTALLED" >"$o.installed" 2>>"$o.err" &&
$PEER_SSH "$PEER_PENDING" >"$o.pending" 2>>"$o.err" &&
: >"$o.ok"
[ -e "$o.ok" ]
)";

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<QProcessEnvironment> peerEnvironment(const Setup &setup, SshServer &server, const QString &outDir)
{
    const QDir scratch(setup.scratch);
    const QString knownHosts = scratch.filePath(QStringLiteral("known_hosts"));
    const QByteArray hostKey = readFile(server.hostKeyPath() + QStringLiteral(".pub")).trimmed();
    if (Status written = writeFile(knownHosts, "[" + server.host().toUtf8() + "]:" +
                                                   QByteArray::number(server.port()) + ' ' + hostKey + '\n');
        !written)
        return written.error();
    const QString ssh =
        QStringLiteral(
            "ssh -F /dev/null -i %1 -p %2 -o BatchMode=yes -o IdentitiesOnly=yes "
            "-o StrictHostKeyChecking=yes -o UserKnownHostsFile=%3 -o GlobalKnownHostsFile=/dev/null "
            "-o LogLevel=ERROR %4@%5")
            .arg(server.userKeyPath())
            .arg(server.port())
            .arg(knownHosts, server.user(), server.host());
    const AptPlatform apt;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    environment.insert(QStringLiteral("PEER_SSH"), ssh);
    environment.insert(QStringLiteral("PEER_OUT"), outDir);
    const std::pair<const char *, Command> commands[] = {{"PEER_FACTS", FactsProbe::command()},
                                                         {"PEER_INSTALLED", apt.installedPackagesCommand()},
                                                         {"PEER_PENDING", apt.pendingPatchesCommand()}};
    for (const auto &[name, command] : commands) {
        // Without Patchwright's guard wrapper: it stops the command when the channel's stdin closes, and
        // ssh's stdin is /dev/null under xargs.
        const auto line = peerCommandLine(command, server.user() == QLatin1String("root"));
        if (!line)
            return line.error();
        environment.insert(QLatin1String(name), QString::fromUtf8(line.value()));
    }
    return environment;
}

} // namespace

Result<QJsonObject> openssh(const Setup &setup)
{
    ChrootSshd sshd(setup.root);
    if (Status started = sshd.start(); !started)
        return started.error();
    const QDir scratch(setup.scratch);
    const QString outDir = scratch.filePath(QStringLiteral("out"));
    const QString script = scratch.filePath(QStringLiteral("peer-host.sh"));
    if (!QDir().mkpath(outDir))
        return Error{QStringLiteral("Cannot create %1.").arg(outDir)};
    if (Status written = writeFile(script, PeerScript); !written)
        return written.error();
    auto environment = peerEnvironment(setup, sshd.server(), outDir);
    if (!environment)
        return environment.error();
    QByteArray names;
    for (int i = 1; i <= setup.hosts; ++i)
        names += hostName(i).toUtf8() + '\n';

    auto accounting = startAccounting(setup, QStringLiteral("acct"));
    if (!accounting)
        return accounting.error();
    QProcess xargs;
    xargs.setProcessEnvironment(environment.value());
    xargs.setProcessChannelMode(QProcess::ForwardedChannels);
    const BenchProcess::Usage before = BenchProcess::usage();
    QElapsedTimer clock;
    clock.start();
    xargs.start(QStringLiteral("xargs"),
                {QStringLiteral("-P"), QString::number(setup.parallel), QStringLiteral("-n"),
                 QStringLiteral("1"), QStringLiteral("sh"), script});
    const qint64 client = xargs.processId(); // its tree is the client's, not the endpoint's
    xargs.write(names);
    xargs.closeWriteChannel();
    // An event loop, not waitForFinished(): sshd logs every connection on stderr, which SshServer drains
    // only while events are processed; a full pipe would stall sshd's sessions.
    QEventLoop loop;
    QObject::connect(&xargs, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&xargs, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    if (xargs.state() != QProcess::NotRunning)
        loop.exec();
    if (xargs.state() != QProcess::NotRunning || xargs.exitStatus() != QProcess::NormalExit)
        return Error{QStringLiteral("xargs did not run: %1").arg(xargs.errorString())};
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    const BenchProcess::Usage after = BenchProcess::usage();
    const ChrootSshd::Figures server = sshd.stop(after);

    // Check the outputs with Patchwright's own parsers (not timed).
    const AptPlatform apt;
    int ok = 0;
    int installed = 0;
    int pending = 0;
    QString firstError;
    for (int i = 1; i <= setup.hosts; ++i) {
        const QString base = QDir(outDir).filePath(hostName(i));
        const auto packages = apt.parseInstalledPackages(readFile(base + QStringLiteral(".installed")));
        const auto updates = apt.parsePendingPatches(readFile(base + QStringLiteral(".pending")));
        if (QFile::exists(base + QStringLiteral(".ok")) && packages && updates) {
            ++ok;
            installed += int(packages.value().size());
            pending += int(updates.value().size());
        } else if (firstError.isEmpty()) {
            firstError = hostName(i) + QStringLiteral(": ") +
                         QString::fromUtf8(readFile(base + QStringLiteral(".err"))).trimmed();
        }
    }
    QJsonObject figures = commonFigures(setup, wall, after.childrenCpuSeconds - before.childrenCpuSeconds,
                                        after.childrenPeakRssMiB, ok, server);
    if (Status counted = addProcessCounts(accounting.value(), setup, &figures, {client}); !counted)
        return counted.error();
    figures.insert(QStringLiteral("commandsPerHost"), 3.0);
    figures.insert(QStringLiteral("connections"), 3 * setup.hosts);
    figures.insert(QStringLiteral("installedRows"), installed);
    figures.insert(QStringLiteral("pendingRows"), pending);
    if (!firstError.isEmpty())
        figures.insert(QStringLiteral("firstError"), firstError);
    return figures;
}

} // namespace ScanWorkloads
