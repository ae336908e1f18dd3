#include "MetricSnapshotRepository.h"

#include "AuditLog.h"
#include "SqlRow.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

bool MetricSnapshot::operator==(const MetricSnapshot &other) const
{
    return day == other.day && scope == other.scope && assets == other.assets &&
           compliantAssets == other.compliantAssets && openPatches == other.openPatches &&
           overduePatches == other.overduePatches &&
           qFuzzyCompare(1 + openRiskScore, 1 + other.openRiskScore) && openKevCves == other.openKevCves;
}

Result<QList<MetricSnapshot>> MetricSnapshotRepository::list(const QString &scope, const QDate &from,
                                                             const QDate &to) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT day, scope, computed_at, assets, compliant_assets, open_patches, "
                                 "overdue_patches, open_risk_score, open_kev_cves FROM metric_snapshots "
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
            row.openPatches >> row.overduePatches >> row.openRiskScore >> row.openKevCves;
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
        query.prepare(QStringLiteral(
            "INSERT INTO metric_snapshots (day, scope, computed_at, assets, compliant_assets, open_patches, "
            "overdue_patches, open_risk_score, open_kev_cves) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
            if (!query.exec())
                return StorageError::from(what, query.lastError(), m_db);
        }
        const QString subject = QStringLiteral("%1..%2%3")
                                    .arg(from.toString(Qt::ISODate), to.addDays(-1).toString(Qt::ISODate),
                                         scope.isEmpty() ? QString() : QStringLiteral(" ") + scope);
        const QString details = tr("%n day(s) written", nullptr, int(days.size())) + QStringLiteral(", ") +
                                tr("%n replaced", nullptr, qMax(0, replaced));
        return AuditLog(m_db).append(m_actor, QStringLiteral("metrics.recomputed"), subject, details);
    });
}
