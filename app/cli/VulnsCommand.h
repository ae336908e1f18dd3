#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `vulns`: open vulnerabilities per asset, with a patch offered or not; with --by, the cross-host views of
// the Vulnerabilities pane (per CVE, per update, per scanner finding) through FleetExposure.
class VulnsCommand
{
    Q_DECLARE_TR_FUNCTIONS(VulnsCommand)

public:
    static CliCommand command();

private:
    static int run(CliContext &context, const CommandArguments &args);
    static int runAcrossHosts(CliContext &context, const CommandArguments &args);
};
