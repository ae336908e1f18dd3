#include "PatchRepository.h"

#include "SqlTime.h"

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
    if (!filter.state.isEmpty())
        sql += QStringLiteral(" AND p.state = :state");
    sql += QStringLiteral(
        " ORDER BY a.name, CASE p.classification WHEN 'security' THEN 0 ELSE 1 END, p.package");

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!filter.assetName.isEmpty())
        query.bindValue(QStringLiteral(":asset"), filter.assetName);
    if (!filter.state.isEmpty())
        query.bindValue(QStringLiteral(":state"), filter.state);
    if (!query.exec())
        return Error{tr("Cannot read patches: %1").arg(query.lastError().text()), {}};
    QList<AssetPatch> patches;
    while (query.next()) {
        AssetPatch row;
        row.id = query.value(0).toLongLong();
        row.assetId = query.value(1).toLongLong();
        row.assetName = query.value(2).toString();
        row.patch.package = query.value(3).toString();
        row.patch.architecture = query.value(4).toString();
        row.patch.installedVersion = query.value(5).toString();
        row.patch.availableVersion = query.value(6).toString();
        row.patch.origin = query.value(7).toString();
        row.patch.advisory = query.value(8).toString();
        classificationFromString(query.value(9).toString(), &row.patch.classification);
        severityFromString(query.value(10).toString(), &row.patch.severity);
        row.patch.cves = query.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        row.state = query.value(12).toString();
        row.detectedAt = SqlTime::fromValue(query.value(13));
        patches.append(row);
    }
    return patches;
}
