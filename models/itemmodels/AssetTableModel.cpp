#include "AssetTableModel.h"

#include "DisplayFormat.h"

#include <QColor>

QString AssetTableModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case OperatingSystem:
        return tr("Operating system");
    case Kernel:
        return tr("Kernel");
    case Criticality:
        return tr("Criticality");
    case Exposure:
        return tr("Exposure");
    case Pending:
        return tr("Pending");
    case Security:
        return tr("Security");
    case Reboot:
        return tr("Reboot");
    case LastScan:
        return tr("Last scan");
    }
    return {};
}

QVariant AssetTableModel::display(const Asset &asset, int column) const
{
    const bool scanned = asset.lastScanAt.isValid();
    switch (column) {
    case Name:
        return asset.name;
    case Address:
        if (asset.transport == Transport::Local)
            return tr("this machine");
        return asset.port > 0 ? QStringLiteral("%1:%2").arg(asset.address).arg(asset.port) : asset.address;
    case OperatingSystem:
        return scanned ? asset.facts.osName : tr("not scanned yet");
    case Kernel:
        return asset.facts.kernel;
    case Criticality:
        return displayName(asset.criticality);
    case Exposure:
        return displayName(asset.exposure);
    case Pending:
        return scanned ? QVariant(asset.pendingCount) : QVariant(QStringLiteral("—"));
    case Security:
        return scanned ? QVariant(asset.securityPendingCount) : QVariant(QStringLiteral("—"));
    case Reboot:
        return scanned ? (asset.facts.rebootRequired ? tr("required") : tr("no")) : QStringLiteral("—");
    case LastScan:
        if (!asset.lastScanError.isEmpty())
            return tr("failed");
        return DisplayFormat::dateTime(asset.lastScanAt);
    }
    return {};
}

QVariant AssetTableModel::sortValue(const Asset &asset, int column) const
{
    switch (column) {
    case Criticality:
        return int(asset.criticality);
    case Exposure:
        return -int(asset.exposure);
    case Pending:
        return asset.pendingCount;
    case Security:
        return asset.securityPendingCount;
    case LastScan:
        return asset.lastScanAt;
    default:
        return display(asset, column);
    }
}

QVariant AssetTableModel::decorate(const Asset &asset, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == Pending || column == Security))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (column == Security && asset.securityPendingCount > 0)
            return QColor(0xb0, 0x1e, 0x1e);
        if (column == LastScan && !asset.lastScanError.isEmpty())
            return QColor(0xb0, 0x1e, 0x1e);
        if (column == Reboot && asset.facts.rebootRequired)
            return QColor(0x9a, 0x5b, 0x00);
    }
    if (role == Qt::ToolTipRole && column == LastScan && !asset.lastScanError.isEmpty())
        return asset.lastScanError;
    return {};
}

QString AssetTableModel::details(const Asset &asset) const
{
    const AssetFacts &f = asset.facts;
    QList<std::pair<QString, QString>> rows{
        {tr("Transport"), DisplayFormat::escaped(displayName(asset.transport))},
        {tr("Address"), DisplayFormat::escaped(display(asset, Address).toString())},
        {tr("Hostname"), DisplayFormat::escaped(f.hostname)},
        {tr("Operating system"), DisplayFormat::escaped(f.osName)},
        {tr("Kernel"), DisplayFormat::escaped(f.kernel + QLatin1Char(' ') + f.architecture)},
        {tr("Package manager"), DisplayFormat::escaped(f.packageManager)},
        {tr("Uptime"), DisplayFormat::duration(f.uptimeSeconds)},
        {tr("Criticality / exposure"),
         DisplayFormat::escaped(displayName(asset.criticality) + QStringLiteral(" / ") +
                                displayName(asset.exposure))},
        {tr("Ring"), DisplayFormat::escaped(asset.ring.isEmpty() ? tr("none") : asset.ring)},
        {tr("Tags"), DisplayFormat::escaped(asset.tags.join(QStringLiteral(", ")))},
        {tr("Installed packages"), QString::number(asset.installedCount)},
        {tr("Pending updates"),
         tr("%1 (%2 security)").arg(asset.pendingCount).arg(asset.securityPendingCount)},
        {tr("Reboot required"),
         f.rebootRequired
             ? DisplayFormat::escaped(tr("yes, by %1").arg(f.rebootRequiredBy.join(QStringLiteral(", "))))
             : tr("no")},
        {tr("Last scan"), DisplayFormat::dateTime(asset.lastScanAt)},
        {tr("Added"), DisplayFormat::dateTime(asset.createdAt)},
    };
    if (!asset.lastScanError.isEmpty())
        rows.append({tr("Last scan error"), QStringLiteral("<span style='color:#b01e1e'>") +
                                                DisplayFormat::escaped(asset.lastScanError) +
                                                QStringLiteral("</span>")});
    return QStringLiteral("<h3>") + DisplayFormat::escaped(asset.name) + QStringLiteral("</h3>") +
           DisplayFormat::definitionList(rows);
}

QString AssetTableModel::exportKey(int column) const
{
    // The keys of `patchwright-cli asset list --format json`.
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Address:
        return QStringLiteral("address");
    case OperatingSystem:
        return QStringLiteral("os");
    case Kernel:
        return QStringLiteral("kernel");
    case Criticality:
        return QStringLiteral("criticality");
    case Exposure:
        return QStringLiteral("exposure");
    case Pending:
        return QStringLiteral("pending");
    case Security:
        return QStringLiteral("security_pending");
    case Reboot:
        return QStringLiteral("reboot_required");
    case LastScan:
        return QStringLiteral("last_scan");
    }
    return {};
}

QVariant AssetTableModel::exportValue(const Asset &asset, int column) const
{
    switch (column) {
    case Name:
        return asset.name;
    case Address:
        return asset.address;
    case OperatingSystem:
        return asset.facts.osName;
    case Kernel:
        return asset.facts.kernel;
    case Criticality:
        return storedText(asset.criticality);
    case Exposure:
        return storedText(asset.exposure);
    case Pending:
        return asset.pendingCount;
    case Security:
        return asset.securityPendingCount;
    case Reboot:
        return asset.lastScanAt.isValid() ? QVariant(asset.facts.rebootRequired) : QVariant();
    case LastScan:
        return asset.lastScanAt.isValid() ? QVariant(asset.lastScanAt.toUTC()) : QVariant();
    }
    return {};
}
