#include "MetricSnapshotRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlRow.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

const QStringList &SeverityCounts::bands()
{
    static const QStringList names{QStringLiteral("critical"), QStringLiteral("high"),
                                   QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("none")};
    return names;
}

int SeverityCounts::of(const QString &band) const
{
    switch (bands().indexOf(band)) {
    case 0:
        return critical;
    case 1:
        return high;
    case 2:
        return medium;
    case 3:
        return low;
    case 4:
        return none;
    default:
        return 0;
    }
}

void SeverityCounts::add(const QString &band, int count)
{
    switch (bands().indexOf(band)) {
    case 0:
        critical += count;
        break;
    case 1:
        high += count;
        break;
    case 2:
        medium += count;
        break;
    case 3:
        low += count;
        break;
    default:
        none += count;
        break;
    }
}

int SeverityCounts::total() const
{
    return critical + high + medium + low + none;
}

bool SeverityCounts::operator==(const SeverityCounts &other) const
{
    return critical == other.critical && high == other.high && medium == other.medium && low == other.low &&
           none == other.none;
}

bool MetricSnapshot::operator==(const MetricSnapshot &other) const
{
    return day == other.day && scope == other.scope && rule == other.rule && assets == other.assets &&
           compliantAssets == other.compliantAssets && openPatches == other.openPatches &&
           overduePatches == other.overduePatches &&
           qFuzzyCompare(1 + openRiskScore, 1 + other.openRiskScore) && openKevCves == other.openKevCves &&
           openBySeverity == other.openBySeverity && assetsByWorstSeverity == other.assetsByWorstSeverity;
}

Result<QList<MetricSnapshot>> MetricSnapshotRepository::list(const QString &scope, const QDate &from,
                                                             const QDate &to) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT day, scope, computed_at, assets, compliant_assets, open_patches, "
                       "overdue_patches, open_risk_score, open_kev_cves, open_critical, open_high, "
                       "open_medium, open_low, open_none, assets_critical, assets_high, assets_medium, "
                       "assets_low, assets_none, rule FROM metric_snapshots "
                       "WHERE scope = ? AND day >= ? AND day < ? ORDER BY day"));
    query.addBindValue(SqlText::bindable(scope));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return StorageError::from(tr("Cannot read the metric snapshots"), query.lastError());
    QList<MetricSnapshot> rows;
    while (query.next()) {
        MetricSnapshot row;
        QString day;
        SqlRow(query) >> day >> row.scope >> row.computedAt >> row.assets >> row.compliantAssets >>
            row.openPatches >> row.overduePatches >> row.openRiskScore >> row.openKevCves >>
            row.openBySeverity.critical >> row.openBySeverity.high >> row.openBySeverity.medium >>
            row.openBySeverity.low >> row.openBySeverity.none >> row.assetsByWorstSeverity.critical >>
            row.assetsByWorstSeverity.high >> row.assetsByWorstSeverity.medium >>
            row.assetsByWorstSeverity.low >> row.assetsByWorstSeverity.none >> row.rule;
        row.day = QDate::fromString(day, Qt::ISODate);
        rows.append(row);
    }
    return rows;
}

Status MetricSnapshotRepository::replace(const QString &scope, const QDate &from, const QDate &to,
                                         const QList<MetricSnapshot> &days)
{
    const QString what = tr("Cannot store the metric snapshots");
    for (const MetricSnapshot &day : days) {
        if (day.day < from || day.day >= to || day.scope != scope)
            return Error{tr("The snapshot of %1 is outside the period being recomputed.")
                             .arg(day.day.toString(Qt::ISODate))};
    }
    return WriteTransaction::run(m_db, what, [&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("DELETE FROM metric_snapshots WHERE scope = ? AND day >= ? AND day < ?"));
        query.addBindValue(SqlText::bindable(scope));
        query.addBindValue(from.toString(Qt::ISODate));
        query.addBindValue(to.toString(Qt::ISODate));
        if (!query.exec())
            return StorageError::from(what, query.lastError(), m_db);
        const int replaced = query.numRowsAffected();
        if (Status written = insert(scope, days, what); !written)
            return written;
        const QString subject = QStringLiteral("%1..%2%3")
                                    .arg(from.toString(Qt::ISODate), to.addDays(-1).toString(Qt::ISODate),
                                         scope.isEmpty() ? QString() : QStringLiteral(" ") + scope);
        const QString details = tr("%n day(s) written", nullptr, int(days.size())) + QStringLiteral(", ") +
                                tr("%n replaced", nullptr, qMax(0, replaced));
        return AuditLog(m_db).append(m_actor, QStringLiteral("metrics.recomputed"), subject, details);
    });
}

Status MetricSnapshotRepository::insert(const QString &scope, const QList<MetricSnapshot> &days,
                                        const QString &what) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO metric_snapshots (day, scope, computed_at, assets, compliant_assets, open_patches, "
        "overdue_patches, open_risk_score, open_kev_cves, open_critical, open_high, open_medium, "
        "open_low, "
        "open_none, assets_critical, assets_high, assets_medium, assets_low, assets_none, rule) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const MetricSnapshot &day : days) {
        query.bindValue(0, day.day.toString(Qt::ISODate));
        query.bindValue(1, SqlText::bindable(scope));
        query.bindValue(2, day.computedAt.isValid() ? SqlTime::toValue(day.computedAt)
                                                    : QVariant(SqlTime::now()));
        query.bindValue(3, day.assets);
        query.bindValue(4, day.compliantAssets);
        query.bindValue(5, day.openPatches);
        query.bindValue(6, day.overduePatches);
        query.bindValue(7, day.openRiskScore);
        query.bindValue(8, day.openKevCves);
        query.bindValue(9, day.openBySeverity.critical);
        query.bindValue(10, day.openBySeverity.high);
        query.bindValue(11, day.openBySeverity.medium);
        query.bindValue(12, day.openBySeverity.low);
        query.bindValue(13, day.openBySeverity.none);
        query.bindValue(14, day.assetsByWorstSeverity.critical);
        query.bindValue(15, day.assetsByWorstSeverity.high);
        query.bindValue(16, day.assetsByWorstSeverity.medium);
        query.bindValue(17, day.assetsByWorstSeverity.low);
        query.bindValue(18, day.assetsByWorstSeverity.none);
        query.bindValue(19, day.rule);
        if (!query.exec())
            return StorageError::from(what, query.lastError(), m_db);
    }
    return Status();
}

Result<QDate> MetricSnapshotRepository::newestDay(const QString &scope) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT max(day) FROM metric_snapshots WHERE scope = ?"));
    query.addBindValue(SqlText::bindable(scope));
    if (!query.exec() || !query.next())
        return StorageError::from(tr("Cannot read the metric snapshots"), query.lastError());
    return query.value(0).isNull() ? QDate() : QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

Result<int> MetricSnapshotRepository::appendNew(const QString &scope, const QList<MetricSnapshot> &days)
{
    const QString what = tr("Cannot store the metric snapshots");
    for (const MetricSnapshot &day : days) {
        if (day.scope != scope || !day.day.isValid())
            return Error{tr("The snapshot of %1 is not of the scope being stored.")
                             .arg(day.day.toString(Qt::ISODate))};
    }
    int stored = 0;
    const Status written = WriteTransaction::run(m_db, what, [&]() -> Status {
        if (SqlDialect::isPostgres(m_db)) {
            QSqlQuery lock(m_db);
            lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
            lock.addBindValue(AppendLockKey);
            if (!lock.exec())
                return StorageError::from(what, lock.lastError(), m_db);
        }
        const auto newest = newestDay(scope);
        if (!newest)
            return newest.error();
        QList<MetricSnapshot> fresh;
        for (const MetricSnapshot &day : days) {
            if (!newest.value().isValid() || day.day > newest.value())
                fresh.append(day);
        }
        stored = int(fresh.size());
        if (fresh.isEmpty())
            return Status();
        if (Status inserted = insert(scope, fresh, what); !inserted)
            return inserted;
        const QString subject = QStringLiteral("%1..%2%3")
                                    .arg(fresh.constFirst().day.toString(Qt::ISODate),
                                         fresh.constLast().day.toString(Qt::ISODate),
                                         scope.isEmpty() ? QString() : QStringLiteral(" ") + scope);
        const QString details = tr("%n day(s) stored", nullptr, stored) + QStringLiteral(", ") +
                                tr("rule %1").arg(fresh.constLast().rule);
        return AuditLog(m_db).append(m_actor, QStringLiteral("metrics.snapshotted"), subject, details);
    });
    if (!written)
        return written.error();
    return stored;
}
