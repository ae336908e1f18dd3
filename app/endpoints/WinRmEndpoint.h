#pragma once

#include "Endpoint.h"
#include "WinRmTransport.h"

#include <QCoreApplication>

#include <memory>

// A Windows machine reached over WinRM (WS-Management over HTTPS, or HTTP where the asset allows it). Each
// run() is one WinRmShell (Create, Command, Send, Receive, Signal, Delete) on the endpoint's kept,
// authenticated connection (WinRmTransport), which the next run() reuses: the asset's connection pool.
// RunLimits apply as on SSH: the timeout (w:TimedOut is asked again until then), connectTimeout for opening
// and authenticating a connection, the output cap per stream (then truncated), and the cancel flag.
// Command::needsRoot has no meaning here (no sudo): what the account may do is its Windows rights.
//
// Thread use: one command at a time, from one thread at a time.
class WinRmEndpoint : public Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(WinRmEndpoint)

public:
    struct Options
    {
        // The MaxEnvelopeSize asked for: responses stay within it and stdin is sent in chunks that keep each
        // request within it. 150 KiB, the smallest default of Windows' MaxEnvelopeSizekb.
        int maxEnvelopeSize = 153600;
        // How long the server may hold one Receive before answering w:TimedOut.
        std::chrono::seconds operationTimeout{20};
    };

    // `verifier` decides on certificates neither a pin nor a CA vouches for (may be null: refused).
    WinRmEndpoint(WinRmTarget target, std::shared_ptr<const CredentialSource> credentials,
                  std::unique_ptr<HostKeyVerifier> verifier, Options options);
    WinRmEndpoint(WinRmTarget target, std::shared_ptr<const CredentialSource> credentials,
                  std::unique_ptr<HostKeyVerifier> verifier = {});
    ~WinRmEndpoint() override;

    CommandResult run(const Command &command, const RunLimits &limits,
                      const std::atomic_bool *cancel = nullptr) override;
    // "user@host:port (WinRM)"
    QString describe() const override;
    const WinRmTarget &target() const { return m_transport->target(); }
    // TCP connections opened so far (each authenticated once).
    int connectionsOpened() const { return m_transport->connectionsOpened(); }

private:
    std::unique_ptr<HostKeyVerifier> m_verifier;
    std::unique_ptr<WinRmTransport> m_transport;
    Options m_options;
};
