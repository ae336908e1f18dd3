#include "PatchRepository.h"

#include "StorageError.h"

#include "SqlRow.h"
#include "TextPool.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Assets first, by name, then each one's patches: SQLite keeps a CROSS JOIN's order as written, so the
// assets' name index gives the rows in the listing's first sort key and only each asset's few patches are
// sorted (a temporary b-tree for the right part of the ORDER BY). Joined the other way round, the 412,642
// pending patches of a 100,000-asset fleet were sorted whole, in memory (SQLCipher keeps temporary tables
// there, TEMP_STORE=2): 100 MB at the Patches pane's reload, and slower (sqlcipher shell: 4.2 -> 3.5 s).
QString fromClause(const PatchRepository::Filter &filter)
{
    QString from = QStringLiteral("FROM assets a CROSS JOIN asset_patches p WHERE p.asset_id = a.id");
    if (!filter.assetName.isEmpty())
        from += QStringLiteral(" AND a.name = :asset");
    if (filter.state)
        from += QStringLiteral(" AND p.state = :state");
    return from;
}

bool run(QSqlQuery &query, const PatchRepository::Filter &filter, const QString &sql)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!filter.assetName.isEmpty())
        query.bindValue(QStringLiteral(":asset"), filter.assetName);
    if (filter.state)
        query.bindValue(QStringLiteral(":state"), storedText(*filter.state));
    return query.exec();
}

} // namespace

Result<QList<AssetPatch>> PatchRepository::list(const Filter &filter) const
{
    // The count first, so the list is allocated once at its size: grown row by row, 400,000 rows ended in a
    // block for 524,288 (80 MB unused) after holding the last two blocks at once (a third more at the peak).
    QSqlQuery count(m_db);
    if (!run(count, filter, QStringLiteral("SELECT count(*) ") + fromClause(filter)) || !count.next())
        return StorageError::from(tr("Cannot read patches"), count.lastError(), m_db);
    const qsizetype rows = count.value(0).toLongLong();
    count.finish();
    QList<AssetPatch> patches;
    if (const Status read =
            readInSlices(filter, std::max<qsizetype>(1, rows),
                         [&patches](QList<AssetPatch> &slice) {
                             if (patches.isEmpty())
                                 patches = std::move(slice);
                             else
                                 patches.append(std::move(slice)); // rows added since the count
                         });
        !read)
        return read.error();
    return patches;
}

QString PatchRepository::listStatement(const Filter &filter)
{
    return QStringLiteral("SELECT p.id, p.asset_id, a.name, p.package, p.architecture, p.installed_version, "
                          "p.available_version, p.origin, p.advisory, p.classification, p.severity, p.cves, "
                          "p.state, p.detected_at ") +
           fromClause(filter) +
           QStringLiteral(" ORDER BY a.name, CASE p.classification WHEN 'security' THEN 0 ELSE 1 END, "
                          "p.package, p.id");
}

Status PatchRepository::readInSlices(const Filter &filter, qsizetype sliceRows, const Slice &take) const
{
    QSqlQuery query(m_db);
    if (!run(query, filter, listStatement(filter)))
        return StorageError::from(tr("Cannot read patches"), query.lastError(), m_db);
    // A fleet repeats the same asset names, packages, versions, origins, advisories and CVEs on many rows:
    // each distinct text is kept once and shared by the rows (400,000 rows name a few thousand packages),
    // across slices too.
    TextPool pool;
    QList<AssetPatch> slice;
    while (query.next()) {
        if (slice.isEmpty() && slice.capacity() < sliceRows)
            slice.reserve(sliceRows);
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
        slice.append(std::move(patch));
        if (slice.size() >= sliceRows) {
            take(slice);
            slice = QList<AssetPatch>();
        }
    }
    if (!slice.isEmpty())
        take(slice);
    return {};
}
