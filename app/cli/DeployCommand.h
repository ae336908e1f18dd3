#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `deploy CHANGE [--asset NAME]... [--parallel N] [--no-refresh] [--no-rollback-on-failure]`,
// `deploy status [CHANGE]` and `rollback CHANGE [--asset NAME]...`.
class DeployCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)

public:
    static int deploy(CliContext &context, const QStringList &arguments);
    static int rollback(CliContext &context, const QStringList &arguments);

private:
    static int status(CliContext &context, const QStringList &arguments);
    static int run(CliContext &context, const QStringList &arguments, bool rollback);
};
