#include "CommandArguments.h"

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
