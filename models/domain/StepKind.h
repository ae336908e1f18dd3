#pragma once

#include "StoredWords.h"

// What one recorded step of a deployment did (column deployment_steps.step), in the order AssetDeployer
// runs them: precheck → refresh → install → verify → reboot-check → reboot → wait-for-host →
// verify-after-reboot; after a failure or for a rollback: rollback → verify-rollback.
enum class StepKind
{
    Precheck,
    Refresh,
    Install,
    Verify,
    RebootCheck,
    Reboot,
    WaitForHost,
    VerifyAfterReboot,
    Rollback,
    VerifyRollback
};

template<>
struct StoredWordsOf<StepKind>
{
    static constexpr const char *context = "StepKind";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("StepKind", "\"%1\" is not a deployment step this version knows.");
    static constexpr StoredWord<StepKind> words[] = {
        {StepKind::Precheck, "precheck", QT_TRANSLATE_NOOP("StepKind", "precheck")},
        {StepKind::Refresh, "refresh", QT_TRANSLATE_NOOP("StepKind", "refresh")},
        {StepKind::Install, "install", QT_TRANSLATE_NOOP("StepKind", "install")},
        {StepKind::Verify, "verify", QT_TRANSLATE_NOOP("StepKind", "verify")},
        {StepKind::RebootCheck, "reboot-check", QT_TRANSLATE_NOOP("StepKind", "reboot check")},
        {StepKind::Reboot, "reboot", QT_TRANSLATE_NOOP("StepKind", "reboot")},
        {StepKind::WaitForHost, "wait-for-host", QT_TRANSLATE_NOOP("StepKind", "wait for the host")},
        {StepKind::VerifyAfterReboot, "verify-after-reboot",
         QT_TRANSLATE_NOOP("StepKind", "verify after the reboot")},
        {StepKind::Rollback, "rollback", QT_TRANSLATE_NOOP("StepKind", "rollback")},
        {StepKind::VerifyRollback, "verify-rollback", QT_TRANSLATE_NOOP("StepKind", "verify the rollback")},
    };
};
