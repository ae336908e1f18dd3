#include "AssetStatus.h"

namespace AssetStatusRule {

AssetStatus of(const Asset &asset, const QDateTime &now, int staleDays, bool scanning)
{
    if (asset.transport == Transport::None)
        return AssetStatus::InventoryOnly;
    if (scanning)
        return AssetStatus::Scanning;
    if (asset.lastScanStatus == ScanStatus::Canceled)
        return AssetStatus::Canceled;
    // Stores older than the scan-status read (or a row without scans) still carry the error text.
    if (asset.lastScanStatus == ScanStatus::Failed || !asset.lastScanError.isEmpty())
        return AssetStatus::Failed;
    if (!asset.lastScanAt.isValid())
        return AssetStatus::NeverScanned;
    if (asset.lastScanAt < now.addDays(-staleDays))
        return AssetStatus::Stale;
    return AssetStatus::Ok;
}

bool isVisibilityGap(AssetStatus status)
{
    switch (status) {
    case AssetStatus::Failed:
    case AssetStatus::Canceled:
    case AssetStatus::NeverScanned:
    case AssetStatus::Stale:
        return true;
    case AssetStatus::Ok:
    case AssetStatus::Scanning:
    case AssetStatus::InventoryOnly:
        return false;
    }
    return false;
}

} // namespace AssetStatusRule
