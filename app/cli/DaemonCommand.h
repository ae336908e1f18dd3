#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `daemon [--interval SECONDS] [--once]`: for a machine that runs unattended (packaging/systemd), starts the
// scheduled runs when their time comes and reports those that missed their window (RunScheduler), logging
// each event on stderr (the journal under systemd). SIGTERM or SIGINT pause the runs under way — the assets
// being changed finish — and then it exits.
class DaemonCommand
{
    Q_DECLARE_TR_FUNCTIONS(DaemonCommand)

public:
    static CliCommand command();

private:
    static int run(CliContext &context, const CommandArguments &args);
};
