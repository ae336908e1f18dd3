#pragma once

#include "StoredWords.h"

// Where one asset's deployment (or rollback) of a change stands (column deployments.state, audit action
// "deployment.<state>"). It starts running and ends once: succeeded, failed, rolled-back (a failed deployment
// undone, or a rollback done), rollback-failed, canceled, or interrupted when its process died. Pending is
// the column's default; Patchwright itself never writes it.
enum class DeploymentState
{
    Pending,
    Running,
    Succeeded,
    Failed,
    RolledBack,
    RollbackFailed,
    Canceled,
    Interrupted
};

template<>
struct StoredWordsOf<DeploymentState>
{
    static constexpr const char *context = "DeploymentState";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("DeploymentState", "\"%1\" is not a deployment state this version knows.");
    static constexpr StoredWord<DeploymentState> words[] = {
        {DeploymentState::Pending, "pending", QT_TRANSLATE_NOOP("DeploymentState", "pending")},
        {DeploymentState::Running, "running", QT_TRANSLATE_NOOP("DeploymentState", "running")},
        {DeploymentState::Succeeded, "succeeded", QT_TRANSLATE_NOOP("DeploymentState", "succeeded")},
        {DeploymentState::Failed, "failed", QT_TRANSLATE_NOOP("DeploymentState", "failed")},
        {DeploymentState::RolledBack, "rolled-back", QT_TRANSLATE_NOOP("DeploymentState", "rolled back")},
        {DeploymentState::RollbackFailed, "rollback-failed",
         QT_TRANSLATE_NOOP("DeploymentState", "rollback failed")},
        {DeploymentState::Canceled, "canceled", QT_TRANSLATE_NOOP("DeploymentState", "canceled")},
        {DeploymentState::Interrupted, "interrupted", QT_TRANSLATE_NOOP("DeploymentState", "interrupted")},
    };
};
