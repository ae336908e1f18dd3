#pragma once

#include "Asset.h"
#include "StoredWords.h"

#include <QDateTime>

// Where an asset stands as far as the console can see (the Assets pane's Status column, `asset list`'s
// status): the newest scan worked (ok), failed (with its reason), was canceled by the user, none was ever
// tried, one is under way, the last good one is older than the stale limit, or the asset is inventory only
// (transport none: it is never scanned).
enum class AssetStatus
{
    Ok,
    Failed,
    Canceled,
    NeverScanned,
    Scanning,
    Stale,
    InventoryOnly
};

template<>
struct StoredWordsOf<AssetStatus>
{
    static constexpr const char *context = "AssetStatus";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("AssetStatus", "\"%1\" is not an asset status this version knows.");
    static constexpr StoredWord<AssetStatus> words[] = {
        {AssetStatus::Ok, "ok", QT_TRANSLATE_NOOP("AssetStatus", "ok")},
        {AssetStatus::Failed, "failed", QT_TRANSLATE_NOOP("AssetStatus", "failed")},
        {AssetStatus::Canceled, "canceled", QT_TRANSLATE_NOOP("AssetStatus", "canceled")},
        {AssetStatus::NeverScanned, "never-scanned", QT_TRANSLATE_NOOP("AssetStatus", "never scanned")},
        {AssetStatus::Scanning, "scanning", QT_TRANSLATE_NOOP("AssetStatus", "scanning")},
        {AssetStatus::Stale, "stale", QT_TRANSLATE_NOOP("AssetStatus", "stale")},
        {AssetStatus::InventoryOnly, "inventory-only", QT_TRANSLATE_NOOP("AssetStatus", "inventory only")},
    };
};

namespace AssetStatusRule {

// Days after the last good scan when an asset counts as stale. There is no stored setting for it; the
// compliance report's --stale-days defaults to the same number.
inline constexpr int DefaultStaleDays = 7;

// The asset's status at `now`; `scanning` when a scan of it is under way in this console.
AssetStatus of(const Asset &asset, const QDateTime &now, int staleDays, bool scanning = false);

// A visibility gap: the console cannot vouch for what is pending there (failed, canceled, stale, never
// scanned). Inventory-only assets are not gaps: nobody asked the console to scan them.
bool isVisibilityGap(AssetStatus status);

} // namespace AssetStatusRule
