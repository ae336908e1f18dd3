#pragma once

#include "MessageStream.h"
#include "reports/OutputTable.h"

#include "storage/Database.h"

#include <memory>

// What every CLI command works with: the open database and the two output streams (which never pass a
// control character to the terminal, see MessageStream).
struct CliContext
{
    std::unique_ptr<Database> database;
    // What --db and --passphrase-file said, for a command that opens the database itself.
    QString databaseArgument;
    QString passphrase;
    MessageStream out{stdout};
    MessageStream err{stderr};

    // Exit codes of the CLI contract (docs/cli.md).
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2,
        Partial = 3
    };

    int fail(const QString &message)
    {
        err << "patchwright-cli: " << message << Qt::endl;
        return Failure;
    }
    int usage(const QString &message)
    {
        err << "patchwright-cli: " << message << Qt::endl << "Try 'patchwright-cli --help'." << Qt::endl;
        return Usage;
    }
    void print(const QByteArray &bytes)
    {
        out.writeSafe(QString::fromUtf8(bytes));
        out.flush();
    }
};
