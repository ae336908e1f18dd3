#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `asset import FILE [--kind csv|ansible] [--update] [--format table|json|csv]`: every asset of the file in
// one transaction, or nothing; problems go to stderr as FILE:LINE: message.
class AssetImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssetImportCommand)

public:
    static CliCommand command();

private:
    static int run(CliContext &context, const CommandArguments &args);
};
