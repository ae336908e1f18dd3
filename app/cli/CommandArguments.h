#pragma once

#include "OutputTable.h"

#include <QCommandLineParser>

#include <functional>
#include <optional>
#include <utility>

struct CliContext;

// Parses one command's options and positionals with QCommandLineParser, without letting it exit the
// process, and knows the shared --format option.
class CommandArguments
{
public:
    CommandArguments(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addFormatOption();
    // False on a usage error; `error` says what was wrong.
    bool parse(const QStringList &arguments, QString *error);
    // Parses; on a usage error or --help, prints what is due and returns the exit code to end with.
    std::optional<int> parseOrExit(CliContext &context, const QStringList &arguments);

    using Subcommand = std::pair<const char *, std::function<int(CliContext &, const QStringList &)>>;
    // Runs the subcommand named by arguments[0] (e.g. `asset list`), or reports a usage error.
    static int dispatch(CliContext &context, const QString &command, const QStringList &arguments,
                        const QList<Subcommand> &subcommands);
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    QString helpText() const { return m_parser.helpText(); }
    OutputTable::Format format() const { return m_format; }

private:
    QString m_command;
    QCommandLineParser m_parser;
    bool m_hasFormat = false;
    OutputTable::Format m_format = OutputTable::Format::Table;
};
