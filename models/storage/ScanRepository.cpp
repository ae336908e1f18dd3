#include "ScanRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "SqlTransaction.h"
#include "StorageError.h"

#include <QHash>

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return StorageError::from(what, query.lastError());
}

// How a patch is named in the audit trail: "openssl amd64 3.0.15-1~deb12u1".
QString patchTarget(const QString &package, const QString &architecture, const QString &version)
{
    return QStringList{package, architecture, version}.join(QLatin1Char(' '));
}

QString patchKey(const QString &package, const QString &architecture, const QString &version)
{
    return package + QLatin1Char('\x1f') + architecture + QLatin1Char('\x1f') + version;
}

} // namespace

QString ScanRepository::assetName(qint64 assetId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM assets WHERE id = ?"));
    query.addBindValue(assetId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString::number(assetId);
}

Result<ScanRepository::Summary> ScanRepository::recordSuccess(const ScanRecord &record)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot store the scan"), m_db.lastError(), m_db);
    if (Status status = writeFacts(record); !status)
        return status.error();
    if (Status status = replaceInstalled(record); !status)
        return status.error();
    auto summary = reconcilePatches(record);
    if (!summary)
        return summary.error();
    if (Status status = writeScanRow(record, summary.value()); !status)
        return status.error();
    if (Status status = writeSnapshot(record, summary.value()); !status)
        return status.error();
    const Summary &s = summary.value();
    const QString details = tr("%1 installed packages, %2 pending updates (%3 security), %4 new, %5 resolved")
                                .arg(s.installed)
                                .arg(s.pending)
                                .arg(s.securityPending)
                                .arg(s.newlyDetected)
                                .arg(s.resolved);
    const QString asset = assetName(record.assetId);
    AuditLog audit(m_db);
    for (const PatchStateChange &change : s.changes) {
        if (Status audited = audit.append(m_actor, change.action, asset + QStringLiteral(": ") + change.patch,
                                          change.details);
            !audited)
            return audited.error();
    }
    if (Status audited = audit.append(m_actor, QStringLiteral("scan.completed"), asset, details); !audited)
        return audited.error();
    if (!transaction.commit())
        return StorageError::from(tr("Cannot store the scan"), m_db.lastError(), m_db);
    return summary;
}

Status ScanRepository::recordFailure(qint64 assetId, const QDateTime &startedAt, const QString &error,
                                     ScanStatus how)
{
    Q_ASSERT(how != ScanStatus::Ok);
    const bool canceled = how == ScanStatus::Canceled;
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot store the scan"), m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status, error) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(assetId);
    query.addBindValue(SqlTime::toValue(startedAt));
    query.addBindValue(SqlTime::now());
    query.addBindValue(storedText(how));
    query.addBindValue(SqlText::bindable(error));
    if (!query.exec())
        return sqlError(tr("Cannot store the scan"), query);
    query.prepare(QStringLiteral("UPDATE assets SET last_scan_error = ?, last_scan_status = ? WHERE id = ?"));
    query.addBindValue(SqlText::bindable(canceled ? tr("Scan canceled") : error));
    query.addBindValue(storedText(how));
    query.addBindValue(assetId);
    if (!query.exec())
        return sqlError(tr("Cannot store the scan"), query);
    const QString action = QStringLiteral("scan.") + storedText(how);
    if (Status audited = AuditLog(m_db).append(m_actor, action, assetName(assetId), error); !audited)
        return audited;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot store the scan"), m_db.lastError(), m_db);
    return {};
}

Status ScanRepository::writeFacts(const ScanRecord &record)
{
    const AssetFacts &f = record.facts;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE assets SET hostname = ?, os_id = ?, os_name = ?, os_version = ?, kernel = ?, architecture = "
        "?, "
        "uptime_seconds = ?, reboot_required = ?, reboot_required_by = ?, package_manager = ?, "
        "last_scan_at = ?, last_scan_error = '', last_scan_status = ?, installed_count = ? WHERE id = ?"));
    query.addBindValue(SqlText::bindable(f.hostname));
    query.addBindValue(SqlText::bindable(f.osId));
    query.addBindValue(SqlText::bindable(f.osName));
    query.addBindValue(SqlText::bindable(f.osVersion));
    query.addBindValue(SqlText::bindable(f.kernel));
    query.addBindValue(SqlText::bindable(f.architecture));
    query.addBindValue(f.uptimeSeconds);
    query.addBindValue(f.rebootRequired ? 1 : 0);
    query.addBindValue(SqlText::bindable(f.rebootRequiredBy.join(QLatin1Char(','))));
    query.addBindValue(SqlText::bindable(f.packageManager));
    query.addBindValue(SqlTime::toValue(record.finishedAt));
    query.addBindValue(storedText(ScanStatus::Ok));
    query.addBindValue(qint64(record.installed.size())); // replaceInstalled writes exactly these rows
    query.addBindValue(record.assetId);
    if (!query.exec())
        return sqlError(tr("Cannot store the asset's facts"), query);
    if (query.numRowsAffected() != 1)
        return Error{tr("The scanned asset no longer exists."), tr("It was removed while the scan ran.")};
    return {};
}

Result<bool> ScanRepository::storedInstalledEqual(const ScanRecord &record) const
{
    // The stored rows come back in primary-key order (name, architecture); the record is put in the same
    // order (dpkg-query's already is, so the sort is a check) and the two are compared as the rows stream in,
    // stopping at the first difference: no copy of the stored rows, no sort of them. Where QString's order
    // and SQLite's byte order could differ (names beyond ASCII), the rows merely compare unequal and are
    // written again, which is what a difference does anyway.
    std::vector<const InstalledPackage *> wanted;
    wanted.reserve(record.installed.size());
    for (const InstalledPackage &package : record.installed)
        wanted.push_back(&package);
    const auto before = [](const InstalledPackage *a, const InstalledPackage *b) {
        const int names = QString::compare(a->name, b->name);
        return names != 0 ? names < 0 : a->architecture < b->architecture;
    };
    if (!std::is_sorted(wanted.begin(), wanted.end(), before))
        std::sort(wanted.begin(), wanted.end(), before);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Byte order on both engines (PostgreSQL would otherwise sort by the database's locale).
    query.prepare(
        SqlDialect::isPostgres(m_db)
            ? QStringLiteral("SELECT name, architecture, version, source FROM installed_packages "
                             "WHERE asset_id = ? ORDER BY name COLLATE \"C\", architecture COLLATE \"C\"")
            : QStringLiteral("SELECT name, architecture, version, source FROM installed_packages "
                             "WHERE asset_id = ? ORDER BY name, architecture"));
    query.addBindValue(record.assetId);
    if (!query.exec())
        return sqlError(tr("Cannot read installed packages"), query);
    std::size_t matched = 0;
    while (query.next()) {
        if (matched == wanted.size())
            return false; // more rows stored than the record has
        const InstalledPackage &package = *wanted[matched++];
        if (query.value(0).toString() != package.name || query.value(1).toString() != package.architecture ||
            query.value(2).toString() != package.version || query.value(3).toString() != package.source)
            return false;
    }
    return matched == wanted.size();
}

Status ScanRepository::replaceInstalled(const ScanRecord &record)
{
    // Reading 2,000 rows back is cheaper than deleting and inserting them again, which held the writer for
    // most of a warm rescan (pw_bench_scan: 24 of its 25 s at 200 hosts).
    const auto same = storedInstalledEqual(record);
    if (!same)
        return same.error();
    if (same.value())
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM installed_packages WHERE asset_id = ?"));
    query.addBindValue(record.assetId);
    if (!query.exec())
        return sqlError(tr("Cannot store installed packages"), query);
    query.prepare(
        QStringLiteral("INSERT INTO installed_packages (asset_id, name, architecture, version, source) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const InstalledPackage &package : record.installed) {
        query.bindValue(0, record.assetId);
        query.bindValue(1, SqlText::bindable(package.name));
        query.bindValue(2, SqlText::bindable(package.architecture));
        query.bindValue(3, SqlText::bindable(package.version));
        query.bindValue(4, SqlText::bindable(package.source));
        if (!query.exec())
            return sqlError(tr("Cannot store installed package %1").arg(package.name), query);
    }
    return {};
}

Result<ScanRepository::Summary> ScanRepository::reconcilePatches(const ScanRecord &record)
{
    Summary summary;
    summary.installed = int(record.installed.size());
    const QString now = SqlTime::toValue(record.finishedAt).toString();

    // What was known for this asset before this scan.
    QHash<QString, std::pair<qint64, QString>> known; // key -> (id, state)
    // A missing patch whose stored row already says what the scan says (its installed version, origin,
    // advisory, classification, severity and CVEs joined as they are written) is not written again: a
    // rescan that finds the same 40 updates then writes no page of asset_patches.
    QHash<qint64, QStringList> missingAsStored;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, package, architecture, available_version, state, installed_version, origin, advisory, "
        "classification, severity, cves, resolved_at IS NULL FROM asset_patches WHERE asset_id = ?"));
    query.addBindValue(record.assetId);
    if (!query.exec())
        return sqlError(tr("Cannot read pending patches"), query);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString state = query.value(4).toString();
        known.insert(
            patchKey(query.value(1).toString(), query.value(2).toString(), query.value(3).toString()),
            {id, state});
        if (state == QLatin1String("missing") && query.value(11).toBool() && !query.isNull(5))
            missingAsStored.insert(id, {query.value(5).toString(), query.value(6).toString(),
                                        query.value(7).toString(), query.value(8).toString(),
                                        query.value(9).toString(), query.value(10).toString()});
    }

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE asset_patches SET installed_version = ?, origin = ?, advisory = ?, "
                                  "classification = ?, severity = ?, cves = ?, state = 'missing', "
                                  "resolved_at = NULL WHERE id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                       "available_version, origin, advisory, classification, severity, cves, state, "
                       "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'missing', ?)"));
    QHash<QString, QString> pendingPackages; // package\x1farch -> offered version
    for (const PendingPatch &p : record.pending) {
        ++summary.pending;
        if (p.classification == PatchClassification::Security)
            ++summary.securityPending;
        const QString key = patchKey(p.package, p.architecture, p.availableVersion);
        pendingPackages.insert(p.package + QLatin1Char('\x1f') + p.architecture, p.availableVersion);
        const auto existing = known.constFind(key);
        if (existing != known.cend()) {
            const auto stored = missingAsStored.constFind(existing->first);
            if (stored != missingAsStored.cend() &&
                *stored == QStringList{SqlText::bindable(p.installedVersion), SqlText::bindable(p.origin),
                                       SqlText::bindable(p.advisory), storedText(p.classification),
                                       storedText(p.severity),
                                       SqlText::bindable(p.cves.join(QLatin1Char(',')))}) {
                known.remove(key);
                continue;
            }
        }
        QSqlQuery &q = existing != known.cend() ? update : insert;
        int i = 0;
        if (existing == known.cend()) {
            q.bindValue(i++, record.assetId);
            q.bindValue(i++, SqlText::bindable(p.package));
            q.bindValue(i++, SqlText::bindable(p.architecture));
        }
        q.bindValue(i++, SqlText::bindable(p.installedVersion));
        if (existing == known.cend())
            q.bindValue(i++, SqlText::bindable(p.availableVersion));
        q.bindValue(i++, SqlText::bindable(p.origin));
        q.bindValue(i++, SqlText::bindable(p.advisory));
        q.bindValue(i++, storedText(p.classification));
        q.bindValue(i++, storedText(p.severity));
        q.bindValue(i++, SqlText::bindable(p.cves.join(QLatin1Char(','))));
        q.bindValue(i++, existing != known.cend() ? QVariant(existing->first) : QVariant(now));
        if (!q.exec())
            return sqlError(tr("Cannot store pending patch %1").arg(p.package), q);
        if (existing == known.cend()) {
            ++summary.newlyDetected;
            summary.changes.push_back(
                {QStringLiteral("patch.detected"), patchTarget(p.package, p.architecture, p.availableVersion),
                 tr("missing (installed %1, %2)")
                     .arg(p.installedVersion.isEmpty() ? tr("nothing") : p.installedVersion,
                          storedText(p.classification))});
        } else if (existing->second != QLatin1String("missing")) {
            summary.changes.push_back({QStringLiteral("patch.reopened"),
                                       patchTarget(p.package, p.architecture, p.availableVersion),
                                       tr("%1 → missing").arg(existing->second)});
        }
        known.remove(key);
    }

    // Patches that were missing and are no longer offered: installed, superseded by a newer one, or gone.
    QHash<QString, QString> installedVersions;
    for (const InstalledPackage &package : record.installed)
        installedVersions.insert(package.name + QLatin1Char('\x1f') + package.architecture, package.version);
    QSqlQuery close(m_db);
    close.prepare(QStringLiteral("UPDATE asset_patches SET state = ?, resolved_at = ? WHERE id = ?"));
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (it->second != QLatin1String("missing"))
            continue;
        const QStringList parts = it.key().split(QLatin1Char('\x1f'));
        const QString packageKey = parts.at(0) + QLatin1Char('\x1f') + parts.at(1);
        QString state = QStringLiteral("resolved");
        if (installedVersions.value(packageKey) == parts.at(2))
            state = QStringLiteral("installed");
        else if (pendingPackages.contains(packageKey))
            state = QStringLiteral("superseded");
        close.bindValue(0, state);
        close.bindValue(1, now);
        close.bindValue(2, it->first);
        if (!close.exec())
            return sqlError(tr("Cannot update patch states"), close);
        ++summary.resolved;
        summary.changes.push_back({QStringLiteral("patch.") + state,
                                   patchTarget(parts.at(0), parts.at(1), parts.at(2)),
                                   tr("missing → %1").arg(state)});
    }
    return summary;
}

Status ScanRepository::writeScanRow(const ScanRecord &record, const Summary &summary)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status, installed_count, "
                       "pending_count, security_pending_count) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.assetId);
    query.addBindValue(SqlTime::toValue(record.startedAt));
    query.addBindValue(SqlTime::toValue(record.finishedAt));
    query.addBindValue(storedText(ScanStatus::Ok));
    query.addBindValue(summary.installed);
    query.addBindValue(summary.pending);
    query.addBindValue(summary.securityPending);
    if (!query.exec())
        return sqlError(tr("Cannot store the scan"), query);
    return {};
}

Status ScanRepository::writeSnapshot(const ScanRecord &record, const Summary &summary)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO compliance_snapshots (asset_id, taken_at, pending_count, "
                                 "security_pending_count, oldest_security_detected_at) "
                                 "SELECT ?, ?, ?, ?, MIN(detected_at) FROM asset_patches "
                                 "WHERE asset_id = ? AND state = 'missing' AND classification = 'security'"));
    query.addBindValue(record.assetId);
    query.addBindValue(SqlTime::toValue(record.finishedAt));
    query.addBindValue(summary.pending);
    query.addBindValue(summary.securityPending);
    query.addBindValue(record.assetId);
    if (!query.exec())
        return sqlError(tr("Cannot store the compliance snapshot"), query);
    return {};
}
