#pragma once

#include "Command.h"

#include <atomic>

// A machine the engine can run commands on: this machine (LocalEndpoint), SSH, WinRM.
// Implementations are used from a worker thread, one command at a time.
class Endpoint
{
public:
    virtual ~Endpoint() = default;

    // Runs the command to completion, the timeout, the output cap or cancellation (when *cancel turns true).
    virtual CommandResult run(const Command &command, const RunLimits &limits,
                              const std::atomic_bool *cancel = nullptr) = 0;

    // A short human-readable name for messages: "local", "user@host:22".
    virtual QString describe() const = 0;

    // Whether the endpoint runs a POSIX shell script as given (`sh -c SCRIPT ARGS...`), so a scan may run as
    // one ScanScript instead of a command per step. False where commands are rewritten or there is no sh.
    virtual bool runsShellScripts() const { return false; }
};
