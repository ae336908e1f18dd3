#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `intel import FEED FILE`, `intel sync [FEED...]`, `intel status`, `intel correlate`, and where feeds come
// from: `intel source FEED [URL]`, `intel proxy [URL]`.
class IntelCommand
{
    Q_DECLARE_TR_FUNCTIONS(IntelCommand)

public:
    static CliCommand command();

private:
    static CliCommand syncCommand();
    static int importFile(CliContext &context, const CommandArguments &args);
    static int sync(CliContext &context, const CommandArguments &args);
    static int status(CliContext &context, const CommandArguments &args);
    static int correlate(CliContext &context, const CommandArguments &args);
    static int source(CliContext &context, const CommandArguments &args);
    static int proxy(CliContext &context, const CommandArguments &args);
};
