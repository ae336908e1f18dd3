#include "FleetExposureRepository.h"

#include "SqlDialect.h"
#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Pending patches with the update each belongs to: an advisory when the platform names one, else the source
// package (installed_packages.source; the binary's own name when unknown) going to one version.
const char *const PendingUpdates =
    "pending AS ("
    " SELECT p.id, p.asset_id, p.package, p.installed_version, p.available_version,"
    "  CASE WHEN p.advisory <> '' THEN p.advisory ELSE COALESCE(NULLIF(i.source, ''), p.package) END"
    "   AS update_name,"
    "  CASE WHEN p.advisory <> '' THEN '' ELSE p.available_version END AS update_version,"
    "  CASE WHEN p.advisory <> '' THEN 1 ELSE 0 END AS by_advisory"
    " FROM asset_patches p"
    " LEFT JOIN installed_packages i"
    "  ON i.asset_id = p.asset_id AND i.name = p.package AND i.architecture = p.architecture"
    " WHERE p.state = 'missing')";

// Every (asset, CVE) exposure with what shows it: a pending patch's CVE, correlation (with the pending
// patch that fixes it, if any), or a scanner finding (asset_id NULL for unmatched hosts).
const char *const Exposures =
    "exposure AS ("
    " SELECT p.asset_id, c.cve_id, p.id AS patch_id, p.package, p.installed_version,"
    "  p.available_version AS pending_version, 0 AS finding"
    " FROM patch_cves c JOIN asset_patches p ON p.id = c.asset_patch_id WHERE p.state = 'missing'"
    " UNION ALL"
    " SELECT v.asset_id, v.cve_id, p.id, v.package, v.installed_version, p.available_version, 0"
    " FROM asset_vulnerabilities v"
    " LEFT JOIN asset_patches p ON p.id = v.asset_patch_id AND p.state = 'missing'"
    " UNION ALL"
    " SELECT f.asset_id, fc.cve_id, NULL, '', '', NULL, 1"
    " FROM finding_cves fc JOIN scanner_findings f ON f.id = fc.finding_id)";

QString joined(const QString &list)
{
    QStringList items = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    items.removeDuplicates();
    items.sort();
    return items.join(QLatin1Char(','));
}

double optionalNumber(const QVariant &value)
{
    return value.isNull() ? -1 : value.toDouble();
}

Criticality criticalityOfRank(int rank)
{
    switch (rank) {
    case 3:
        return Criticality::Critical;
    case 2:
        return Criticality::High;
    case 1:
        return Criticality::Medium;
    default:
        return Criticality::Low;
    }
}

Exposure exposureOfRank(int rank)
{
    return rank >= 2 ? Exposure::Internet : rank == 1 ? Exposure::Internal : Exposure::Isolated;
}

} // namespace

QString FleetExposureRepository::distinctList(const QString &expression) const
{
    return SqlDialect::isPostgres(m_db) ? QStringLiteral("string_agg(DISTINCT %1, ',')").arg(expression)
                                        : QStringLiteral("group_concat(DISTINCT %1)").arg(expression);
}

Result<QList<CveExposure>> FleetExposureRepository::cves() const
{
    const QString sql =
        QStringLiteral("WITH ") + QLatin1String(Exposures) +
        QStringLiteral(
            ", per_cve AS ("
            " SELECT e.cve_id, COUNT(DISTINCT e.asset_id) AS assets,"
            "  COUNT(DISTINCT CASE WHEN e.patch_id IS NOT NULL THEN e.asset_id END) AS patched,"
            "  MAX(CASE a.criticality WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1"
            "   ELSE 0 END) AS criticality,"
            "  MAX(CASE a.exposure WHEN 'internet' THEN 2 WHEN 'internal' THEN 1 ELSE 0 END) AS exposure,"
            "  MIN(p.detected_at) AS first_detected"
            " FROM exposure e LEFT JOIN assets a ON a.id = e.asset_id"
            " LEFT JOIN asset_patches p ON p.id = e.patch_id"
            " GROUP BY e.cve_id),"
            " per_finding AS ("
            " SELECT fc.cve_id, COUNT(*) AS findings, MAX(f.exploit_available) AS exploit,"
            "  MAX(f.cvss) AS scanner_cvss"
            " FROM finding_cves fc JOIN scanner_findings f ON f.id = fc.finding_id GROUP BY fc.cve_id)"
            " SELECT c.cve_id, c.assets, c.patched, c.criticality, c.exposure, c.first_detected,"
            "  COALESCE(pf.findings, 0), COALESCE(pf.exploit, 0), pf.scanner_cvss,"
            "  v.cvss_base, v.cvss_vector, v.cvss4_base, v.cvss4_vector, v.epss, COALESCE(v.kev, 0),"
            "  v.kev_due_date, COALESCE(v.kev_ransomware, 0)"
            " FROM per_cve c LEFT JOIN per_finding pf ON pf.cve_id = c.cve_id"
            " LEFT JOIN vulnerabilities v ON v.cve_id = c.cve_id"
            " ORDER BY c.cve_id");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return StorageError::from(tr("Cannot read the fleet's vulnerabilities"), query.lastError(), m_db);
    QList<CveExposure> result;
    while (query.next()) {
        CveExposure e;
        SqlRow row(query);
        int criticality = 0;
        int exposure = 0;
        row >> e.cveId >> e.assets >> e.patchedAssets >> criticality >> exposure >> e.firstDetected >>
            e.findings >> e.publicExploit;
        e.worstCriticality = criticalityOfRank(criticality);
        e.widestExposure = exposureOfRank(exposure);
        const double scannerCvss = optionalNumber(row.next());
        const double cvss3 = optionalNumber(row.next());
        const QString vector3 = row.next().toString();
        const double cvss4 = optionalNumber(row.next());
        const QString vector4 = row.next().toString();
        e.cvss = cvss3 >= 0 ? cvss3 : cvss4 >= 0 ? cvss4 : scannerCvss;
        e.cvssVector = cvss3 >= 0 ? vector3 : cvss4 >= 0 ? vector4 : QString();
        e.epss = optionalNumber(row.next());
        row >> e.kev;
        e.kevDue = QDate::fromString(row.next().toString(), Qt::ISODate);
        row >> e.ransomware;
        result.append(e);
    }
    return result;
}

Result<QList<UpdateExposure>> FleetExposureRepository::updates() const
{
    const QString sql =
        QStringLiteral("WITH ") + QLatin1String(PendingUpdates) +
        QStringLiteral(" SELECT u.update_name, u.update_version, u.by_advisory, MIN(u.available_version),"
                       "  MAX(u.available_version), COUNT(DISTINCT u.asset_id), %1,"
                       "  COUNT(DISTINCT c.cve_id), COUNT(DISTINCT CASE WHEN v.kev <> 0 THEN c.cve_id END),"
                       "  MAX(COALESCE(v.cvss_base, v.cvss4_base)), MAX(v.epss)"
                       " FROM pending u LEFT JOIN patch_cves c ON c.asset_patch_id = u.id"
                       " LEFT JOIN vulnerabilities v ON v.cve_id = c.cve_id"
                       " GROUP BY u.update_name, u.update_version, u.by_advisory"
                       " ORDER BY u.update_name, u.update_version")
            .arg(distinctList(QStringLiteral("u.package")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return StorageError::from(tr("Cannot read the fleet's pending updates"), query.lastError(), m_db);
    QList<UpdateExposure> result;
    while (query.next()) {
        UpdateExposure u;
        SqlRow row(query);
        QString lowest;
        QString highest;
        row >> u.name >> u.version >> u.advisory >> lowest >> highest >> u.hosts;
        u.packages = joined(row.next().toString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        row >> u.cves >> u.kevCves;
        u.maxCvss = optionalNumber(row.next());
        u.maxEpss = optionalNumber(row.next());
        u.targetVersion = lowest == highest ? highest : lowest + QStringLiteral(" … ") + highest;
        result.append(u);
    }
    return result;
}

Result<QList<FindingExposure>> FleetExposureRepository::findings() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT f.id, f.scanner, f.report, f.asset_id, a.name, f.host, f.hostname, f.address, f.port,"
            " f.plugin_id, f.name, f.severity, f.cvss, f.cvss_vector, f.cves, f.synopsis, f.solution,"
            " f.scanned_at, f.exploit_available"
            " FROM scanner_findings f LEFT JOIN assets a ON a.id = f.asset_id"
            " ORDER BY f.severity DESC, f.host, f.plugin_id, f.port")))
        return StorageError::from(tr("Cannot read scanner findings"), query.lastError(), m_db);
    QList<FindingExposure> result;
    while (query.next()) {
        FindingExposure e;
        ScanFinding &f = e.finding;
        SqlRow row(query);
        row >> e.id >> e.scanner >> e.report;
        const QVariant asset = row.next();
        e.assetId = asset.isNull() ? 0 : asset.toLongLong();
        row >> e.assetName >> f.host >> f.hostname >> f.address >> f.port >> f.pluginId >> f.name >>
            f.severity;
        f.cvss = optionalNumber(row.next());
        row >> f.cvssVector >> f.cves >> f.synopsis >> f.solution >> f.scannedAt >> f.exploitAvailable;
        e.openCves = f.cves;
        result.append(e);
    }
    if (const Status closed = closingPatches(result); !closed)
        return closed.error();
    return result;
}

Status FleetExposureRepository::closingPatches(QList<FindingExposure> &findings) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT fc.finding_id, p.id, p.package, p.available_version, fc.cve_id"
                           " FROM finding_cves fc JOIN scanner_findings f ON f.id = fc.finding_id"
                           " JOIN asset_patches p ON p.asset_id = f.asset_id AND p.state = 'missing'"
                           " JOIN patch_cves pc ON pc.asset_patch_id = p.id AND pc.cve_id = fc.cve_id"
                           " ORDER BY fc.finding_id, p.package, p.id, fc.cve_id")))
        return StorageError::from(tr("Cannot match scanner findings to pending patches"), query.lastError(),
                                  m_db);
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < findings.size(); ++i)
        indexOf.insert(findings.at(i).id, i);
    while (query.next()) {
        const auto index = indexOf.constFind(query.value(0).toLongLong());
        if (index == indexOf.cend())
            continue;
        FindingExposure &finding = findings[*index];
        const qint64 patchId = query.value(1).toLongLong();
        const QString cve = query.value(4).toString();
        if (finding.closedBy.isEmpty() || finding.closedBy.constLast().patchId != patchId)
            finding.closedBy.append(
                ClosingPatch{patchId, query.value(2).toString(), query.value(3).toString(), {}});
        finding.closedBy.last().cves.append(cve);
        finding.openCves.removeAll(cve);
    }
    return {};
}

Result<QList<ExposedHost>> FleetExposureRepository::hostsOfCve(const QString &cveId) const
{
    const QString sql =
        QStringLiteral("WITH ") + QLatin1String(Exposures) +
        QStringLiteral(" SELECT a.id, a.name, a.criticality, %1, MIN(NULLIF(e.installed_version, '')),"
                       "  MAX(e.pending_version), SUM(e.finding), a.last_scan_at, a.last_scan_error"
                       " FROM exposure e JOIN assets a ON a.id = e.asset_id"
                       " WHERE e.cve_id = ?"
                       " GROUP BY a.id, a.name, a.criticality, a.last_scan_at, a.last_scan_error"
                       " ORDER BY a.name")
            .arg(distinctList(QStringLiteral("NULLIF(e.package, '')")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(0, cveId);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the hosts of %1").arg(cveId), query.lastError(), m_db);
    QList<ExposedHost> result;
    while (query.next()) {
        ExposedHost h;
        SqlRow row(query);
        row >> h.assetId >> h.assetName >> h.criticality;
        h.packages = joined(row.next().toString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        row >> h.installedVersion >> h.pendingVersion >> h.findings >> h.lastScanAt >> h.lastScanError;
        if (!row.status())
            return row.status().error();
        result.append(h);
    }
    return result;
}

Result<QList<ExposedHost>> FleetExposureRepository::hostsOfUpdate(const UpdateExposure &update) const
{
    const QString sql =
        QStringLiteral("WITH ") + QLatin1String(PendingUpdates) +
        QStringLiteral(" SELECT a.id, a.name, a.criticality, %1, MIN(u.installed_version),"
                       "  MAX(u.available_version), a.last_scan_at, a.last_scan_error"
                       " FROM pending u JOIN assets a ON a.id = u.asset_id"
                       " WHERE u.update_name = ? AND u.update_version = ? AND u.by_advisory = ?"
                       " GROUP BY a.id, a.name, a.criticality, a.last_scan_at, a.last_scan_error"
                       " ORDER BY a.name")
            .arg(distinctList(QStringLiteral("u.package")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(0, update.name);
    query.bindValue(1, update.advisory ? QString(QLatin1String("")) : update.version);
    query.bindValue(2, update.advisory ? 1 : 0);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the hosts of %1").arg(update.label()), query.lastError(),
                                  m_db);
    QList<ExposedHost> result;
    while (query.next()) {
        ExposedHost h;
        SqlRow row(query);
        row >> h.assetId >> h.assetName >> h.criticality;
        h.packages = joined(row.next().toString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        row >> h.installedVersion >> h.pendingVersion >> h.lastScanAt >> h.lastScanError;
        if (!row.status())
            return row.status().error();
        result.append(h);
    }
    return result;
}
