#pragma once

#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
struct CliContext;

// patchwright-cli: global options, the registry of every command, opening the database, and dispatch.
// Parsing and --help come first: a usage error or a help text never needs the database or the keychain.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` excludes the program name. Returns the process exit code.
    static int run(const QStringList &arguments);
    // Every command of patchwright-cli, in the order the help lists them.
    static CommandRegistry commands();

private:
    static void addGlobalOptions(QCommandLineParser &parser);
    static QString helpText(const QCommandLineParser &parser, const CommandRegistry &registry);
    static int readDatabaseArguments(CliContext &context, const QCommandLineParser &global);
    static int openDatabase(CliContext &context);
};
