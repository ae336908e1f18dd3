#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `change create|submit|approve|reject|request-changes|list|show`: change requests for the change board.
class ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommand)

public:
    static CliCommand command();

private:
    static CliCommand decisionCommand(const QString &name, const QString &summary, const QString &decision);
    static int create(CliContext &context, const CommandArguments &args);
    static int submit(CliContext &context, const CommandArguments &args);
    static int decide(CliContext &context, const CommandArguments &args, const QString &decision);
    static int list(CliContext &context, const CommandArguments &args);
    static int show(CliContext &context, const CommandArguments &args);
};
