#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `asset list`, `asset show NAME`, `asset remove NAME`, and the `asset` group with add, edit, import and
// trust beside them.
class AssetCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssetCommand)

public:
    static CliCommand command();

private:
    static int list(CliContext &context, const CommandArguments &args);
    static int show(CliContext &context, const CommandArguments &args);
    static int remove(CliContext &context, const CommandArguments &args);
};
