#pragma once

#include "StoredWords.h"

// How one scan of one asset ended (column scans.status, and the suffix of its audit action for the two
// failures: scan.failed, scan.canceled): ok (stored), failed, canceled (by the user, before or during it).
enum class ScanStatus
{
    Ok,
    Failed,
    Canceled
};

template<>
struct StoredWordsOf<ScanStatus>
{
    static constexpr const char *context = "ScanStatus";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("ScanStatus", "\"%1\" is not a scan status this version knows.");
    static constexpr StoredWord<ScanStatus> words[] = {
        {ScanStatus::Ok, "ok", QT_TRANSLATE_NOOP("ScanStatus", "ok")},
        {ScanStatus::Failed, "failed", QT_TRANSLATE_NOOP("ScanStatus", "failed")},
        {ScanStatus::Canceled, "canceled", QT_TRANSLATE_NOOP("ScanStatus", "canceled")},
    };
};
