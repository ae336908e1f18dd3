#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `metrics` (every compliance metric for a period, from the history), `metrics recompute` (replace a
// period's daily snapshots) and `metrics rule` (show or set the team's compliance rule). See
// app/reports/FleetMetrics for the formulas.
class MetricsCommand
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    static CliCommand command();

private:
    static int show(CliContext &context, const CommandArguments &args);
    static int recompute(CliContext &context, const CommandArguments &args);
    static int rule(CliContext &context, const CommandArguments &args);
};
