#include "CliCommand.h"

CliCommand::CliCommand(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{
}

CliCommand &CliCommand::describe(const QString &description)
{
    m_description = description;
    return *this;
}

CliCommand &CliCommand::positional(const QString &name, const QString &description, const QString &syntax)
{
    m_positionals.append({name, description, syntax});
    return *this;
}

CliCommand &CliCommand::option(const QCommandLineOption &option)
{
    m_options.append(option);
    return *this;
}

CliCommand &CliCommand::options(const QList<QCommandLineOption> &options)
{
    m_options += options;
    return *this;
}

CliCommand &CliCommand::listing(const QStringList &jsonKeys)
{
    m_jsonKeys = jsonKeys;
    return *this;
}

CliCommand &CliCommand::handler(Handler run)
{
    m_run = std::move(run);
    return *this;
}

CliCommand &CliCommand::opensItsOwnDatabase()
{
    m_opensItsOwnDatabase = true;
    return *this;
}

CliCommand &CliCommand::subcommand(const CliCommand &command)
{
    m_subcommands.push_back(command);
    return *this;
}

const CliCommand *CliCommand::findSubcommand(const QString &name) const
{
    for (const CliCommand &command : m_subcommands) {
        if (command.name() == name)
            return &command;
    }
    return nullptr;
}

QString CliCommand::synopsis() const
{
    QStringList parts;
    for (const Positional &positional : m_positionals)
        parts.append(positional.syntax);
    return parts.join(QLatin1Char(' '));
}
