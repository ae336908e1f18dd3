#include "ScanWorkloads.h"

#include "BenchProcess.h"
#include "ChrootSshd.h"
#include "PeerCommandLine.h"
#include "TrustedHostKey.h"

#include "../tests/support/MemoryTrust.h"

#include "jobs/ScanRun.h"
#include "platforms/AptPlatform.h"
#include "scan/FactsProbe.h"

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

    ScanRun run(config, assets.value(), setup.parallel);
    EndpointContext context;
    context.sshConfigPath = QDir(setup.scratch).filePath(QStringLiteral("no-ssh-config"));
    context.credentials = std::make_shared<MemoryCredentials>(); // no password: never the keychain
    run.setEndpointContext(context);
    int steps = 0;
    QEventLoop loop;
    QObject::connect(&run, &ScanRun::assetStep, &loop, [&steps] { ++steps; });
    QObject::connect(&run, &ScanRun::finished, &loop, &QEventLoop::quit);

    const BenchProcess::Usage before = BenchProcess::usage();
    QElapsedTimer clock;
    clock.start();
    run.start();
    if (run.isRunning())
        loop.exec();
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    const BenchProcess::Usage after = BenchProcess::usage();
    const ChrootSshd::Figures server = sshd.stop(after);

    int ok = 0;
    int installed = 0;
    int pending = 0;
    double writeMs = 0;
    QString firstError;
    for (const ScanRun::Outcome &outcome : run.outcomes()) {
        writeMs += outcome.writeMs;
        if (!outcome.ok()) {
            if (firstError.isEmpty())
                firstError = outcome.assetName + QStringLiteral(": ") + outcome.message;
            continue;
        }
        ++ok;
        installed += outcome.summary.installed;
        pending += outcome.summary.pending;
    }
    QJsonObject figures = commonFigures(setup, wall, after.selfCpuSeconds - before.selfCpuSeconds,
                                        after.selfPeakRssMiB, ok, server);
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

    QProcess xargs;
    xargs.setProcessEnvironment(environment.value());
    xargs.setProcessChannelMode(QProcess::ForwardedChannels);
    const BenchProcess::Usage before = BenchProcess::usage();
    QElapsedTimer clock;
    clock.start();
    xargs.start(QStringLiteral("xargs"),
                {QStringLiteral("-P"), QString::number(setup.parallel), QStringLiteral("-n"),
                 QStringLiteral("1"), QStringLiteral("sh"), script});
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
    figures.insert(QStringLiteral("connections"), 3 * setup.hosts);
    figures.insert(QStringLiteral("installedRows"), installed);
    figures.insert(QStringLiteral("pendingRows"), pending);
    if (!firstError.isEmpty())
        figures.insert(QStringLiteral("firstError"), firstError);
    return figures;
}

} // namespace ScanWorkloads
