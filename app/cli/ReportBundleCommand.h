#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `report evidence` (an auditor's evidence bundle for a period: EvidenceExport) and `report verify` (what a
// bundle proves about itself: EvidenceCheck, and with --db against that database). Two subcommands of the
// `report` group (CliApplication::commands()).
class ReportBundleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportBundleCommand)

public:
    static CliCommand evidenceCommand();
    static CliCommand verifyCommand();

private:
    static int evidence(CliContext &context, const CommandArguments &args);
    static int verify(CliContext &context, const CommandArguments &args);
};
