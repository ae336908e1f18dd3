#include "WinRmEndpoint.h"

#include "CommandStop.h"
#include "WinRmShell.h"

#include <algorithm>

WinRmEndpoint::WinRmEndpoint(WinRmTarget target, std::shared_ptr<const CredentialSource> credentials,
                             std::unique_ptr<HostKeyVerifier> verifier, Options options)
    : m_verifier(std::move(verifier))
    , m_options(options)
{
    // a response is one envelope within MaxEnvelopeSize: anything far beyond it is no WinRM answer
    const qint64 bodyCap = std::max<qint64>(1024 * 1024, qint64(m_options.maxEnvelopeSize) * 4);
    m_transport = std::make_unique<WinRmTransport>(std::move(target), std::move(credentials),
                                                   m_verifier.get(), bodyCap);
}

WinRmEndpoint::WinRmEndpoint(WinRmTarget target, std::shared_ptr<const CredentialSource> credentials,
                             std::unique_ptr<HostKeyVerifier> verifier)
    : WinRmEndpoint(std::move(target), std::move(credentials), std::move(verifier), Options{})
{
}

WinRmEndpoint::~WinRmEndpoint() = default;

QString WinRmEndpoint::describe() const
{
    return tr("%1 (WinRM)").arg(m_transport->target().describe());
}

CommandResult WinRmEndpoint::run(const Command &command, const RunLimits &limits,
                                 const std::atomic_bool *cancel)
{
    CommandResult result;
    if (CommandStop::canceledBeforeStart(command, cancel, &result))
        return result;
    if (!command.hasValidEnvironment()) {
        result.error = tr("%1 has an invalid environment entry; nothing was run.").arg(command.program);
        return result;
    }
    WsmanHeaderValues header;
    header.url = m_transport->target().url();
    header.maxEnvelopeSize = m_options.maxEnvelopeSize;
    header.operationTimeout = m_options.operationTimeout;
    WinRmShell shell(*m_transport, std::move(header));
    return shell.run(command, limits, cancel);
}
