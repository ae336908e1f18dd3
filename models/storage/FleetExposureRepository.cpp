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
    " SELECT p.id, p.asset_id, p.package, p.available_version,"
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

// The same exposures reduced to what the By CVE view counts, one row per (CVE, asset): whether a pending
// patch closes it there and when the oldest such patch was detected. Grouping per host first keeps the
// per-CVE aggregate free of COUNT(DISTINCT ...) and of a second look-up of each patch.
const char *const HostExposures =
    "host_exposure AS ("
    " SELECT p.asset_id, c.cve_id, 1 AS patched, p.detected_at"
    " FROM patch_cves c JOIN asset_patches p ON p.id = c.asset_patch_id WHERE p.state = 'missing'"
    " UNION ALL"
    " SELECT v.asset_id, v.cve_id, CASE WHEN p.id IS NULL THEN 0 ELSE 1 END, p.detected_at"
    " FROM asset_vulnerabilities v"
    " LEFT JOIN asset_patches p ON p.id = v.asset_patch_id AND p.state = 'missing'"
    " UNION ALL"
    " SELECT f.asset_id, fc.cve_id, 0, NULL"
    " FROM finding_cves fc JOIN scanner_findings f ON f.id = fc.finding_id),"
    " per_host AS ("
    " SELECT cve_id, asset_id, MAX(patched) AS patched, MIN(detected_at) AS first_detected"
    " FROM host_exposure GROUP BY cve_id, asset_id)";

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
        QStringLiteral("WITH ") + QLatin1String(HostExposures) +
        QStringLiteral(
            ", per_cve AS ("
            " SELECT h.cve_id, COUNT(h.asset_id) AS assets, SUM(h.patched) AS patched,"
            "  MAX(CASE a.criticality WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1"
            "   ELSE 0 END) AS criticality,"
            "  MAX(CASE a.exposure WHEN 'internet' THEN 2 WHEN 'internal' THEN 1 ELSE 0 END) AS exposure,"
            "  MIN(h.first_detected) AS first_detected"
            " FROM per_host h LEFT JOIN assets a ON a.id = h.asset_id"
            " GROUP BY h.cve_id),"
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
        QStringLiteral(
            // Hosts, binaries and versions per update from the pending patches alone; its distinct CVEs
            // apart (one row per update and CVE), so neither aggregate runs over the patch x CVE join.
            ", per_update AS ("
            " SELECT update_name, update_version, by_advisory, MIN(available_version) AS lowest,"
            "  MAX(available_version) AS highest, COUNT(DISTINCT asset_id) AS hosts, %1 AS packages"
            " FROM pending GROUP BY update_name, update_version, by_advisory),"
            " update_cves AS ("
            " SELECT DISTINCT u.update_name, u.update_version, u.by_advisory, c.cve_id"
            " FROM pending u JOIN patch_cves c ON c.asset_patch_id = u.id),"
            " per_update_cves AS ("
            " SELECT uc.update_name, uc.update_version, uc.by_advisory, COUNT(*) AS cves,"
            "  SUM(CASE WHEN v.kev <> 0 THEN 1 ELSE 0 END) AS kev_cves,"
            "  MAX(COALESCE(v.cvss_base, v.cvss4_base)) AS max_cvss, MAX(v.epss) AS max_epss"
            " FROM update_cves uc LEFT JOIN vulnerabilities v ON v.cve_id = uc.cve_id"
            " GROUP BY uc.update_name, uc.update_version, uc.by_advisory)"
            " SELECT u.update_name, u.update_version, u.by_advisory, u.lowest, u.highest, u.hosts, "
            "u.packages,"
            "  COALESCE(c.cves, 0), COALESCE(c.kev_cves, 0), c.max_cvss, c.max_epss"
            " FROM per_update u LEFT JOIN per_update_cves c ON c.update_name = u.update_name"
            "  AND c.update_version = u.update_version AND c.by_advisory = u.by_advisory"
            " ORDER BY u.update_name, u.update_version")
            .arg(distinctList(QStringLiteral("package")));
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
            // Each pending patch's CVEs looked up among the findings' (asset, CVE) pairs, which SQLite holds
            // in a transient index: one probe per patch CVE, not one per patch and finding of its asset.
            // CROSS JOIN keeps SQLite to that order; PostgreSQL plans it as an inner join.
            QStringLiteral("SELECT DISTINCT x.finding_id, p.id, p.package, p.available_version, x.cve_id"
                           " FROM asset_patches p CROSS JOIN patch_cves pc CROSS JOIN ("
                           "  SELECT DISTINCT f.asset_id, fc.cve_id, fc.finding_id"
                           "  FROM finding_cves fc JOIN scanner_findings f ON f.id = fc.finding_id"
                           "  WHERE f.asset_id IS NOT NULL) x"
                           " WHERE p.state = 'missing' AND pc.asset_patch_id = p.id"
                           "  AND x.asset_id = p.asset_id AND x.cve_id = pc.cve_id"
                           " ORDER BY x.finding_id, p.package, p.id, x.cve_id")))
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
    // The pending patches of one update, found through indexes rather than by computing every patch's
    // update (PendingUpdates): an advisory's by asset_patches_advisory; a source package's by its binaries
    // (the row's packages: every binary with a pending patch of that update when the row was read) going
    // to its version, by asset_patches_package, each kept when its installed package's source names the
    // update as PendingUpdates does (the binary's own name when the source is unknown). Installed packages
    // are looked up by their key, never by source: an index on it made every scan write a thousand pages.
    QStringList binaries = update.packages;
    if (binaries.isEmpty())
        binaries.append(update.name); // a row made by hand: its name is the binary's
    QStringList placeholders;
    for (qsizetype i = 0; i < binaries.size(); ++i)
        placeholders.append(QStringLiteral(":b%1").arg(i));
    const QString patchesOfUpdate =
        update.advisory
            ? QStringLiteral("SELECT p.asset_id, p.package, p.installed_version, p.available_version"
                             " FROM asset_patches p"
                             " WHERE p.advisory = :name AND p.advisory <> '' AND p.state = 'missing'")
            : QStringLiteral(
                  "SELECT p.asset_id, p.package, p.installed_version, p.available_version"
                  " FROM asset_patches p LEFT JOIN installed_packages i"
                  "  ON i.asset_id = p.asset_id AND i.name = p.package AND i.architecture = p.architecture"
                  " WHERE p.package IN (%1) AND p.available_version = :version AND p.advisory = ''"
                  "  AND p.state = 'missing' AND COALESCE(NULLIF(i.source, ''), p.package) = :name")
                  .arg(placeholders.join(QStringLiteral(", ")));
    const QString sql =
        QStringLiteral("WITH pending AS (%1)"
                       " SELECT a.id, a.name, a.criticality, %2, MIN(u.installed_version),"
                       "  MAX(u.available_version), a.last_scan_at, a.last_scan_error"
                       " FROM pending u JOIN assets a ON a.id = u.asset_id"
                       " GROUP BY a.id, a.name, a.criticality, a.last_scan_at, a.last_scan_error"
                       " ORDER BY a.name")
            .arg(patchesOfUpdate, distinctList(QStringLiteral("u.package")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":name"), update.name);
    if (!update.advisory) {
        query.bindValue(QStringLiteral(":version"), update.version);
        for (qsizetype i = 0; i < binaries.size(); ++i)
            query.bindValue(placeholders.at(i), binaries.at(i));
    }
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
