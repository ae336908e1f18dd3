#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `deploy CHANGE [--ring RING]...` (a staged run, RunCommand drives it), `deploy CHANGE --asset NAME...
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
};
