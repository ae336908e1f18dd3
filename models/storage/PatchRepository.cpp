#include "PatchRepository.h"

#include "StorageError.h"

#include "SqlRow.h"
#include "TextPool.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QList<AssetPatch>> PatchRepository::list(const Filter &filter) const
{
    QString from = QStringLiteral("FROM asset_patches p JOIN assets a ON a.id = p.asset_id WHERE 1 = 1");
    if (!filter.assetName.isEmpty())
        from += QStringLiteral(" AND a.name = :asset");
    if (filter.state)
        from += QStringLiteral(" AND p.state = :state");
    const auto prepared = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        query.prepare(sql);
        if (!filter.assetName.isEmpty())
            query.bindValue(QStringLiteral(":asset"), filter.assetName);
        if (filter.state)
            query.bindValue(QStringLiteral(":state"), storedText(*filter.state));
        return query.exec();
    };

    // The count first, so the list is allocated once at its size: grown row by row, 400,000 rows ended in a
    // block for 524,288 (80 MB unused) after holding the last two blocks at once (a third more at the peak).
    QSqlQuery count(m_db);
    if (!prepared(count, QStringLiteral("SELECT count(*) ") + from) || !count.next())
        return StorageError::from(tr("Cannot read patches"), count.lastError(), m_db);
    QList<AssetPatch> patches;
    patches.reserve(count.value(0).toLongLong());
    count.finish();

    QSqlQuery query(m_db);
    if (!prepared(query,
                  QStringLiteral("SELECT p.id, p.asset_id, a.name, p.package, p.architecture, "
                                 "p.installed_version, p.available_version, p.origin, p.advisory, "
                                 "p.classification, p.severity, p.cves, p.state, p.detected_at ") +
                      from +
                      QStringLiteral(" ORDER BY a.name, CASE p.classification WHEN 'security' THEN 0 ELSE 1 "
                                     "END, p.package")))
        return StorageError::from(tr("Cannot read patches"), query.lastError(), m_db);
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
        pool.shareWhole(p.cves);
        patches.append(std::move(patch));
    }
    return patches;
}
