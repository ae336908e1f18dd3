#include "ComplianceTableModel.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

#include <QColor>

QString ComplianceTableModel::statusOf(const ComplianceStatus &status)
{
    // A host the console cannot see is a visibility gap, never "compliant" with 0 pending.
    if (status.inventoryOnly)
        return tr("inventory only");
    if (!status.lastScanError.isEmpty())
        return tr("unknown: last scan failed");
    if (!status.lastScanAt.isValid())
        return tr("not scanned");
    return status.securityPending == 0 ? tr("compliant") : tr("non-compliant");
}

QString ComplianceTableModel::header(int column) const
{
    switch (column) {
    case Asset:
        return tr("Asset");
    case Criticality:
        return tr("Criticality");
    case Status:
        return tr("Status");
    case SecurityPending:
        return tr("Security pending");
    case Pending:
        return tr("All pending");
    case OldestSecurity:
        return tr("Oldest security gap");
    case Reboot:
        return tr("Reboot");
    case LastScan:
        return tr("Last scan");
    }
    return {};
}

QVariant ComplianceTableModel::display(const ComplianceStatus &status, int column) const
{
    switch (column) {
    case Asset:
        return status.assetName;
    case Criticality:
        return status.criticality;
    case Status:
        return statusOf(status);
    case SecurityPending:
    case Pending: {
        const int count = column == Pending ? status.pending : status.securityPending;
        if (!status.lastScanAt.isValid() && (status.inventoryOnly || !status.lastScanError.isEmpty()))
            return tr("unknown");
        return count;
    }
    case OldestSecurity:
        return DisplayFormat::age(status.oldestSecurityDetectedAt);
    case Reboot:
        return status.rebootRequired ? tr("required") : tr("no");
    case LastScan:
        return DisplayFormat::dateTime(status.lastScanAt);
    }
    return {};
}

QVariant ComplianceTableModel::sortValue(const ComplianceStatus &status, int column) const
{
    switch (column) {
    case SecurityPending:
    case Pending: {
        const QVariant shown = display(status, column);
        return shown.typeId() == QMetaType::Int ? shown : QVariant(-1);
    }
    case OldestSecurity:
        return status.oldestSecurityDetectedAt.isValid() ? status.oldestSecurityDetectedAt
                                                         : QDateTime::currentDateTimeUtc().addYears(100);
    case LastScan:
        return status.lastScanAt;
    default:
        return display(status, column);
    }
}

QVariant ComplianceTableModel::decorate(const ComplianceStatus &status, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Status && !status.lastScanError.isEmpty())
        return status.lastScanError;
    if (role == Qt::ForegroundRole && column == Status) {
        if (!status.lastScanError.isEmpty())
            return StatusTone::colour(StatusTone::Danger);
        if (!status.lastScanAt.isValid() || status.inventoryOnly)
            return StatusTone::colour(StatusTone::Muted);
        return status.securityPending == 0 ? StatusTone::colour(StatusTone::Good)
                                           : StatusTone::colour(StatusTone::Danger);
    }
    if (role == Qt::TextAlignmentRole && (column == SecurityPending || column == Pending))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ComplianceTableModel::details(const ComplianceStatus &status) const
{
    const QList<std::pair<QString, QString>> rows{
        {tr("Status"), DisplayFormat::escaped(statusOf(status))},
        {tr("Rule"), tr("Compliant when the latest scan finds no pending security update.")},
        {tr("Security updates pending"), QString::number(status.securityPending)},
        {tr("All updates pending"), QString::number(status.pending)},
        {tr("Oldest security gap"),
         DisplayFormat::dateTime(status.oldestSecurityDetectedAt) + QStringLiteral(" (") +
             DisplayFormat::age(status.oldestSecurityDetectedAt) + QLatin1Char(')')},
        {tr("Last scan"), DisplayFormat::dateTime(status.lastScanAt)},
    };
    return QStringLiteral("<h3>") + DisplayFormat::escaped(status.assetName) + QStringLiteral("</h3>") +
           DisplayFormat::definitionList(rows);
}

QString ComplianceTableModel::exportKey(int column) const
{
    switch (column) {
    case Asset:
        return QStringLiteral("asset");
    case Criticality:
        return QStringLiteral("criticality");
    case Status:
        return QStringLiteral("status");
    case SecurityPending:
        return QStringLiteral("security_pending");
    case Pending:
        return QStringLiteral("pending");
    case OldestSecurity:
        return QStringLiteral("oldest_security_detected");
    case Reboot:
        return QStringLiteral("reboot_required");
    case LastScan:
        return QStringLiteral("last_scan");
    }
    return {};
}

QVariant ComplianceTableModel::exportValue(const ComplianceStatus &status, int column) const
{
    const auto utc = [](const QDateTime &time) {
        return time.isValid() ? QVariant(time.toUTC()) : QVariant();
    };
    switch (column) {
    case Asset:
        return status.assetName;
    case Criticality:
        return status.criticality;
    case Status:
        if (status.inventoryOnly)
            return QStringLiteral("inventory_only");
        if (!status.lastScanError.isEmpty())
            return QStringLiteral("scan_failed");
        if (!status.lastScanAt.isValid())
            return QStringLiteral("not_scanned");
        return status.securityPending == 0 ? QStringLiteral("compliant") : QStringLiteral("non_compliant");
    case SecurityPending:
        return status.securityPending;
    case Pending:
        return status.pending;
    case OldestSecurity:
        return utc(status.oldestSecurityDetectedAt);
    case Reboot:
        return status.rebootRequired;
    case LastScan:
        return utc(status.lastScanAt);
    }
    return {};
}
