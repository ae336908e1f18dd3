#pragma once

#include "StoredWords.h"

// How much a change could break, as its requester judges it (column change_requests.risk); the change board's
// quorum may differ per risk.
enum class ChangeRisk
{
    Low,
    Medium,
    High
};

template<>
struct StoredWordsOf<ChangeRisk>
{
    static constexpr const char *context = "ChangeRisk";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("ChangeRisk", "\"%1\" is not a risk: use low, medium or high.");
    static constexpr StoredWord<ChangeRisk> words[] = {
        {ChangeRisk::Low, "low", QT_TRANSLATE_NOOP("ChangeRisk", "low")},
        {ChangeRisk::Medium, "medium", QT_TRANSLATE_NOOP("ChangeRisk", "medium")},
        {ChangeRisk::High, "high", QT_TRANSLATE_NOOP("ChangeRisk", "high")},
    };
};
