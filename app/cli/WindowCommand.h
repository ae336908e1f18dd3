#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `window add|list|remove`: maintenance windows per ring or per asset (an asset's own replace its ring's).
class WindowCommand
{
    Q_DECLARE_TR_FUNCTIONS(WindowCommand)

public:
    static CliCommand command();

private:
    static int add(CliContext &context, const CommandArguments &args);
    static int list(CliContext &context, const CommandArguments &args);
    static int remove(CliContext &context, const CommandArguments &args);
};
