#include "FindingRepository.h"

#include "SqlDialect.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return StorageError::from(what, query.lastError());
}

QString keyOf(const QString &scanner, const ScanFinding &f)
{
    return QStringList{scanner, f.host, f.port, f.pluginId}.join(QLatin1Char('\x1f'));
}

bool sameFinding(const StoredFinding &stored, const QString &report, const FindingRepository::Matched &m)
{
    const ScanFinding &a = stored.finding;
    const ScanFinding &b = m.finding;
    return stored.report == report && stored.assetId == m.assetId && a.hostname == b.hostname &&
           a.address == b.address && a.name == b.name && a.severity == b.severity && a.cvss == b.cvss &&
           a.cvssVector == b.cvssVector && a.cves == b.cves && a.synopsis == b.synopsis &&
           a.solution == b.solution && a.scannedAt == b.scannedAt && a.exploitAvailable == b.exploitAvailable;
}

void bindFinding(QSqlQuery &query, int &position, const QString &report, const FindingRepository::Matched &m)
{
    const ScanFinding &f = m.finding;
    query.bindValue(position++, SqlText::bindable(report));
    query.bindValue(position++, m.assetId > 0 ? QVariant(m.assetId) : QVariant());
    query.bindValue(position++, SqlText::bindable(f.hostname));
    query.bindValue(position++, SqlText::bindable(f.address));
    query.bindValue(position++, SqlText::bindable(f.name));
    query.bindValue(position++, f.severity);
    query.bindValue(position++, f.cvss < 0 ? QVariant() : QVariant(f.cvss));
    query.bindValue(position++, SqlText::bindable(f.cvssVector));
    query.bindValue(position++, SqlText::bindable(f.cves.join(QLatin1Char(','))));
    query.bindValue(position++, SqlText::bindable(f.synopsis));
    query.bindValue(position++, SqlText::bindable(f.solution));
    query.bindValue(position++, SqlTime::toValue(f.scannedAt));
    query.bindValue(position++, f.exploitAvailable ? 1 : 0);
}

} // namespace

Result<ImportCounts> FindingRepository::apply(const QString &scanner, const QString &report,
                                              const QList<Matched> &findings)
{
    auto stored = list();
    if (!stored)
        return stored.error();
    QHash<QString, const StoredFinding *> byKey;
    for (const StoredFinding &f : std::as_const(stored.value())) {
        if (f.scanner == scanner)
            byKey.insert(keyOf(scanner, f.finding), &f);
    }

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE scanner_findings SET report = ?, asset_id = ?, hostname = ?, address = ?, name = ?, "
        "severity = ?, cvss = ?, cvss_vector = ?, cves = ?, synopsis = ?, solution = ?, scanned_at = ?, "
        "exploit_available = ?, "
        "imported_at = ? WHERE id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(SqlDialect::returningId(
        m_db,
        QStringLiteral("INSERT INTO scanner_findings (report, asset_id, hostname, address, name, severity, "
                       "cvss, cvss_vector, cves, synopsis, solution, scanned_at, exploit_available, "
                       "imported_at, scanner, host, port, plugin_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    // The finding's CVEs as rows too (finding_cves), for the cross-host views.
    QSqlQuery forget(m_db);
    forget.prepare(QStringLiteral("DELETE FROM finding_cves WHERE finding_id = ?"));
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO finding_cves (finding_id, cve_id) VALUES (?, ?)"));

    const QString now = SqlTime::now();
    ImportCounts counts;
    QSet<QString> seen;
    for (const Matched &m : findings) {
        const QString key = keyOf(scanner, m.finding);
        if (seen.contains(key)) // the same plugin on the same port twice in one report: keep the first
            continue;
        seen.insert(key);
        const StoredFinding *existing = byKey.value(key);
        if (existing && sameFinding(*existing, report, m)) {
            ++counts.unchanged;
            continue;
        }
        QSqlQuery &query = existing ? update : insert;
        int position = 0;
        bindFinding(query, position, report, m);
        query.bindValue(position++, now);
        if (existing) {
            query.bindValue(position++, existing->id);
        } else {
            query.bindValue(position++, scanner);
            query.bindValue(position++, m.finding.host);
            query.bindValue(position++, SqlText::bindable(m.finding.port));
            query.bindValue(position++, m.finding.pluginId);
        }
        if (!query.exec())
            return sqlError(tr("Cannot store finding %1 on %2").arg(m.finding.pluginId, m.finding.host),
                            query);
        const qint64 id = existing ? existing->id : SqlDialect::insertedId(query);
        forget.bindValue(0, id);
        if (existing && !forget.exec())
            return sqlError(tr("Cannot store finding %1 on %2").arg(m.finding.pluginId, m.finding.host),
                            forget);
        const QSet<QString> cves(m.finding.cves.cbegin(), m.finding.cves.cend());
        for (const QString &cve : cves) {
            link.bindValue(0, id);
            link.bindValue(1, cve);
            if (!link.exec())
                return sqlError(tr("Cannot store finding %1 on %2").arg(m.finding.pluginId, m.finding.host),
                                link);
        }
        if (existing)
            ++counts.changed;
        else
            ++counts.added;
    }
    return counts;
}

Result<QList<StoredFinding>> FindingRepository::list(qint64 assetId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT id, scanner, report, asset_id, host, hostname, address, port, plugin_id, name, severity, "
        "cvss, cvss_vector, cves, synopsis, solution, scanned_at, exploit_available FROM scanner_findings");
    if (assetId > 0)
        sql += QStringLiteral(" WHERE asset_id = ?");
    sql += QStringLiteral(" ORDER BY host, severity DESC, plugin_id");
    query.prepare(sql);
    if (assetId > 0)
        query.bindValue(0, assetId);
    if (!query.exec())
        return sqlError(tr("Cannot read scanner findings"), query);
    QList<StoredFinding> result;
    while (query.next()) {
        StoredFinding s;
        s.id = query.value(0).toLongLong();
        s.scanner = query.value(1).toString();
        s.report = query.value(2).toString();
        s.assetId = query.value(3).isNull() ? 0 : query.value(3).toLongLong();
        ScanFinding &f = s.finding;
        f.host = query.value(4).toString();
        f.hostname = query.value(5).toString();
        f.address = query.value(6).toString();
        f.port = query.value(7).toString();
        f.pluginId = query.value(8).toString();
        f.name = query.value(9).toString();
        f.severity = query.value(10).toInt();
        f.cvss = query.value(11).isNull() ? -1 : query.value(11).toDouble();
        f.cvssVector = query.value(12).toString();
        f.cves = query.value(13).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        f.synopsis = query.value(14).toString();
        f.solution = query.value(15).toString();
        f.scannedAt = SqlTime::fromValue(query.value(16));
        f.exploitAvailable = query.value(17).toInt() != 0;
        result.append(s);
    }
    return result;
}
