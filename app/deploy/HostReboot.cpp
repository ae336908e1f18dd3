#include "HostReboot.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace {

constexpr std::chrono::milliseconds MinimumProbe{1000};
constexpr std::chrono::milliseconds LongestProbe{20000};

} // namespace

Result<QString> HostReboot::bootId(Endpoint &endpoint, const PatchPlatform &platform, const RunLimits &limits)
{
    return platform.parseBootId(endpoint.run(platform.bootIdCommand(), limits));
}

Status HostReboot::waitForNewBoot(Endpoint &endpoint, const PatchPlatform &platform,
                                  const QString &previousBootId, const Timing &timing,
                                  const std::atomic_bool *cancel)
{
    QDeadlineTimer deadline(timing.deadline);
    std::chrono::milliseconds interval = timing.firstPoll;
    RunLimits probe;
    QString lastProblem = tr("no answer yet");
    for (;;) {
        if (cancel && cancel->load())
            return Error{tr("Canceled while waiting for the host to come back."), {}};
        // One probe (connecting included) never runs far past the deadline: a host that accepts connections
        // and never answers (sshd hung while booting, a black-holed address) would otherwise hold the last
        // probe for its whole timeout.
        probe.timeout = std::clamp(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())),
                                   MinimumProbe, LongestProbe);
        const auto id = bootId(endpoint, platform, probe);
        if (id && platform.isNewBoot(previousBootId, id.value()))
            return {};
        lastProblem = id ? tr("it has not restarted yet") : id.error().message;
        if (deadline.hasExpired())
            return Error{tr("The host did not come back within %1 s (%2).")
                             .arg(timing.deadline.count() / 1000)
                             .arg(lastProblem),
                         tr("Check the host's console; the deployment log keeps every step so far.")};
        // Not a synchronisation with anything in this process: the host reboots on its own clock.
        const auto wait = std::min<qint64>(interval.count(), std::max<qint64>(0, deadline.remainingTime()));
        QThread::msleep(static_cast<unsigned long>(wait));
        interval = std::min(interval * 2, timing.longestPoll);
    }
}
