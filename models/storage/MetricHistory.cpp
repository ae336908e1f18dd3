#include "MetricHistory.h"

#include "domain/Asset.h"

#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"
#include "TextPool.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace {

bool run(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    return query.exec(sql);
}

// The few distinct words a column holds (a scan's status, a deployment's state, ring and kind), each kept
// once and shared by every row that has it, instead of a copy per row (a million scans at fleet size).
class SharedWords
{
public:
    QString operator()(const QString &word)
    {
        const auto found = m_words.constFind(word);
        if (found != m_words.cend())
            return *found;
        m_words.insert(word);
        return word;
    }

private:
    QSet<QString> m_words;
};

} // namespace

Result<QList<MetricHistory::AssetRow>> MetricHistory::assets() const
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT id, name, ring, criticality, tags, os_id, package_manager, created_at, "
                            "transport FROM assets ORDER BY name")))
        return StorageError::from(tr("Cannot read the assets"), query.lastError());
    // A fleet's assets repeat a few rings, criticalities, tag lists, OS ids and platforms: each distinct
    // text kept once (100,000 assets: 4 texts an asset, read into a block of their own each).
    TextPool pool;
    QList<AssetRow> rows;
    while (query.next()) {
        AssetRow row;
        QString transport;
        SqlRow(query) >> row.id >> row.name >> row.ring >> row.criticality >> row.tags >> row.osId >>
            row.platform >> row.createdAt >> transport;
        row.inventoryOnly = transport == storedText(Transport::None);
        for (QString *text : {&row.ring, &row.criticality, &row.osId, &row.platform})
            pool.share(*text);
        pool.shareWhole(row.tags);
        rows.append(std::move(row));
    }
    rows.squeeze(); // appended: up to twice the rows' size reserved
    return rows;
}

Result<QList<MetricHistory::PatchRow>> MetricHistory::patchPage(qint64 afterId, int limit,
                                                                const QDateTime &resolvedSince,
                                                                const QDateTime &detectedBefore) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Only the columns the metrics and the risk score read: no architecture, installed version, origin or
    // advisory; the asset's name comes from assets().
    QString window = resolvedSince.isValid()
                         ? QStringLiteral("AND (resolved_at IS NULL OR resolved_at >= ?) ")
                         : QString();
    if (detectedBefore.isValid())
        window += QStringLiteral("AND detected_at < ? ");
    query.prepare(QStringLiteral("SELECT id, asset_id, package, available_version, classification, severity, "
                                 "cves, state, detected_at, resolved_at FROM asset_patches WHERE id > ? ") +
                  window + QStringLiteral("ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    if (resolvedSince.isValid())
        query.addBindValue(SqlTime::toValue(resolvedSince));
    if (detectedBefore.isValid())
        query.addBindValue(SqlTime::toValue(detectedBefore));
    query.addBindValue(limit);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the patch history"), query.lastError());
    QList<PatchRow> rows;
    while (query.next()) {
        PatchRow row;
        AssetPatch &p = row.patch;
        SqlRow read(query);
        read >> p.id >> p.assetId >> p.patch.package >> p.patch.availableVersion >> p.patch.classification >>
            p.patch.severity >> p.patch.cves >> p.state >> p.detectedAt >> row.resolvedAt;
        if (!read.status())
            return Error{tr("Cannot read patch #%1: %2").arg(p.id).arg(read.status().error().message)};
        rows.append(std::move(row));
    }
    return rows;
}

Result<QDateTime> MetricHistory::firstDetected() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MIN(detected_at) FROM asset_patches")) || !query.next())
        return StorageError::from(tr("Cannot read the patch history"), query.lastError());
    if (query.value(0).isNull())
        return QDateTime();
    QDateTime first;
    SqlRow read(query);
    read >> first;
    if (!read.status())
        return read.status().error();
    return first;
}

QString MetricHistory::scansStatement(bool since, bool before)
{
    // From a moment on, asset by asset down scans_asset_finished: a range of each asset's entries, not a
    // read of every scan (at 100,000 assets, 30 days of 5.2 M scans: 0.7 s against 1.4 s in the sqlcipher
    // shell). The whole history, or all before a moment, is one pass over the table.
    if (!since)
        return QStringLiteral("SELECT id, asset_id, finished_at, status FROM scans") +
               (before ? QStringLiteral(" WHERE finished_at < ?") : QString());
    return QStringLiteral("SELECT s.id, s.asset_id, s.finished_at, s.status FROM assets a CROSS JOIN scans s "
                          "WHERE s.asset_id = a.id AND s.finished_at >= ?") +
           (before ? QStringLiteral(" AND s.finished_at < ?") : QString());
}

Result<QList<MetricHistory::ScanRow>> MetricHistory::scansSince(const QDateTime &since,
                                                                const QDateTime &before) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(scansStatement(since.isValid(), before.isValid()));
    if (since.isValid())
        query.addBindValue(SqlTime::toValue(since));
    if (before.isValid())
        query.addBindValue(SqlTime::toValue(before));
    if (!query.exec())
        return StorageError::from(tr("Cannot read the scan history"), query.lastError());
    QList<ScanRow> rows;
    SharedWords shared;
    while (query.next()) {
        ScanRow row;
        SqlRow(query) >> row.id >> row.assetId >> row.finishedAt >> row.status;
        row.status = shared(row.status);
        rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return StorageError::from(tr("Cannot read the scan history"), query.lastError());
    return rows;
}

QString MetricHistory::lastScansStatement()
{
    // Binds: the moment, the good status, the moment.
    return QStringLiteral(
        "SELECT a.id, s.finished_at, s.status, "
        "(SELECT o.finished_at FROM scans o WHERE o.asset_id = a.id AND o.finished_at < ? AND o.status = ? "
        "ORDER BY o.finished_at DESC LIMIT 1) "
        "FROM assets a JOIN scans s ON s.id = (SELECT x.id FROM scans x WHERE x.asset_id = a.id "
        "AND x.finished_at < ? ORDER BY x.finished_at DESC, x.id DESC LIMIT 1)");
}

Result<QList<MetricHistory::LastScan>> MetricHistory::lastScansBefore(const QDateTime &before) const
{
    // Per asset, two walks down scans_asset_finished from `before` backwards: the first entry, and the first
    // good one. Before schema 18 this read every scan before the moment (5.2 M at 100,000 assets: 8.3 s);
    // the statement is plain SQL both SQLite and PostgreSQL plan as a lookup per asset.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(lastScansStatement());
    const QVariant moment = SqlTime::toValue(before);
    query.addBindValue(moment);
    query.addBindValue(QStringLiteral("ok"));
    query.addBindValue(moment);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the scan history"), query.lastError());
    QList<LastScan> rows;
    SharedWords shared;
    while (query.next()) {
        LastScan row;
        SqlRow(query) >> row.assetId >> row.finishedAt >> row.status >> row.lastOkAt;
        row.status = shared(row.status);
        rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return StorageError::from(tr("Cannot read the scan history"), query.lastError());
    return rows;
}

Result<QList<MetricHistory::DeploymentRow>> MetricHistory::deployments() const
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT d.id, d.change_request_id, d.asset_id, d.ring, d.state, "
                                   "COALESCE(r.kind, 'deploy'), d.finished_at FROM deployments d "
                                   "LEFT JOIN deployment_runs r ON r.id = d.run_id ORDER BY d.id")))
        return StorageError::from(tr("Cannot read the deployment history"), query.lastError());
    QList<DeploymentRow> rows;
    SharedWords shared;
    while (query.next()) {
        DeploymentRow row;
        SqlRow(query) >> row.id >> row.changeId >> row.assetId >> row.ring >> row.state >> row.kind >>
            row.finishedAt;
        row.ring = shared(row.ring);
        row.state = shared(row.state);
        row.kind = shared(row.kind);
        rows.append(std::move(row));
    }
    return rows;
}

Result<QSet<QString>> MetricHistory::kevCves() const
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT cve_id FROM vulnerabilities WHERE kev <> 0")))
        return StorageError::from(tr("Cannot read the KEV catalog"), query.lastError());
    QSet<QString> cves;
    while (query.next())
        cves.insert(query.value(0).toString());
    return cves;
}
