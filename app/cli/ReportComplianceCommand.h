#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `report compliance`: the compliance report of a period as PDF, CSV or JSON in a file, recorded in the
// audit trail as report.exported with the file's SHA-256 (app/reports/ComplianceExport). Reads only, so an
// auditor may run it.
class ReportComplianceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportComplianceCommand)

public:
    static CliCommand command();

private:
    static int run(CliContext &context, const CommandArguments &args);
};
