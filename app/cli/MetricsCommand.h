#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `metrics` (every compliance metric for a period, from the history) and `metrics recompute` (replace a
// period's daily snapshots). See app/reports/FleetMetrics for the formulas.
class MetricsCommand
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    static CliCommand command();

private:
    static int show(CliContext &context, const CommandArguments &args);
    static int recompute(CliContext &context, const CommandArguments &args);
};
