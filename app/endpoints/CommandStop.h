#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <atomic>

// How every endpoint reports a command it did not let run to its end, in the same words on every transport:
// canceled before it started, or stopped for writing over the output cap, for running out of time, or by a
// cancel (looked at in that order).
class CommandStop
{
    Q_DECLARE_TR_FUNCTIONS(CommandStop)

public:
    // True, with `result` marked canceled, when `cancel` is already set: the command must not start.
    static bool canceledBeforeStart(const Command &command, const std::atomic_bool *cancel,
                                    CommandResult *result);
    // True, with result->error set, when the run was stopped (result->truncated, timedOut or canceled).
    static bool explainStop(const Command &command, const RunLimits &limits, CommandResult *result);
};
