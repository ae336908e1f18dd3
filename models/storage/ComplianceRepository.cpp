#include "ComplianceRepository.h"

#include "StorageError.h"

#include "domain/UtcTime.h"
#include "SqlTime.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

Result<QList<ComplianceStatus>> ComplianceRepository::currentStatus() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.name, a.criticality, a.last_scan_at, a.reboot_required, "
            "(SELECT COUNT(*) FROM asset_patches p WHERE p.asset_id = a.id AND p.state = 'missing'), "
            "(SELECT COUNT(*) FROM asset_patches p WHERE p.asset_id = a.id AND p.state = 'missing' "
            " AND p.classification = 'security'), "
            "(SELECT MIN(p.detected_at) FROM asset_patches p WHERE p.asset_id = a.id AND p.state = 'missing' "
            " AND p.classification = 'security'), "
            "a.transport, a.last_scan_error, a.last_scan_status "
            "FROM assets a ORDER BY a.name")))
        return StorageError::from(tr("Cannot read compliance"), query.lastError(), m_db);
    QList<ComplianceStatus> rows;
    while (query.next()) {
        ComplianceStatus s;
        s.assetId = query.value(0).toLongLong();
        s.assetName = query.value(1).toString();
        s.criticality = query.value(2).toString();
        s.lastScanAt = SqlTime::fromValue(query.value(3));
        s.rebootRequired = query.value(4).toInt() != 0;
        s.pending = query.value(5).toInt();
        s.securityPending = query.value(6).toInt();
        s.oldestSecurityDetectedAt = SqlTime::fromValue(query.value(7));
        s.inventoryOnly = query.value(8).toString() == QLatin1String("none");
        if (query.value(10).toString() == QLatin1String("failed"))
            s.lastScanError = query.value(9).toString();
        rows.append(s);
    }
    return rows;
}

Result<QList<CompliancePoint>> ComplianceRepository::history(int days) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT asset_id, taken_at, pending_count, security_pending_count "
                                 "FROM compliance_snapshots WHERE taken_at >= ? ORDER BY taken_at"));
    query.addBindValue(SqlTime::toValue(QDateTime::currentDateTimeUtc().addDays(-days)));
    if (!query.exec())
        return StorageError::from(tr("Cannot read compliance history"), query.lastError(), m_db);

    // Carry each asset's latest known state forward day by day.
    QMap<QDate, QHash<qint64, std::pair<int, int>>> byDay;
    QHash<qint64, std::pair<int, int>> latest;
    while (query.next()) {
        const QDate day = SqlTime::fromValue(query.value(1)).date();
        latest.insert(query.value(0).toLongLong(), {query.value(2).toInt(), query.value(3).toInt()});
        byDay[day] = latest;
    }
    QList<CompliancePoint> points;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        CompliancePoint point;
        point.at = UtcTime::at(it.key(), QTime(12, 0));
        for (const auto &[pending, security] : it.value()) {
            ++point.assetsScanned;
            point.pending += pending;
            point.securityPending += security;
            if (security == 0)
                ++point.assetsCompliant;
        }
        points.append(point);
    }
    return points;
}
