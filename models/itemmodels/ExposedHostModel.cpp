#include "ExposedHostModel.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

#include <QColor>

QString ExposedHostModel::header(int column) const
{
    switch (column) {
    case Host:
        return tr("Host");
    case Packages:
        return tr("Packages");
    case Installed:
        return tr("Installed");
    case Pending:
        return tr("Pending version");
    case AssetCriticality:
        return tr("Criticality");
    case LastScan:
        return tr("Last scan");
    }
    return {};
}

QVariant ExposedHostModel::display(const ExposedHost &row, int column) const
{
    switch (column) {
    case Host:
        return row.assetName;
    case Packages:
        if (row.packages.isEmpty())
            return row.findings > 0 ? tr("scanner finding") : QStringLiteral("—");
        return row.packages.join(QStringLiteral(", "));
    case Installed:
        return row.installedVersion.isEmpty() ? QStringLiteral("—") : row.installedVersion;
    case Pending:
        return row.pendingVersion.isEmpty() ? tr("no patch pending") : row.pendingVersion;
    case AssetCriticality:
        return displayName(row.criticality);
    case LastScan:
        if (!row.lastScanError.isEmpty())
            return tr("failed");
        return row.lastScanAt.isValid() ? DisplayFormat::dateTime(row.lastScanAt) : tr("never scanned");
    }
    return {};
}

QVariant ExposedHostModel::sortValue(const ExposedHost &row, int column) const
{
    if (column == AssetCriticality)
        return int(row.criticality);
    if (column == LastScan)
        return row.lastScanAt;
    return display(row, column);
}

QVariant ExposedHostModel::decorate(const ExposedHost &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == LastScan && !row.lastScanError.isEmpty())
        return row.lastScanError;
    if (role == Qt::ForegroundRole && column == LastScan && !row.lastScanError.isEmpty())
        return StatusTone::colour(StatusTone::Danger);
    return {};
}

QString ExposedHostModel::details(const ExposedHost &row) const
{
    return DisplayFormat::escaped(row.assetName);
}

QString ExposedHostModel::exportKey(int column) const
{
    static const char *const keys[] = {"host",        "packages",    "installed_version", "pending_version",
                                       "criticality", "last_scan_at"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant ExposedHostModel::exportValue(const ExposedHost &row, int column) const
{
    switch (column) {
    case Host:
        return row.assetName;
    case Packages:
        return row.packages;
    case Installed:
        return row.installedVersion;
    case Pending:
        return row.pendingVersion.isEmpty() ? QVariant() : QVariant(row.pendingVersion);
    case AssetCriticality:
        return storedText(row.criticality);
    case LastScan:
        return row.lastScanAt.isValid() ? QVariant(row.lastScanAt) : QVariant();
    }
    return {};
}
