#pragma once

#include "Command.h"
#include "WinRmResponse.h"
#include "WinRmTransport.h"
#include "WsmanEnvelope.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <atomic>

// Runs one Command in its own WinRS shell (MS-WSMV's shell protocol, one shell per command because the
// shell carries the command's environment): Create (WINRS_NOPROFILE, WINRS_CODEPAGE 65001, the command's
// environment), Command, Send of Command::standardInput in chunks that keep each envelope within
// MaxEnvelopeSize, Receive until CommandState Done with the exit code (w:TimedOut answers are asked again
// until the command's own deadline), Signal terminate when the run is stopped (timeout, output cap, cancel),
// and Delete ALWAYS, on success, error, cancel and timeout alike, with a short deadline of its own.
// stdout and stderr are kept apart below the output cap; PowerShell's CLIXML error stream becomes text.
class WinRmShell
{
    Q_DECLARE_TR_FUNCTIONS(WinRmShell)

public:
    // How long Signal and Delete may take once the command itself has ended or been stopped.
    static constexpr int CleanupMs = 10000;

    WinRmShell(WinRmTransport &transport, WsmanHeaderValues header);

    CommandResult run(const Command &command, const RunLimits &limits, const std::atomic_bool *cancel);

private:
    struct Run;
    Result<WinRmResponse> exchange(const WsmanRequest &request, const QDeadlineTimer &deadline,
                                   const std::atomic_bool *cancel, Run &run);
    Status create(const Command &command, Run &run);
    Status start(const Command &command, Run &run);
    Status sendInput(const Command &command, Run &run);
    Status receiveUntilDone(const Command &command, Run &run);
    void stopCommand(Run &run);
    void deleteShell(Run &run);

    WinRmTransport &m_transport;
    WsmanEnvelope m_envelope;
};
