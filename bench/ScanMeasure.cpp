#include "ScanMeasure.h"

#include "TrustedHostKey.h"

#include "storage/AssetRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace ScanMeasure {

namespace {

// A short digest of `rows`, sorted (the order a tool stores them in does not matter).
QString digest(QStringList rows)
{
    rows.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QStringList rowsOf(const QSqlDatabase &db, const char *sql, qint64 assetId, int columns)
{
    QSqlQuery query(db);
    query.prepare(QLatin1String(sql));
    query.addBindValue(assetId);
    QStringList rows;
    if (!query.exec())
        return {QStringLiteral("query failed: ") + query.lastError().text()};
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < columns; ++column)
            row.append(query.value(column).toString());
        rows.append(row.join(QLatin1Char(' ')));
    }
    return rows;
}

} // namespace

QString hostName(int index)
{
    return QStringLiteral("sim-%1").arg(index, 4, 10, QLatin1Char('0'));
}

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

QJsonObject hostDigests(const QSqlDatabase &db, const QList<Asset> &assets)
{
    QJsonObject digests;
    for (const Asset &asset : assets) {
        const QStringList installed = rowsOf(
            db, "SELECT name, architecture, version FROM installed_packages WHERE asset_id = ?", asset.id, 3);
        const QStringList pending =
            rowsOf(db,
                   "SELECT package, architecture, installed_version, available_version "
                   "FROM asset_patches WHERE asset_id = ? AND state = 'missing'",
                   asset.id, 4);
        digests.insert(asset.name, QJsonObject{{QStringLiteral("installed"), digest(installed)},
                                               {QStringLiteral("installedRows"), int(installed.size())},
                                               {QStringLiteral("pending"), digest(pending)},
                                               {QStringLiteral("pendingRows"), int(pending.size())}});
    }
    return digests;
}

Result<ProcessAccounting> startAccounting(const Setup &setup, const QString &name)
{
    return ProcessAccounting::start(QDir(setup.scratch).filePath(name));
}

Status addProcessCounts(ProcessAccounting &accounting, const Setup &setup, QJsonObject *figures,
                        const QList<qint64> &exclude)
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

QByteArray pinnedSshConfig()
{
    return QByteArray("Host *\n    KexAlgorithms ") + KeyExchange + '\n';
}

} // namespace ScanMeasure
