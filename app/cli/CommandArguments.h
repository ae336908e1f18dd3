#pragma once

#include "OutputTable.h"

#include <QCommandLineParser>

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
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    QString helpText() const { return m_parser.helpText(); }
    OutputTable::Format format() const { return m_format; }

private:
    QString m_command;
    QCommandLineParser m_parser;
    bool m_hasFormat = false;
    OutputTable::Format m_format = OutputTable::Format::Table;
};
