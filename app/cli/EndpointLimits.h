#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include "endpoints/EndpointForAsset.h"

#include <QCoreApplication>

#include <optional>

// The options every command that reaches endpoints shares: --timeout (per command), --connect-timeout and
// --output-cap (per command and stream). Defaults: 5 min (30 min for deployments), 30 s, 64 MiB.
class EndpointLimits
{
    Q_DECLARE_TR_FUNCTIONS(EndpointLimits)

public:
    // `defaultTimeout`: seconds per command when --timeout is not given (installs need longer than scans).
    static QList<QCommandLineOption> options(int defaultTimeout = 300);

    // After parsing: false (and a usage error printed) when a value is out of range.
    bool read(CliContext &context, const CommandArguments &args);

    RunLimits runLimits() const { return m_limits; }
    void applyTo(EndpointContext &context) const { context.connectTimeout = m_connectTimeout; }

private:
    RunLimits m_limits;
    std::chrono::milliseconds m_connectTimeout{std::chrono::seconds(30)};
};
