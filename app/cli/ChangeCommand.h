#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include "domain/ReviewDecision.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

// `change create|edit|submit|cancel|approve|reject|request-changes|list|show|decisions`: change requests
// for the change board, through ChangeBoard (the same rules as the console).
class ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommand)

public:
    static CliCommand command();

private:
    static CliCommand decisionCommand(const QString &name, const QString &summary, ReviewDecision decision);
    static int create(CliContext &context, const CommandArguments &args);
    static int edit(CliContext &context, const CommandArguments &args);
    static int submit(CliContext &context, const CommandArguments &args);
    static int cancel(CliContext &context, const CommandArguments &args);
    static int decide(CliContext &context, const CommandArguments &args, ReviewDecision decision);
    static int list(CliContext &context, const CommandArguments &args);
    static int show(CliContext &context, const CommandArguments &args);
    static int decisions(CliContext &context, const CommandArguments &args);
    // --risk, --rollback-plan, --justification, --title and --emergency onto a draft; false after a usage
    // error.
    static bool applyCommonOptions(CliContext &context, const CommandArguments &args, ChangeDraft *draft);
};
