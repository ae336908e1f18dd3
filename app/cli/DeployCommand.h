#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `deploy CHANGE [--asset NAME]... [--parallel N] [--no-refresh] [--no-rollback-on-failure]`,
// `deploy status [CHANGE]` and `rollback CHANGE [--asset NAME]...`.
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
};
