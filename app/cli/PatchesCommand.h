#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `patches [--asset NAME] [--state STATE] [--sort ...]`: per-asset patches.
class PatchesCommand
{
    Q_DECLARE_TR_FUNCTIONS(PatchesCommand)

public:
    static CliCommand command();

private:
    static int run(CliContext &context, const CommandArguments &args);
};
