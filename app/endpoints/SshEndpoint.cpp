#include "SshEndpoint.h"

#include "RemoteCommand.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace {

// How long one wait for output may take before the clock and the cancel flag are looked at again.
constexpr int PollStepMs = 50;
constexpr uint32_t ReadChunk = 64 * 1024;

struct ChannelFree
{
    void operator()(ssh_channel channel) const
    {
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelFree>;

// Appends what fits below cap; returns false when some of the chunk did not fit.
bool appendCapped(QByteArray *buffer, const char *data, qint64 size, qint64 cap)
{
    const qint64 room = std::max<qint64>(0, cap - buffer->size());
    buffer->append(data, std::min(size, room));
    return size <= room;
}

void fail(CommandResult *result, const Error &error)
{
    result->error = error.message;
    result->errorHint = error.hint;
    result->errorCode = error.code;
}

} // namespace

SshEndpoint::SshEndpoint(SshTarget target, SshSession::Options options,
                         std::unique_ptr<HostKeyVerifier> verifier)
    : m_target(std::move(target))
    , m_options(std::move(options))
    , m_verifier(std::move(verifier))
{
    if (m_verifier)
        m_options.verifier = m_verifier.get();
}

SshEndpoint::~SshEndpoint() = default;

QString SshEndpoint::describe() const
{
    return m_target.describe();
}

Status SshEndpoint::ensureSession(const RunLimits &limits)
{
    if (m_session && m_session->isConnected())
        return {};
    m_session.reset();
    SshSession::Options options = m_options;
    options.connectTimeout = std::min(limits.connectTimeout, limits.timeout);
    auto opened = SshSession::open(m_target, options);
    if (!opened)
        return opened.error();
    m_session = std::move(opened).value();
    return {};
}

CommandResult SshEndpoint::run(const Command &command, const RunLimits &limits,
                               const std::atomic_bool *cancel)
{
    CommandResult result;
    if (cancel && cancel->load()) {
        result.canceled = true;
        result.error = tr("%1 was canceled before it started.").arg(command.program);
        return result;
    }
    const bool loginIsRoot = m_target.user == QLatin1String("root");
    const auto line = RemoteCommand::line(command, loginIsRoot);
    if (!line) {
        fail(&result, line.error());
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    if (Status connected = ensureSession(limits); !connected) {
        fail(&result, connected.error());
        return result;
    }

    // A reused session may have died while idle (the host rebooted, a NAT forgot it): reconnect once.
    ChannelPtr channel;
    for (int attempt = 0; attempt < 2 && !channel; ++attempt) {
        ChannelPtr opened(ssh_channel_new(m_session->handle()));
        if (opened && ssh_channel_open_session(opened.get()) == SSH_OK) {
            channel = std::move(opened);
            break;
        }
        const QString reason = m_session->lastError();
        opened.reset(); // channels go before their session
        m_session.reset();
        if (attempt == 1 || !ensureSession(limits)) {
            fail(&result, Error{tr("Cannot open a channel to %1: %2").arg(describe(), reason),
                                {},
                                QString::fromLatin1(ConnectionLostCode)});
            return result;
        }
    }
    if (ssh_channel_request_exec(channel.get(), line.value().constData()) != SSH_OK) {
        fail(&result,
             Error{tr("%1 refused to run %2: %3").arg(describe(), command.program, m_session->lastError()),
                   {},
                   QString::fromLatin1(ConnectionLostCode)});
        channel.reset();
        m_session.reset();
        return result;
    }
    result.started = true;

    bool overCap = false;
    bool lost = false;
    QByteArray chunk(int(ReadChunk), Qt::Uninitialized);
    const qint64 timeoutMs = limits.timeout.count();
    // Reads what is waiting on one stream; returns the poll state (bytes, 0, SSH_EOF or SSH_ERROR).
    auto drain = [&](int isStderr, int waitMs) {
        const int available = waitMs > 0 ? ssh_channel_poll_timeout(channel.get(), waitMs, isStderr)
                                         : ssh_channel_poll(channel.get(), isStderr);
        if (available == SSH_ERROR) {
            lost = true;
            return available;
        }
        if (available <= 0)
            return available;
        const int read = ssh_channel_read_nonblocking(
            channel.get(), chunk.data(), std::min<uint32_t>(ReadChunk, uint32_t(available)), isStderr);
        if (read == SSH_ERROR) {
            lost = true;
            return SSH_ERROR;
        }
        QByteArray *buffer = isStderr ? &result.standardError : &result.standardOutput;
        if (read > 0 && !appendCapped(buffer, chunk.constData(), read, limits.outputCap))
            overCap = true;
        return available;
    };
    for (;;) {
        if (cancel && cancel->load()) {
            result.canceled = true;
            break;
        }
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            result.timedOut = true;
            break;
        }
        const int out = drain(0, int(std::min<qint64>(left, PollStepMs)));
        if (lost || overCap)
            break;
        const int err = drain(1, 0);
        if (lost || overCap)
            break;
        if (out == SSH_EOF && err == SSH_EOF)
            break;
    }
    result.truncated = overCap;

    if (lost) {
        const QString reason = m_session->lastError();
        channel.reset();
        m_session.reset();
        fail(&result, Error{tr("The connection to %1 was lost while %2 was running: %3")
                                .arg(describe(), command.program, reason),
                            tr("The host may have rebooted or the network dropped; scan it again."),
                            QString::fromLatin1(ConnectionLostCode)});
        return result;
    }
    if (result.truncated || result.timedOut || result.canceled) {
        // Stop the remote program (OpenSSH honours "signal" requests), then drop the channel; the session
        // stays usable for the next command.
        ssh_channel_request_send_signal(channel.get(), "KILL");
        channel.reset();
        if (result.truncated)
            result.error =
                tr("%1 wrote more than %2 bytes and was stopped.").arg(command.program).arg(limits.outputCap);
        else if (result.timedOut)
            result.error =
                tr("%1 did not finish within %2 ms and was stopped.").arg(command.program).arg(timeoutMs);
        else
            result.error = tr("%1 was canceled.").arg(command.program);
        return result;
    }

    const int status = ssh_channel_get_exit_status(channel.get());
    if (status < 0) {
        result.error = tr("%1 on %2 ended without an exit status (killed by a signal?).")
                           .arg(command.program, describe());
        return result;
    }
    result.exitCode = status;
    if (const auto refusal = RemoteCommand::sudoRefusal(command, loginIsRoot, status, result.standardError,
                                                        m_target.describe()))
        fail(&result, *refusal);
    return result;
}
