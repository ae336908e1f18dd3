#include "AssetTableModel.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

#include <QColor>

namespace {

QColor statusColour(AssetStatus status)
{
    switch (status) {
    case AssetStatus::Ok:
        return StatusTone::colour(StatusTone::Good);
    case AssetStatus::Failed:
        return StatusTone::colour(StatusTone::Danger);
    case AssetStatus::Stale:
        return StatusTone::colour(StatusTone::Warning);
    case AssetStatus::Scanning:
        return StatusTone::colour(StatusTone::Info);
    case AssetStatus::Canceled:
    case AssetStatus::NeverScanned:
    case AssetStatus::InventoryOnly:
        break;
    }
    return StatusTone::colour(StatusTone::Muted);
}

// The first line of an endpoint's error, short enough for a table cell (the tooltip has all of it).
QString shortReason(const QString &error)
{
    const QString line = error.section(QLatin1Char('\n'), 0, 0).trimmed();
    constexpr int Max = 80;
    return line.size() <= Max ? line : line.left(Max - 1) + QStringLiteral("…");
}

} // namespace

void AssetTableModel::setScanning(const QSet<qint64> &assetIds)
{
    if (assetIds == m_scanning)
        return;
    QSet<qint64> changed = assetIds;
    changed.unite(m_scanning);
    changed.subtract(QSet<qint64>(assetIds).intersect(m_scanning));
    m_scanning = assetIds;
    announceStatusOf(changed);
}

void AssetTableModel::setStaleDays(int days)
{
    if (days < 1 || days == m_staleDays)
        return;
    m_staleDays = days;
    QSet<qint64> all;
    for (const Asset &asset : records())
        all.insert(asset.id);
    announceStatusOf(all);
}

void AssetTableModel::announceStatusOf(const QSet<qint64> &assetIds)
{
    for (qint64 id : assetIds) {
        const int row = rowOfKey(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

AssetStatus AssetTableModel::statusOf(const Asset &asset) const
{
    return AssetStatusRule::of(asset, QDateTime::currentDateTimeUtc(), m_staleDays,
                               m_scanning.contains(asset.id));
}

QString AssetTableModel::statusText(const Asset &asset, AssetStatus status) const
{
    switch (status) {
    case AssetStatus::Ok:
        return tr("ok, %1").arg(DisplayFormat::dateTime(asset.lastScanAt));
    case AssetStatus::Failed:
        return asset.lastScanError.trimmed().isEmpty()
                   ? tr("failed (no reason recorded)")
                   : tr("failed: %1").arg(shortReason(asset.lastScanError));
    case AssetStatus::Canceled:
        return tr("canceled");
    case AssetStatus::NeverScanned:
        return tr("never scanned");
    case AssetStatus::Scanning:
        return tr("scanning…");
    case AssetStatus::Stale:
        return tr("stale, last good scan %1 ago").arg(DisplayFormat::age(asset.lastScanAt));
    case AssetStatus::InventoryOnly:
        return tr("inventory only");
    }
    return {};
}

QString AssetTableModel::statusToolTip(const Asset &asset, AssetStatus status) const
{
    const QString lastGood = asset.lastScanAt.isValid()
                                 ? tr("Last good scan: %1.").arg(DisplayFormat::dateTime(asset.lastScanAt))
                                 : tr("No scan has worked yet.");
    switch (status) {
    case AssetStatus::Ok:
        return tr("The last scan worked (%1).").arg(DisplayFormat::dateTime(asset.lastScanAt));
    case AssetStatus::Failed:
        return tr("The last scan failed: %1\n%2").arg(asset.lastScanError, lastGood);
    case AssetStatus::Canceled:
        return tr("The last scan was canceled by the user. %1").arg(lastGood);
    case AssetStatus::NeverScanned:
        return tr("Not scanned yet: what is pending there is unknown.");
    case AssetStatus::Scanning:
        return tr("A scan of this asset is under way.");
    case AssetStatus::Stale:
        return tr("No good scan in the last %n day(s): what is pending there may have changed. %1", nullptr,
                  m_staleDays)
            .arg(lastGood);
    case AssetStatus::InventoryOnly:
        return tr(
            "Inventory only (transport none): never logged into, scanned or deployed to. Edit the asset "
            "and give it a transport to scan it.");
    }
    return {};
}

QString AssetTableModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
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
    case Status:
        return statusText(asset, statusOf(asset));
    case Address:
        if (asset.transport == Transport::Local)
            return tr("this machine");
        return asset.port > 0 ? QStringLiteral("%1:%2").arg(asset.address).arg(asset.port) : asset.address;
    case OperatingSystem:
        if (scanned)
            return asset.facts.osName;
        switch (statusOf(asset)) {
        case AssetStatus::InventoryOnly:
            return asset.facts.osName.isEmpty() ? tr("unknown") : tr("%1 (reported)").arg(asset.facts.osName);
        case AssetStatus::Failed:
            return tr("unknown: the scan failed");
        case AssetStatus::Canceled:
            return tr("unknown: the scan was canceled");
        default:
            return tr("not scanned yet");
        }
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
        if (asset.lastScanStatus == ScanStatus::Canceled)
            return tr("canceled");
        if (!asset.lastScanError.isEmpty())
            return tr("failed");
        return DisplayFormat::dateTime(asset.lastScanAt);
    }
    return {};
}

QVariant AssetTableModel::sortValue(const Asset &asset, int column) const
{
    switch (column) {
    case Status:
        return int(statusOf(asset));
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
    if (column == Status) {
        const AssetStatus status = statusOf(asset);
        if (role == Qt::DecorationRole)
            return statusColour(status); // a small square: the text says the same
        if (role == Qt::ForegroundRole && status == AssetStatus::Failed)
            return statusColour(status);
        if (role == Qt::ToolTipRole)
            return statusToolTip(asset, status);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == Security && asset.securityPendingCount > 0)
            return StatusTone::colour(StatusTone::Danger);
        if (column == LastScan && !asset.lastScanError.isEmpty() &&
            asset.lastScanStatus != ScanStatus::Canceled)
            return StatusTone::colour(StatusTone::Danger);
        if (column == Reboot && asset.facts.rebootRequired)
            return StatusTone::colour(StatusTone::Warning);
    }
    if (role == Qt::ToolTipRole && column == LastScan && !asset.lastScanError.isEmpty())
        return asset.lastScanError;
    return {};
}

QString AssetTableModel::details(const Asset &asset) const
{
    const AssetFacts &f = asset.facts;
    const AssetStatus status = statusOf(asset);
    QList<std::pair<QString, QString>> rows{
        {tr("Status"), DisplayFormat::escaped(statusText(asset, status))},
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
    if (status == AssetStatus::Failed)
        rows.append({tr("Last scan error"), QStringLiteral("<span style='color:") +
                                                StatusTone::css(StatusTone::Danger) + QStringLiteral("'>") +
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
    case Status:
        return QStringLiteral("status");
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
    case Status:
        return storedText(statusOf(asset));
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
