#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `db info` and `db rekey`.
class DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    static CliCommand command();

private:
    static int check(CliContext &context, const CommandArguments &args);
    static int recover(CliContext &context, const CommandArguments &args);
    static int info(CliContext &context, const CommandArguments &args);
    static int rekey(CliContext &context, const CommandArguments &args);
};
