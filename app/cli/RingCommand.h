#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `ring list|set|remove`: the deployment rings' order, their gates (what lets a staged run go on to the next
// ring) and how many of a ring's assets deploy at once. The run engine reads them; these only configure.
class RingCommand
{
    Q_DECLARE_TR_FUNCTIONS(RingCommand)

public:
    static CliCommand command();

private:
    static int list(CliContext &context, const CommandArguments &args);
    static int set(CliContext &context, const CommandArguments &args);
    static int remove(CliContext &context, const CommandArguments &args);
};
