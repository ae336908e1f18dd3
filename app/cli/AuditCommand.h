#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `audit verify [--checkpoint FILE]`, `audit checkpoint export FILE` and `audit list` (filtered, or
// exported with --out).
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static CliCommand command();

private:
    static int verify(CliContext &context, const CommandArguments &args);
    static int list(CliContext &context, const CommandArguments &args);
    static int exportCheckpoint(CliContext &context, const CommandArguments &args);
};
