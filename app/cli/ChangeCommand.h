#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include "domain/ReviewDecision.h"

#include <QCoreApplication>

// `change create|submit|approve|reject|request-changes|list|show`: change requests for the change board.
class ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommand)

public:
    static CliCommand command();

private:
    static CliCommand decisionCommand(const QString &name, const QString &summary, ReviewDecision decision);
    static int create(CliContext &context, const CommandArguments &args);
    static int submit(CliContext &context, const CommandArguments &args);
    static int decide(CliContext &context, const CommandArguments &args, ReviewDecision decision);
    static int list(CliContext &context, const CommandArguments &args);
    static int show(CliContext &context, const CommandArguments &args);
};
