#include "CommandStop.h"

bool CommandStop::canceledBeforeStart(const Command &command, const std::atomic_bool *cancel,
                                      CommandResult *result)
{
    if (!cancel || !cancel->load())
        return false;
    result->canceled = true;
    result->error = tr("%1 was canceled before it started.").arg(command.program);
    return true;
}

bool CommandStop::explainStop(const Command &command, const RunLimits &limits, CommandResult *result)
{
    if (result->truncated)
        result->error =
            tr("%1 wrote more than %2 bytes and was stopped.").arg(command.program).arg(limits.outputCap);
    else if (result->timedOut)
        result->error = tr("%1 did not finish within %2 ms and was stopped.")
                            .arg(command.program)
                            .arg(limits.timeout.count());
    else if (result->canceled)
        result->error = tr("%1 was canceled.").arg(command.program);
    else
        return false;
    return true;
}
