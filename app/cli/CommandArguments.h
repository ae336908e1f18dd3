#pragma once

#include "CliCommand.h"
#include "reports/OutputTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// One command's arguments parsed with QCommandLineParser (without letting it exit the process) as its
// CliCommand declares them, with the shared --help and, for a listing, --format. Its help text names the
// command as the user typed it ("Usage: patchwright-cli asset list [options]"), never the binary's path.
class CommandArguments
{
    Q_DECLARE_TR_FUNCTIONS(CommandArguments)

public:
    // `path`: the words that name the command, e.g. "asset list".
    CommandArguments(const QString &path, const CliCommand &command);

    // False on a usage error; `error` says what was wrong.
    bool parse(const QStringList &arguments, QString *error);
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    QString helpText() const;

    const QCommandLineParser &parser() const { return m_parser; }
    OutputTable::Format format() const { return m_format; }
    // The listing's keys: JSON objects and the CSV header carry exactly these.
    const QStringList &jsonKeys() const { return m_command.jsonKeys(); }

private:
    QString usageLine() const;

    QString m_path;
    const CliCommand &m_command;
    QCommandLineParser m_parser;
    OutputTable::Format m_format = OutputTable::Format::Table;
};
