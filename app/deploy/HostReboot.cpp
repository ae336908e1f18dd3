#include "HostReboot.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace {

constexpr std::chrono::milliseconds MinimumProbe{1000};
constexpr std::chrono::milliseconds LongestProbe{20000};

} // namespace

Command HostReboot::bootIdCommand()
{
    return {QStringLiteral("cat"), {QStringLiteral("/proc/sys/kernel/random/boot_id")}};
}

Command HostReboot::rebootCommand()
{
    Command command{QStringLiteral("systemctl"), {QStringLiteral("reboot")}};
    command.needsRoot = true;
    return command;
}

Result<QString> HostReboot::parseBootId(const CommandResult &result)
{
    if (!result.completed() || result.exitCode != 0)
        return Error{tr("Cannot read the boot id: %1")
                         .arg(result.error.isEmpty()
                                  ? QString::fromUtf8(result.standardError.left(200)).trimmed()
                                  : result.error),
                     {}};
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString id = QString::fromLatin1(result.standardOutput.trimmed());
    if (result.standardOutput.size() > 64 || !pattern.match(id).hasMatch())
        return Error{tr("The host printed something that is not a boot id."), {}};
    return id;
}

Result<QString> HostReboot::bootId(Endpoint &endpoint, const RunLimits &limits)
{
    return parseBootId(endpoint.run(bootIdCommand(), limits));
}

Status HostReboot::waitForNewBoot(Endpoint &endpoint, const QString &previousBootId, const Timing &timing,
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
        const auto id = bootId(endpoint, probe);
        if (id && id.value() != previousBootId)
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
