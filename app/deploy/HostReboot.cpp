#include "HostReboot.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

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
    probe.timeout = std::chrono::seconds(20);
    QString lastProblem = tr("no answer yet");
    for (;;) {
        if (cancel && cancel->load())
            return Error{tr("Canceled while waiting for the host to come back."), {}};
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
