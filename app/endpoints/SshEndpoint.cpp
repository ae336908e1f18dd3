#include "SshEndpoint.h"

#include "CommandStop.h"
#include "RemoteCommand.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace {

// How long one wait for output may take before the clock and the cancel flag are looked at again.
constexpr int PollStepMs = 50;
constexpr uint32_t ReadChunk = 64 * 1024;

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

// Reads a running command's stdout and stderr into its result, each below the output cap.
class ChannelReader
{
public:
    ChannelReader(ssh_channel channel, qint64 cap, CommandResult *result)
        : m_channel(channel)
        , m_cap(cap)
        , m_result(result)
        , m_chunk(int(ReadChunk), Qt::Uninitialized)
    {
    }

    // Reads what is waiting on one stream, waiting up to `waitMs` for it; returns the poll state (bytes
    // available, 0, SSH_EOF or SSH_ERROR).
    int drain(int isStderr, int waitMs)
    {
        const int available = waitMs > 0 ? ssh_channel_poll_timeout(m_channel, waitMs, isStderr)
                                         : ssh_channel_poll(m_channel, isStderr);
        if (available == SSH_ERROR)
            m_lost = true;
        if (available <= 0)
            return available;
        const int read = ssh_channel_read_nonblocking(
            m_channel, m_chunk.data(), std::min<uint32_t>(ReadChunk, uint32_t(available)), isStderr);
        if (read == SSH_ERROR) {
            m_lost = true;
            return SSH_ERROR;
        }
        QByteArray *buffer = isStderr ? &m_result->standardError : &m_result->standardOutput;
        if (read > 0 && !appendCapped(buffer, m_chunk.constData(), read, m_cap))
            m_overCap = true;
        return available;
    }

    bool lost() const { return m_lost; }
    bool overCap() const { return m_overCap; }
    bool mustStop() const { return m_lost || m_overCap; }

private:
    ssh_channel m_channel;
    qint64 m_cap;
    CommandResult *m_result;
    QByteArray m_chunk;
    bool m_lost = false;
    bool m_overCap = false;
};

// Reads both streams until the command ends, the output cap is hit, the time is up or `cancel` is set
// (marking `result` truncated, timed out or canceled). False when the connection was lost.
bool readUntilDone(ssh_channel channel, const RunLimits &limits, const QElapsedTimer &clock,
                   const std::atomic_bool *cancel, CommandResult *result)
{
    ChannelReader reader(channel, limits.outputCap, result);
    const qint64 timeoutMs = limits.timeout.count();
    for (;;) {
        if (cancel && cancel->load()) {
            result->canceled = true;
            break;
        }
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            result->timedOut = true;
            break;
        }
        const int out = reader.drain(0, int(std::min<qint64>(left, PollStepMs)));
        if (reader.mustStop())
            break;
        const int err = reader.drain(1, 0);
        if (reader.mustStop())
            break;
        if (out == SSH_EOF && err == SSH_EOF)
            break;
    }
    result->truncated = reader.overCap();
    return !reader.lost();
}

} // namespace

void SshEndpoint::ChannelFree::operator()(ssh_channel channel) const
{
    if (ssh_channel_is_open(channel))
        ssh_channel_close(channel);
    ssh_channel_free(channel);
}

SshEndpoint::SshEndpoint(SshTarget target, SshSession::Options options,
                         std::unique_ptr<HostKeyVerifier> verifier)
    : m_target(std::move(target))
    , m_options(std::move(options))
    , m_verifier(std::move(verifier))
{
    if (m_verifier)
        m_options.verifier = m_verifier.get();
}

SshEndpoint::~SshEndpoint()
{
    if (m_cache && m_session && m_session->isConnected())
        m_cache->checkIn(m_identity, std::move(m_session));
}

void SshEndpoint::keepSessionsIn(std::shared_ptr<SshSessionCache> cache, qint64 assetId)
{
    m_cache = std::move(cache);
    if (m_cache)
        m_identity = SshSessionCache::Identity::of(assetId, m_target);
}

std::unique_ptr<SshSession> SshEndpoint::takeKeptSession()
{
    if (!m_cache)
        return {};
    std::unique_ptr<SshSession> kept = m_cache->checkOut(m_identity);
    if (!kept || !kept->isConnected())
        return {};
    // The trust may have changed since it logged in: a key no longer trusted, another password stored.
    if (!m_options.verifier || !m_options.verifier->stillTrusts(kept->hostKey())) {
        qCInfo(lcSsh) << "not reusing the kept session to" << describe() << "(host key no longer trusted)";
        return {};
    }
    if (kept->loggedInWithPassword()) {
        const CredentialLookup password = m_options.credentials
                                              ? m_options.credentials->password(m_target.passwordAccount())
                                              : CredentialLookup::notFound();
        if (password.outcome != CredentialLookup::Outcome::Found || !kept->loggedInWith(password.secret)) {
            qCInfo(lcSsh) << "not reusing the kept session to" << describe() << "(password changed)";
            return {};
        }
    }
    return kept;
}

QString SshEndpoint::describe() const
{
    return m_target.describe();
}

Status SshEndpoint::ensureSession(const RunLimits &limits, const std::atomic_bool *cancel)
{
    if (m_session && m_session->isConnected())
        return {};
    m_session.reset();
    m_reusedKept = false;
    if (auto kept = takeKeptSession()) {
        m_session = std::move(kept);
        m_reusedKept = true;
        return {};
    }
    SshSession::Options options = m_options;
    options.connectTimeout = std::min(limits.connectTimeout, limits.timeout);
    options.cancel = cancel;
    auto opened = SshSession::open(m_target, options);
    if (!opened)
        return opened.error();
    m_session = std::move(opened).value();
    return {};
}

SshEndpoint::ChannelPtr SshEndpoint::openChannel(const RunLimits &limits, const std::atomic_bool *cancel,
                                                 CommandResult *result)
{
    if (Status connected = ensureSession(limits, cancel); !connected) {
        fail(result, connected.error());
        result->canceled = cancel && cancel->load();
        return {};
    }
    // A reused session may have died while idle (the host rebooted, a NAT forgot it): reconnect once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        ChannelPtr opened(ssh_channel_new(m_session->handle()));
        if (opened && ssh_channel_open_session(opened.get()) == SSH_OK)
            return opened;
        const QString reason = m_session->lastError();
        opened.reset(); // channels go before their session
        m_session.reset();
        if (attempt == 1 || !ensureSession(limits, cancel)) {
            fail(result, Error{tr("Cannot open a channel to %1: %2").arg(describe(), reason),
                               {},
                               QString::fromLatin1(ConnectionLostCode)});
            return {};
        }
    }
    return {};
}

SshEndpoint::ChannelPtr SshEndpoint::startCommand(const Command &command, const QByteArray &line,
                                                  const RunLimits &limits, const std::atomic_bool *cancel,
                                                  CommandResult *result)
{
    ChannelPtr channel = openChannel(limits, cancel, result);
    if (!channel)
        return {};
    if (ssh_channel_request_exec(channel.get(), line.constData()) != SSH_OK) {
        fail(result,
             Error{tr("%1 refused to run %2: %3").arg(describe(), command.program, m_session->lastError()),
                   {},
                   QString::fromLatin1(ConnectionLostCode)});
        channel.reset();
        m_session.reset();
        return {};
    }
    result->started = true;
    return channel;
}

void SshEndpoint::dropLostConnection(ChannelPtr channel, const Command &command, CommandResult *result)
{
    const QString reason = m_session->lastError();
    channel.reset();
    m_session.reset();
    fail(result, Error{tr("The connection to %1 was lost while %2 was running: %3")
                           .arg(describe(), command.program, reason),
                       tr("The host may have rebooted or the network dropped; scan it again."),
                       QString::fromLatin1(ConnectionLostCode)});
}

void SshEndpoint::collectExitStatus(ssh_channel channel, const Command &command, bool loginIsRoot,
                                    CommandResult *result) const
{
    const int status = ssh_channel_get_exit_status(channel);
    if (status < 0) {
        result->error = tr("%1 on %2 ended without an exit status (killed by a signal?).")
                            .arg(command.program, describe());
        return;
    }
    result->exitCode = status;
    if (const auto refusal = RemoteCommand::sudoRefusal(command, loginIsRoot, status, result->standardError,
                                                        m_target.describe()))
        fail(result, *refusal);
}

CommandResult SshEndpoint::run(const Command &command, const RunLimits &limits,
                               const std::atomic_bool *cancel)
{
    CommandResult result;
    if (CommandStop::canceledBeforeStart(command, cancel, &result))
        return result;
    const bool loginIsRoot = m_target.user == QLatin1String("root");
    const auto line = RemoteCommand::line(command, loginIsRoot);
    if (!line) {
        fail(&result, line.error());
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    ChannelPtr channel = startCommand(command, line.value(), limits, cancel, &result);
    if (!channel)
        return result;
    if (!readUntilDone(channel.get(), limits, clock, cancel, &result)) {
        dropLostConnection(std::move(channel), command, &result);
        return result;
    }
    if (CommandStop::explainStop(command, limits, &result)) {
        // Stop the remote program (OpenSSH honours "signal" requests), then drop the channel; the session
        // stays usable for the next command.
        ssh_channel_request_send_signal(channel.get(), "KILL");
        return result;
    }
    collectExitStatus(channel.get(), command, loginIsRoot, &result);
    return result;
}
