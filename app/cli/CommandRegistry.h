#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

#include <vector>

// Every command of patchwright-cli, each declared once (CliCommand): finds the command a command line names
// (`asset list ...`, `deploy 7`, `deploy status`), says what is wrong when none matches, and lists them all
// for the global help. Dispatch, usage errors and help all come from here, so they cannot disagree.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    explicit CommandRegistry(std::vector<CliCommand> commands);

    struct Found
    {
        const CliCommand *command = nullptr; // null when the words name no command: see `error`
        QString path;                        // the words that named it, e.g. "asset list"
        QStringList arguments;               // what follows them: the command's own options and positionals
        QString error;
    };
    // `words`: the command line after the global options, starting with the command's name.
    Found find(const QStringList &words) const;

    // One line per command that runs ("asset show NAME   Show one asset."), for the global help.
    QString commandList() const;

private:
    std::vector<CliCommand> m_commands;
};
