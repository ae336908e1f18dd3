#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `scan [NAME...|--all] [--parallel N]`: scans assets and prints a per-asset summary.
class ScanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    static CliCommand command();

private:
    static int run(CliContext &context, const CommandArguments &args);
};
