#include "WinRmWorkloads.h"

#include "BenchProcess.h"

#include "../tests/support/MemoryTrust.h"

#include "endpoints/CertificateFingerprint.h"
#include "endpoints/EndpointForAsset.h"
#include "jobs/ScanRun.h"
#include "platforms/WindowsFacts.h"
#include "platforms/WindowsUpdatePlatform.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/KnownHostKeys.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslCertificate>

namespace WinRmWorkloads {

namespace {

const QString Actor = QStringLiteral("bench");
const QString Address = QStringLiteral("127.0.0.1");

QString password()
{
    return qEnvironmentVariable(PasswordVariable);
}

int portFor(const Setup &setup, int index)
{
    return setup.ports.isEmpty() ? 0 : setup.ports.at(index % setup.ports.size());
}

Result<QString> fingerprintOf(const QString &pemFile)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty())
        return Error{QStringLiteral("%1 holds no PEM certificate.").arg(pemFile)};
    return CertificateFingerprint::of(certificates.first());
}

Result<QList<Asset>> addAssets(const QSqlDatabase &db, const Setup &setup,
                               const std::shared_ptr<MemoryCredentials> &credentials)
{
    const auto fingerprint = fingerprintOf(setup.certificate);
    if (!fingerprint)
        return fingerprint.error();
    KnownHostKeys knownKeys(db, Actor);
    for (const int port : setup.ports) {
        KnownHostKey key;
        key.host = Address;
        key.port = port;
        key.keyType = QString::fromLatin1(CertificateFingerprint::CertificateKeyType);
        key.fingerprint = fingerprint.value();
        if (Status accepted = knownKeys.accept(key); !accepted)
            return accepted.error();
    }
    AssetRepository repository(db, Actor);
    QList<Asset> assets;
    for (int i = 0; i < setup.assets; ++i) {
        Asset asset;
        asset.name = hostName(i + 1);
        asset.transport = Transport::WinRm;
        asset.address = Address;
        asset.port = portFor(setup, i);
        asset.user = QLatin1String(User);
        asset.winrm.auth = setup.auth == QLatin1String("basic") ? WinRmAuth::Basic : WinRmAuth::Ntlm;
        auto added = repository.add(asset);
        if (!added)
            return added.error();
        asset.id = added.value();
        credentials->set(winRmTargetForAsset(asset).passwordAccount(), CredentialLookup::found(password()));
        assets.append(asset);
    }
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

QJsonObject commonFigures(const Setup &setup, double wallSeconds, double cpuSeconds, double peakRssMiB,
                          int ok)
{
    return {{QStringLiteral("assets"), setup.assets},
            {QStringLiteral("parallel"), setup.parallel},
            {QStringLiteral("wallSeconds"), wallSeconds},
            {QStringLiteral("cpuSeconds"), cpuSeconds},
            {QStringLiteral("peakRssMiB"), peakRssMiB},
            {QStringLiteral("scansPerSecond"), wallSeconds > 0 ? ok / wallSeconds : 0.0},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("failures"), setup.assets - ok}};
}

} // namespace

QString hostName(int index)
{
    return QStringLiteral("win-%1").arg(index, 3, 10, QLatin1Char('0'));
}

Result<QJsonObject> patchwright(const Setup &setup)
{
    const DatabaseConfig config =
        DatabaseConfig::encryptedFile(QDir(setup.scratch).filePath(QStringLiteral("bench.db")),
                                      KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    auto database = Database::open(config);
    if (!database)
        return database.error();
    database.value()->setActor(Actor);
    auto credentials = std::make_shared<MemoryCredentials>();
    const auto assets = addAssets(database.value()->connection(), setup, credentials);
    if (!assets)
        return assets.error();

    ScanRun run(config, assets.value(), setup.parallel);
    EndpointContext context;
    context.credentials = credentials; // in memory: never the keychain
    run.setEndpointContext(context);
    QEventLoop loop;
    QObject::connect(&run, &ScanRun::finished, &loop, &QEventLoop::quit);

    const BenchProcess::Usage before = BenchProcess::usage();
    QElapsedTimer clock;
    clock.start();
    run.start();
    if (run.isRunning())
        loop.exec();
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    const BenchProcess::Usage after = BenchProcess::usage();

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
    QJsonObject figures =
        commonFigures(setup, wall, after.selfCpuSeconds - before.selfCpuSeconds, after.selfPeakRssMiB, ok);
    figures.insert(QStringLiteral("installedRows"), installed);
    figures.insert(QStringLiteral("pendingRows"), pending);
    figures.insert(QStringLiteral("writeSeconds"), writeMs / 1000.0);
    figures.insert(QStringLiteral("stored"), storedRows(database.value()->connection()));
    if (!firstError.isEmpty())
        figures.insert(QStringLiteral("firstError"), firstError);
    return figures;
}

namespace {

QJsonObject commandJson(const QString &name, const Command &command)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("program"), command.program},
            {QStringLiteral("arguments"), QJsonArray::fromStringList(command.arguments)},
            {QStringLiteral("stdinBase64"), QString::fromLatin1(command.standardInput.toBase64())}};
}

Status writePlan(const Setup &setup, const QString &path)
{
    QJsonArray hosts;
    for (int i = 0; i < setup.assets; ++i)
        hosts.append(
            QJsonObject{{QStringLiteral("name"), hostName(i + 1)},
                        {QStringLiteral("url"),
                         QStringLiteral("https://%1:%2/wsman").arg(Address).arg(portFor(setup, i))}});
    const WindowsUpdatePlatform platform;
    const QJsonArray commands{commandJson(QStringLiteral("facts"), WindowsFacts::command()),
                              commandJson(QStringLiteral("installed"), platform.installedPackagesCommand()),
                              commandJson(QStringLiteral("pending"), platform.pendingPatchesCommand())};
    const QJsonObject plan{{QStringLiteral("user"), QLatin1String(User)},
                           {QStringLiteral("auth"), setup.auth},
                           {QStringLiteral("caFile"), setup.certificate},
                           {QStringLiteral("parallel"), setup.parallel},
                           {QStringLiteral("hosts"), hosts},
                           {QStringLiteral("commands"), commands}};
    QFile file(path);
    const QByteArray bytes = QJsonDocument(plan).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Result<QJsonObject> pywinrm(const Setup &setup)
{
    const QDir scratch(setup.scratch);
    const QString plan = scratch.filePath(QStringLiteral("peer-plan.json"));
    const QString out = scratch.filePath(QStringLiteral("peer-out.json"));
    if (Status written = writePlan(setup, plan); !written)
        return written.error();
    const BenchProcess::Usage before = BenchProcess::usage();
    const auto peer =
        BenchProcess::runPeer(QStringLiteral("/usr/bin/python3"),
                              {QStringLiteral(PW_BENCH_SOURCE_DIR "/winrm_peer.py"), QStringLiteral("--plan"),
                               plan, QStringLiteral("--out"), out},
                              scratch.filePath(QStringLiteral("peer.stdout")),
                              scratch.filePath(QStringLiteral("peer.stderr")), QByteArray("OPENSSL_CONF"));
    if (!peer)
        return peer.error();
    const BenchProcess::Usage after = BenchProcess::usage();
    if (peer.value().exitCode != 0)
        return Error{QStringLiteral("The pywinrm peer exited %1: %2")
                         .arg(peer.value().exitCode)
                         .arg(QString::fromUtf8(readFile(scratch.filePath(QStringLiteral("peer.stderr"))))
                                  .trimmed()
                                  .right(2000))};
    const QJsonObject report = QJsonDocument::fromJson(readFile(out)).object();
    if (!report.contains(QLatin1String("wallSeconds")))
        return Error{QStringLiteral("The pywinrm peer wrote no report to %1.").arg(out)};

    // Check what it got with Patchwright's own parsers (not timed).
    const WindowsUpdatePlatform platform;
    const QJsonObject outputs = report.value(QLatin1String("outputs")).toObject();
    int ok = 0;
    int installed = 0;
    int pending = 0;
    QString firstError = report.value(QLatin1String("firstError")).toString();
    for (int i = 0; i < setup.assets; ++i) {
        const QJsonObject host = outputs.value(hostName(i + 1)).toObject();
        if (host.isEmpty())
            continue;
        const auto facts = WindowsFacts::parse(host.value(QLatin1String("facts")).toString().toUtf8());
        const auto packages =
            platform.parseInstalledPackages(host.value(QLatin1String("installed")).toString().toUtf8());
        const auto updates =
            platform.parsePendingPatches(host.value(QLatin1String("pending")).toString().toUtf8());
        if (facts && packages && updates) {
            ++ok;
            installed += int(packages.value().size());
            pending += int(updates.value().size());
        } else if (firstError.isEmpty()) {
            firstError = hostName(i + 1) + QStringLiteral(": ") +
                         (!facts ? facts.error().text()
                                 : (!packages ? packages.error().text() : updates.error().text()));
        }
    }
    QJsonObject figures = commonFigures(setup, report.value(QLatin1String("wallSeconds")).toDouble(),
                                        report.value(QLatin1String("cpuSeconds")).toDouble(),
                                        report.value(QLatin1String("peakRssMiB")).toDouble(), ok);
    figures.insert(QStringLiteral("installedRows"), installed);
    figures.insert(QStringLiteral("pendingRows"), pending);
    figures.insert(QStringLiteral("processSeconds"), peer.value().seconds);
    figures.insert(QStringLiteral("processCpuSeconds"), after.childrenCpuSeconds - before.childrenCpuSeconds);
    if (!firstError.isEmpty())
        figures.insert(QStringLiteral("firstError"), firstError);
    return figures;
}

} // namespace WinRmWorkloads
