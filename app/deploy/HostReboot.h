#pragma once

#include "endpoints/Endpoint.h"
#include "platforms/PatchPlatform.h"

#include "domain/Result.h"

#include <QCoreApplication>

#include <chrono>

// Reboots a host and waits until it is back: the boot identity the platform reads (Linux's boot id, Windows'
// last boot time) before the reboot must change, so a host that has not gone down yet is never taken for
// one that came back. Polls on the caller's worker thread with a growing interval, until the deadline or
// cancellation.
class HostReboot
{
    Q_DECLARE_TR_FUNCTIONS(HostReboot)

public:
    struct Timing
    {
        std::chrono::milliseconds deadline{std::chrono::minutes(15)};
        std::chrono::milliseconds firstPoll{std::chrono::milliseconds(500)};
        std::chrono::milliseconds longestPoll{std::chrono::seconds(15)};
    };

    // Reads the boot id. The host is rebooted by the caller in between (so the command and its output are
    // recorded as a step of their own); then waitForNewBoot() waits for a different id.
    static Result<QString> bootId(Endpoint &endpoint, const PatchPlatform &platform, const RunLimits &limits);
    static Status waitForNewBoot(Endpoint &endpoint, const PatchPlatform &platform,
                                 const QString &previousBootId, const Timing &timing,
                                 const std::atomic_bool *cancel);
};
