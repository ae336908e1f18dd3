#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `user add|list|remove` (local-mode users and their roles) and `whoami` (who this is and what they may do).
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    static CliCommand command();
    static CliCommand whoamiCommand();

private:
    static int add(CliContext &context, const CommandArguments &args);
    static int list(CliContext &context, const CommandArguments &args);
    static int remove(CliContext &context, const CommandArguments &args);
    static int whoami(CliContext &context, const CommandArguments &args);
};
