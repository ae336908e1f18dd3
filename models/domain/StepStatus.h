#pragma once

#include "StoredWords.h"

// How one recorded deployment step ended (column deployment_steps.status): ok, failed, skipped (nothing to
// do), required (reboot-check: the host asks for a reboot), deferred (reboot: the maintenance window closed).
enum class StepStatus
{
    Ok,
    Failed,
    Skipped,
    Required,
    Deferred
};

template<>
struct StoredWordsOf<StepStatus>
{
    static constexpr const char *context = "StepStatus";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("StepStatus", "\"%1\" is not a deployment step status this version knows.");
    static constexpr StoredWord<StepStatus> words[] = {
        {StepStatus::Ok, "ok", QT_TRANSLATE_NOOP("StepStatus", "ok")},
        {StepStatus::Failed, "failed", QT_TRANSLATE_NOOP("StepStatus", "failed")},
        {StepStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("StepStatus", "skipped")},
        {StepStatus::Required, "required", QT_TRANSLATE_NOOP("StepStatus", "required")},
        {StepStatus::Deferred, "deferred", QT_TRANSLATE_NOOP("StepStatus", "deferred")},
    };
};
