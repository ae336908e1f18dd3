#include "WinRmShell.h"

#include "ClixmlText.h"
#include "CommandStop.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcWinRm)

namespace {

void fail(CommandResult *result, const Error &error)
{
    result->error = error.message;
    result->errorHint = error.hint;
    result->errorCode = error.code;
}

// Appends what fits below cap; false when some of the chunk did not fit.
bool appendCapped(QByteArray *buffer, const QByteArray &chunk, qint64 cap)
{
    const qint64 room = std::max<qint64>(0, cap - buffer->size());
    buffer->append(chunk.constData(), std::min<qint64>(chunk.size(), room));
    return chunk.size() <= room;
}

} // namespace

struct WinRmShell::Run
{
    const RunLimits &limits;
    const std::atomic_bool *cancel;
    QDeadlineTimer deadline; // the command's own, from the start of the run
    QString shellId;
    QString commandId;
    CommandResult result;
};

WinRmShell::WinRmShell(WinRmTransport &transport, WsmanHeaderValues header)
    : m_transport(transport)
    , m_envelope(std::move(header))
{
}

Result<WinRmResponse> WinRmShell::exchange(const WsmanRequest &request, const QDeadlineTimer &deadline,
                                           const std::atomic_bool *cancel, Run &run)
{
    const QDeadlineTimer connectBy(run.limits.connectTimeout);
    auto answered = m_transport.post(request.xml, connectBy, deadline, cancel);
    if (!answered) {
        if (answered.error().code == QLatin1String("http-413"))
            return WsmanFault::fromHttpStatus(413).toError(m_transport.target().describe(),
                                                           m_transport.target().passwordAccount());
        return answered.error();
    }
    auto parsed = WinRmResponse::parse(answered.value().body, qsizetype(m_transport.bodyCap()));
    if (!parsed)
        return Error{tr("%1 sent a WinRM answer that cannot be read: %2")
                         .arg(m_transport.target().describe(), parsed.error().message),
                     parsed.error().hint, parsed.error().code};
    if (parsed.value().relatesTo.compare(request.messageId, Qt::CaseInsensitive) != 0)
        return Error{
            tr("%1 answered another request (RelatesTo %2, sent %3).")
                .arg(m_transport.target().describe(), parsed.value().relatesTo.left(80), request.messageId)};
    if (parsed.value().fault)
        parsed.value().fault->httpStatus = answered.value().status;
    else if (answered.value().status != 200)
        return Error{tr("%1 answered HTTP %2 without a WS-Management fault.")
                         .arg(m_transport.target().describe())
                         .arg(answered.value().status)};
    return parsed;
}

Status WinRmShell::create(const Command &command, Run &run)
{
    ShellOptions options;
    options.environment = command.environment;
    auto request = m_envelope.createShell(options);
    if (!request)
        return request.error();
    auto created = exchange(request.value(), run.deadline, run.cancel, run);
    if (!created)
        return created.error();
    if (created.value().fault)
        return created.value().fault->toError(m_transport.target().describe(),
                                              m_transport.target().passwordAccount());
    if (created.value().shellId.isEmpty())
        return Error{tr("%1 created a shell but named none.").arg(m_transport.target().describe())};
    run.shellId = created.value().shellId;
    return {};
}

Status WinRmShell::start(const Command &command, Run &run)
{
    auto request = m_envelope.command(run.shellId, command.program, command.arguments);
    if (!request)
        return request.error();
    auto started = exchange(request.value(), run.deadline, run.cancel, run);
    if (!started)
        return started.error();
    if (started.value().fault)
        return started.value().fault->toError(m_transport.target().describe(),
                                              m_transport.target().passwordAccount());
    if (started.value().commandId.isEmpty())
        return Error{tr("%1 started %2 but named no command id.")
                         .arg(m_transport.target().describe(), command.program)};
    run.commandId = started.value().commandId;
    run.result.started = true;
    return {};
}

Status WinRmShell::sendInput(const Command &command, Run &run)
{
    const QByteArray &input = command.standardInput;
    if (input.isEmpty())
        return {};
    const qsizetype chunk = m_envelope.maxSendChunk();
    if (chunk <= 0)
        return Error{tr("MaxEnvelopeSize %1 leaves no room for standard input.")
                         .arg(m_envelope.header().maxEnvelopeSize)};
    for (qsizetype offset = 0; offset < input.size(); offset += chunk) {
        const bool last = offset + chunk >= input.size();
        const WsmanRequest request =
            m_envelope.send(run.shellId, run.commandId, input.mid(offset, chunk), last);
        auto sent = exchange(request, run.deadline, run.cancel, run);
        if (!sent)
            return sent.error();
        if (sent.value().fault)
            return sent.value().fault->toError(m_transport.target().describe(),
                                               m_transport.target().passwordAccount());
    }
    return {};
}

Status WinRmShell::receiveUntilDone(const Command &command, Run &run)
{
    const qint64 cap = run.limits.outputCap;
    for (;;) {
        if (run.cancel && run.cancel->load()) {
            run.result.canceled = true;
            return {};
        }
        if (run.deadline.hasExpired()) {
            run.result.timedOut = true;
            return {};
        }
        auto received =
            exchange(m_envelope.receive(run.shellId, run.commandId), run.deadline, run.cancel, run);
        if (!received) {
            if (received.error().code == QLatin1String(HttpConnection::TimedOutCode))
                run.result.timedOut = true;
            else if (received.error().code == QLatin1String(HttpConnection::CanceledCode))
                run.result.canceled = true;
            else
                return received.error();
            return {};
        }
        const WinRmResponse &response = received.value();
        if (response.fault) {
            if (response.fault->isTimedOut())
                continue; // no output within OperationTimeout: ask again until the command's own deadline
            return response.fault->toError(m_transport.target().describe(),
                                           m_transport.target().passwordAccount());
        }
        for (const WinRmStream &stream : response.streams) {
            if (!stream.commandId.isEmpty() && stream.commandId != run.commandId)
                continue;
            QByteArray *into = stream.name == QLatin1String("stderr") ? &run.result.standardError
                                                                      : &run.result.standardOutput;
            if (!appendCapped(into, stream.data, cap)) {
                run.result.truncated = true;
                return {};
            }
        }
        if (response.isDone()) {
            if (!response.exitCode)
                return Error{tr("%1 finished %2 without an exit code.")
                                 .arg(m_transport.target().describe(), command.program)};
            run.result.exitCode = *response.exitCode;
            return {};
        }
    }
}

void WinRmShell::stopCommand(Run &run)
{
    if (run.commandId.isEmpty())
        return;
    const QDeadlineTimer deadline(CleanupMs);
    auto signalled = exchange(m_envelope.signal(run.shellId, run.commandId, WsmanSignal::Terminate), deadline,
                              nullptr, run);
    if (!signalled)
        qCWarning(lcWinRm) << "terminate signal to" << m_transport.target().describe()
                           << "failed:" << signalled.error().message;
}

void WinRmShell::deleteShell(Run &run)
{
    if (run.shellId.isEmpty())
        return;
    const QDeadlineTimer deadline(CleanupMs);
    auto deleted = exchange(m_envelope.deleteShell(run.shellId), deadline, nullptr, run);
    if (!deleted)
        qCWarning(lcWinRm) << "deleting shell on" << m_transport.target().describe()
                           << "failed:" << deleted.error().message;
    else if (deleted.value().fault)
        qCWarning(lcWinRm) << "deleting shell on" << m_transport.target().describe()
                           << "failed:" << deleted.value().fault->serverText();
}

CommandResult WinRmShell::run(const Command &command, const RunLimits &limits, const std::atomic_bool *cancel)
{
    Run run{limits, cancel, QDeadlineTimer(limits.timeout), {}, {}, {}};
    Status outcome = create(command, run);
    if (outcome)
        outcome = start(command, run);
    if (outcome)
        outcome = sendInput(command, run);
    if (outcome)
        outcome = receiveUntilDone(command, run);
    // a stop from the transport (the deadline or a cancel while waiting) is the run's stop, not a failure
    if (!outcome && outcome.error().code == QLatin1String(HttpConnection::TimedOutCode))
        run.result.timedOut = true;
    else if (!outcome && outcome.error().code == QLatin1String(HttpConnection::CanceledCode))
        run.result.canceled = true;
    else if (!outcome)
        fail(&run.result, outcome.error());
    const bool stopped = run.result.truncated || run.result.timedOut || run.result.canceled;
    if (stopped)
        stopCommand(run);
    deleteShell(run); // always: also after an error, a timeout or a cancel
    CommandStop::explainStop(command, limits, &run.result);
    if (ClixmlText::isClixml(run.result.standardError))
        run.result.standardError =
            ClixmlText::readable(run.result.standardError, qsizetype(limits.outputCap));
    return std::move(run.result);
}
