#include "CorrelationRepository.h"

#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return StorageError::from(what, query.lastError());
}

} // namespace

Result<QList<CorrelationRepository::AssetSystem>> CorrelationRepository::assets() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, os_id, os_version FROM assets ORDER BY id")))
        return sqlError(tr("Cannot read assets"), query);
    QList<AssetSystem> result;
    while (query.next()) {
        AssetSystem asset;
        asset.id = query.value(0).toLongLong();
        asset.name = query.value(1).toString();
        asset.osId = query.value(2).toString();
        asset.osVersion = query.value(3).toString();
        result.append(asset);
    }
    return result;
}

Status CorrelationRepository::forEachInstalled(
    const std::function<void(qint64 assetId, const InstalledPackage &)> &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT asset_id, name, version, architecture, source "
                                   "FROM installed_packages ORDER BY asset_id")))
        return sqlError(tr("Cannot read installed packages"), query);
    InstalledPackage package;
    while (query.next()) {
        package.name = query.value(1).toString();
        package.version = query.value(2).toString();
        package.architecture = query.value(3).toString();
        package.source = query.value(4).toString();
        visit(query.value(0).toLongLong(), package);
    }
    return {};
}

Result<QList<CorrelationRepository::MissingPatch>> CorrelationRepository::missingPatches() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, asset_id, package, architecture, available_version, advisory, "
                                   "cves FROM asset_patches WHERE state = 'missing' ORDER BY asset_id, id")))
        return sqlError(tr("Cannot read missing patches"), query);
    QList<MissingPatch> result;
    while (query.next()) {
        MissingPatch patch;
        patch.id = query.value(0).toLongLong();
        patch.assetId = query.value(1).toLongLong();
        patch.package = query.value(2).toString();
        patch.architecture = query.value(3).toString();
        patch.availableVersion = query.value(4).toString();
        patch.advisory = query.value(5).toString();
        patch.cves = query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        result.append(patch);
    }
    return result;
}

Status CorrelationRepository::clear()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM asset_vulnerabilities")))
        return sqlError(tr("Cannot clear asset vulnerabilities"), query);
    if (!query.exec(QStringLiteral("DELETE FROM patch_cves WHERE asset_patch_id IN "
                                   "(SELECT id FROM asset_patches WHERE state = 'missing')")))
        return sqlError(tr("Cannot clear the CVEs of missing patches"), query);
    return {};
}

Status CorrelationRepository::insert(const QList<AssetVulnerability> &vulnerabilities,
                                     const QList<PatchCve> &patchCves)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO asset_vulnerabilities (asset_id, cve_id, package, installed_version, fixed_version, "
        "advisory_id, asset_patch_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const AssetVulnerability &v : vulnerabilities) {
        insert.bindValue(0, v.assetId);
        insert.bindValue(1, v.cveId);
        insert.bindValue(2, v.package);
        insert.bindValue(3, v.installedVersion);
        insert.bindValue(4, v.fixedVersion.isNull() ? QStringLiteral("") : v.fixedVersion);
        insert.bindValue(5, v.advisoryId.isNull() ? QStringLiteral("") : v.advisoryId);
        insert.bindValue(6, v.assetPatchId > 0 ? QVariant(v.assetPatchId) : QVariant());
        if (!insert.exec())
            return sqlError(tr("Cannot store %1 on asset %2").arg(v.cveId).arg(v.assetId), insert);
    }
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO patch_cves (asset_patch_id, cve_id, source) VALUES (?, ?, ?)"));
    for (const PatchCve &p : patchCves) {
        link.bindValue(0, p.assetPatchId);
        link.bindValue(1, p.cveId);
        link.bindValue(2, p.source);
        if (!link.exec())
            return sqlError(tr("Cannot link %1 to patch %2").arg(p.cveId).arg(p.assetPatchId), link);
    }
    return {};
}

Result<QHash<qint64, QList<PatchCve>>>
CorrelationRepository::patchCves(const QList<qint64> &assetPatchIds) const
{
    QHash<qint64, QList<PatchCve>> result;
    QSet<qint64> wanted(assetPatchIds.cbegin(), assetPatchIds.cend());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT asset_patch_id, cve_id, source FROM patch_cves")))
        return sqlError(tr("Cannot read the CVEs of patches"), query);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!wanted.contains(id))
            continue;
        result[id].append(PatchCve{id, query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

Result<QList<AssetVulnerability>> CorrelationRepository::vulnerabilities(const QString &assetName) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT v.asset_id, a.name, v.cve_id, v.package, v.installed_version, "
                       "v.fixed_version, v.advisory_id, "
                       "v.asset_patch_id FROM asset_vulnerabilities v JOIN assets a ON a.id = v.asset_id");
    if (!assetName.isEmpty())
        sql += QStringLiteral(" WHERE a.name = ?");
    sql += QStringLiteral(" ORDER BY a.name, v.cve_id, v.package");
    query.prepare(sql);
    if (!assetName.isEmpty())
        query.bindValue(0, assetName);
    if (!query.exec())
        return sqlError(tr("Cannot read asset vulnerabilities"), query);
    QList<AssetVulnerability> result;
    while (query.next()) {
        AssetVulnerability v;
        v.assetId = query.value(0).toLongLong();
        v.assetName = query.value(1).toString();
        v.cveId = query.value(2).toString();
        v.package = query.value(3).toString();
        v.installedVersion = query.value(4).toString();
        v.fixedVersion = query.value(5).toString();
        v.advisoryId = query.value(6).toString();
        v.assetPatchId = query.value(7).isNull() ? 0 : query.value(7).toLongLong();
        result.append(v);
    }
    return result;
}
