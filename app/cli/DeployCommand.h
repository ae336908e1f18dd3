#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include "jobs/RunPlanner.h"

#include <QCoreApplication>

#include <optional>

// `deploy CHANGE [--ring RING]... [--schedule | --at TIME [--start-within MINUTES]]` (a staged run,
// RunCommand drives it now, or a scheduler starts it later), `deploy CHANGE --asset NAME...
// [--parallel N]` (those assets at once, no run), `deploy status [CHANGE] [--run RUN]`, the run subcommands
// (RunCommand) and `rollback CHANGE [--asset NAME]...`.
class DeployCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)

public:
    static CliCommand deployCommand();
    static CliCommand rollbackCommand();

private:
    static QList<QCommandLineOption> sharedOptions();
    static int status(CliContext &context, const CommandArguments &args);
    static int run(CliContext &context, const CommandArguments &args, bool rollback);
    static int staged(CliContext &context, const CommandArguments &args, qint64 changeId);
    // What --ring, --schedule, --at and --start-within ask for; nullopt after a usage error.
    static std::optional<RunPlanner::Request> scheduleFrom(CliContext &context, const CommandArguments &args,
                                                           qint64 changeId);
};
