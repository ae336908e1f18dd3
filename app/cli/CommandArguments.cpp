#include "CommandArguments.h"

#include "CliContext.h"

#include <QCoreApplication>

CommandArguments::CommandArguments(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          QCoreApplication::translate("Cli", "Show this command's help.")));
}

void CommandArguments::addFormatOption()
{
    m_hasFormat = true;
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("format"), QCoreApplication::translate("Cli", "Output format: table, json or csv."),
        QStringLiteral("table|json|csv"), QStringLiteral("table")));
}

bool CommandArguments::parse(const QStringList &arguments, QString *error)
{
    if (!m_parser.parse(QStringList{QStringLiteral("patchwright-cli ") + m_command} + arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    if (m_hasFormat && !OutputTable::formatFromString(m_parser.value(QStringLiteral("format")), &m_format)) {
        *error = QCoreApplication::translate("Cli", "Unknown format \"%1\"; use table, json or csv.")
                     .arg(m_parser.value(QStringLiteral("format")));
        return false;
    }
    return true;
}

std::optional<int> CommandArguments::parseOrExit(CliContext &context, const QStringList &arguments)
{
    QString error;
    if (!parse(arguments, &error))
        return context.usage(error);
    if (helpRequested()) {
        context.print(helpText().toUtf8());
        return int(CliContext::Success);
    }
    return std::nullopt;
}

int CommandArguments::dispatch(CliContext &context, const QString &command, const QStringList &arguments,
                               const QList<Subcommand> &subcommands)
{
    QStringList names;
    const QString verb = arguments.value(0);
    for (const auto &[name, run] : subcommands) {
        if (verb == QLatin1String(name))
            return run(context, arguments.mid(1));
        names.append(QString::fromLatin1(name));
    }
    const QString choices = names.join(QStringLiteral(" or "));
    return context.usage(
        verb.isEmpty()
            ? QCoreApplication::translate("Cli", "%1 needs a subcommand: %2.").arg(command, choices)
            : QCoreApplication::translate("Cli", "Unknown %1 subcommand \"%2\"; use %3.")
                  .arg(command, verb, choices));
}
