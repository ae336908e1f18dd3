#include "EndpointLimits.h"

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

QList<QCommandLineOption> EndpointLimits::options(int defaultTimeout)
{
    return {{QStringLiteral("timeout"), tr("Seconds one command may run (default %1).").arg(defaultTimeout),
             QStringLiteral("SECONDS"), QString::number(defaultTimeout)},
            {QStringLiteral("connect-timeout"), tr("Seconds to connect and log in (default 30)."),
             QStringLiteral("SECONDS"), QStringLiteral("30")},
            {QStringLiteral("output-cap"), tr("MiB one command may print on each stream (default 64)."),
             QStringLiteral("MIB"), QStringLiteral("64")}};
}

bool EndpointLimits::read(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    const auto timeout = bounded(p.value(QStringLiteral("timeout")), 1, 24 * 3600);
    const auto connect = bounded(p.value(QStringLiteral("connect-timeout")), 1, 600);
    const auto cap = bounded(p.value(QStringLiteral("output-cap")), 1, 4096);
    if (!timeout) {
        context.usage(tr("--timeout needs seconds from 1 to 86400."));
        return false;
    }
    if (!connect) {
        context.usage(tr("--connect-timeout needs seconds from 1 to 600."));
        return false;
    }
    if (!cap) {
        context.usage(tr("--output-cap needs MiB from 1 to 4096."));
        return false;
    }
    m_limits.timeout = std::chrono::seconds(*timeout);
    m_limits.outputCap = *cap * 1024 * 1024;
    m_connectTimeout = std::chrono::seconds(*connect);
    // SshEndpoint connects within the run's own connect timeout: without it, --connect-timeout would be
    // capped at (and stuck on) RunLimits' default.
    m_limits.connectTimeout = m_connectTimeout;
    return true;
}
