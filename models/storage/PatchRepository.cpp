#include "PatchRepository.h"

#include "StorageError.h"

#include "SqlRow.h"
#include "TextPool.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QList<AssetPatch>> PatchRepository::list(const Filter &filter) const
{
    QString sql =
        QStringLiteral("SELECT p.id, p.asset_id, a.name, p.package, p.architecture, p.installed_version, "
                       "p.available_version, "
                       "p.origin, p.advisory, p.classification, p.severity, p.cves, p.state, p.detected_at "
                       "FROM asset_patches p JOIN assets a ON a.id = p.asset_id WHERE 1 = 1");
    if (!filter.assetName.isEmpty())
        sql += QStringLiteral(" AND a.name = :asset");
    if (filter.state)
        sql += QStringLiteral(" AND p.state = :state");
    sql += QStringLiteral(
        " ORDER BY a.name, CASE p.classification WHEN 'security' THEN 0 ELSE 1 END, p.package");

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!filter.assetName.isEmpty())
        query.bindValue(QStringLiteral(":asset"), filter.assetName);
    if (filter.state)
        query.bindValue(QStringLiteral(":state"), storedText(*filter.state));
    if (!query.exec())
        return StorageError::from(tr("Cannot read patches"), query.lastError(), m_db);
    QList<AssetPatch> patches;
    // A fleet repeats the same asset names, packages, versions, origins, advisories and CVEs on many rows:
    // each distinct text is kept once and shared by the rows (400,000 rows name a few thousand packages).
    TextPool pool;
    while (query.next()) {
        AssetPatch patch;
        PendingPatch &p = patch.patch;
        SqlRow row(query);
        row >> patch.id >> patch.assetId >> patch.assetName >> p.package >> p.architecture >>
            p.installedVersion >> p.availableVersion >> p.origin >> p.advisory >> p.classification >>
            p.severity >> p.cves >> patch.state >> patch.detectedAt;
        if (!row.status())
            return row.status().error();
        for (QString *text : {&patch.assetName, &p.package, &p.architecture, &p.installedVersion,
                              &p.availableVersion, &p.origin, &p.advisory})
            pool.share(*text);
        pool.share(p.cves);
        patches.append(std::move(patch));
    }
    return patches;
}
