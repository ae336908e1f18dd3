#pragma once

#include "Endpoint.h"
#include "SshSession.h"
#include "SshSessionCache.h"

#include <QCoreApplication>

#include <memory>

// A machine reached over SSH (libssh). One session per endpoint, opened on the first command and reused;
// a channel per command, read in short polling steps so the timeout, the output cap and the cancel flag
// are honoured; stdout and stderr kept apart; the exit status returned. Commands are quoted word by word
// (ShellQuote) and run as `env LC_ALL=C LANG=C [sudo -n --] program args...`.
//
// With a session cache (keepSessionsIn(), the console's scans), the first command starts from the session
// kept there for the same login, if its host key is still trusted and the password it logged in with (if
// any) is still the stored one; a kept session that died while idle is replaced by a fresh connect. When the
// endpoint goes, its live session is checked in again.
//
// Thread use: one command at a time, from one thread at a time (a scan's worker).
class SshEndpoint : public Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(SshEndpoint)

public:
    static constexpr const char *ConnectionLostCode = "connection-lost";

    // The verifier must outlive the endpoint when it is not owned by it.
    SshEndpoint(SshTarget target, SshSession::Options options,
                std::unique_ptr<HostKeyVerifier> verifier = {});
    ~SshEndpoint() override;

    CommandResult run(const Command &command, const RunLimits &limits,
                      const std::atomic_bool *cancel = nullptr) override;
    QString describe() const override;
    bool runsShellScripts() const override { return true; }
    const SshTarget &target() const { return m_target; }
    // Starts from, and leaves its session to, `cache` under the identity of this asset's login.
    void keepSessionsIn(std::shared_ptr<SshSessionCache> cache, qint64 assetId);
    // Whether the session in use came from the cache (no connect, no login).
    bool reusedKeptSession() const { return m_reusedKept; }

private:
    struct ChannelFree
    {
        void operator()(ssh_channel channel) const;
    };
    using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelFree>;

    // Connects when there is no live session; a cancel stops the connection attempt within a fraction of a
    // second (TCP connect, banner and key exchange), not after the connect timeout.
    Status ensureSession(const RunLimits &limits, const std::atomic_bool *cancel);
    // The cache's session for this login when it may be reused (see the class comment); none otherwise.
    std::unique_ptr<SshSession> takeKeptSession();
    // A channel on the session, connecting first, and once more when a reused session died while idle.
    ChannelPtr openChannel(const RunLimits &limits, const std::atomic_bool *cancel, CommandResult *result);
    // A channel running `line`; none (the error in `result`) when that cannot be had.
    ChannelPtr startCommand(const Command &command, const QByteArray &line, const RunLimits &limits,
                            const std::atomic_bool *cancel, CommandResult *result);
    // After the connection died mid-command: drops the channel and the session, says so in `result`.
    void dropLostConnection(ChannelPtr channel, const Command &command, CommandResult *result);
    // The remote exit status of a command that ran to its end, and what a sudo refusal means.
    void collectExitStatus(ssh_channel channel, const Command &command, bool loginIsRoot,
                           CommandResult *result) const;

    SshTarget m_target;
    SshSession::Options m_options;
    std::unique_ptr<HostKeyVerifier> m_verifier;
    std::unique_ptr<SshSession> m_session;
    std::shared_ptr<SshSessionCache> m_cache;
    SshSessionCache::Identity m_identity;
    bool m_reusedKept = false;
};
