#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `board show|set`: the change board's policy (quorum per risk, self-approval for a lone admin, the review
// deadline of emergency changes).
class BoardCommand
{
    Q_DECLARE_TR_FUNCTIONS(BoardCommand)

public:
    static CliCommand command();

private:
    static int show(CliContext &context, const CommandArguments &args);
    static int set(CliContext &context, const CommandArguments &args);
};
