#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `asset add NAME --transport ssh|winrm|local [--address HOST] [--port N] [--user U] [--identity FILE]
// [--criticality C] [--exposure E] [--ring R] [--tag T]...` and `asset edit NAME [--name NEW] [the same
// options]` (only the options given change; --tag replaces the tags).
class AssetAddCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssetAddCommand)

public:
    static CliCommand addCommand();
    static CliCommand editCommand();

private:
    static int add(CliContext &context, const CommandArguments &args);
    static int edit(CliContext &context, const CommandArguments &args);
};
