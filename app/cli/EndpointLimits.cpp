#include "EndpointLimits.h"

#include "jobs/Parallelism.h"

#include "storage/Database.h"

namespace {

// A whole number within [low, high], or nullopt.
std::optional<qint64> bounded(const QString &text, qint64 low, qint64 high)
{
    bool numeric = false;
    const qint64 value = text.toLongLong(&numeric);
    if (!numeric || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

QList<QCommandLineOption> EndpointLimits::options(Work work)
{
    const RunDefaults defaults;
    const int timeout = work == Work::Deploy ? defaults.deployTimeoutSeconds : defaults.scanTimeoutSeconds;
    return {{QStringLiteral("timeout"),
             tr("Seconds one command may run (default: the database's setting, else %1).").arg(timeout),
             QStringLiteral("SECONDS")},
            {QStringLiteral("connect-timeout"),
             tr("Seconds to connect and log in (default: the database's setting, else %1).")
                 .arg(defaults.connectTimeoutSeconds),
             QStringLiteral("SECONDS")},
            {QStringLiteral("output-cap"),
             tr("MiB one command may print on each stream (default: the database's setting, else %1).")
                 .arg(defaults.outputCapMiB),
             QStringLiteral("MIB")}};
}

int EndpointLimits::read(CliContext &context, const CommandArguments &args, Work work)
{
    const auto team = RunDefaults::load(context.database->connection());
    if (!team)
        return context.fail(team.error().text());
    m_team = team.value();
    const QCommandLineParser &p = args.parser();
    // A flag given overrides the team's value for this run.
    const auto given = [&p](const QString &name, int teamValue) {
        return p.isSet(name) ? p.value(name) : QString::number(teamValue);
    };
    const auto timeout =
        bounded(given(QStringLiteral("timeout"),
                      work == Work::Deploy ? m_team.deployTimeoutSeconds : m_team.scanTimeoutSeconds),
                1, RunDefaults::MaxCommandSeconds);
    const auto connect = bounded(given(QStringLiteral("connect-timeout"), m_team.connectTimeoutSeconds), 1,
                                 RunDefaults::MaxConnectSeconds);
    const auto cap =
        bounded(given(QStringLiteral("output-cap"), m_team.outputCapMiB), 1, RunDefaults::MaxOutputCapMiB);
    if (!timeout)
        return context.usage(tr("--timeout needs seconds from 1 to %1.").arg(RunDefaults::MaxCommandSeconds));
    if (!connect)
        return context.usage(
            tr("--connect-timeout needs seconds from 1 to %1.").arg(RunDefaults::MaxConnectSeconds));
    if (!cap)
        return context.usage(tr("--output-cap needs MiB from 1 to %1.").arg(RunDefaults::MaxOutputCapMiB));
    m_limits.timeout = std::chrono::seconds(*timeout);
    m_limits.outputCap = *cap * 1024 * 1024;
    m_connectTimeout = std::chrono::seconds(*connect);
    // SshEndpoint connects within the run's own connect timeout: without it, --connect-timeout would be
    // capped at (and stuck on) RunLimits' default.
    m_limits.connectTimeout = m_connectTimeout;
    return CliContext::Success;
}

std::optional<int> EndpointLimits::parallelism(CliContext &context, const CommandArguments &args) const
{
    const QCommandLineParser &p = args.parser();
    if (!p.isSet(QStringLiteral("parallel")))
        return m_team.parallelism;
    const auto parallel = bounded(p.value(QStringLiteral("parallel")), 1, Parallelism::Max);
    if (!parallel) {
        context.usage(tr("--parallel needs a number from 1 to %1.").arg(Parallelism::Max));
        return std::nullopt;
    }
    return int(*parallel);
}
