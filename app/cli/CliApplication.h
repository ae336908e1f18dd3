#pragma once

#include <QCoreApplication>
#include <QStringList>

// patchwright-cli: global options, opening the database, and dispatch to the commands.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` excludes the program name. Returns the process exit code.
    static int run(const QStringList &arguments);
    static QString helpText();
};
