#include "CommandArguments.h"

#include <functional>

#include "CliHelp.h"

CommandArguments::CommandArguments(const QString &path, const CliCommand &command)
    : m_path(path)
    , m_command(command)
{
    m_parser.setApplicationDescription(command.description());
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this command's help.")));
    for (const CliCommand::Positional &positional : command.positionals())
        m_parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
    if (!command.runs())
        m_parser.addPositionalArgument(QStringLiteral("subcommand"), tr("One of the subcommands below."),
                                       QStringLiteral("SUBCOMMAND"));
    m_parser.addOptions(command.options());
    if (command.isListing())
        m_parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                              tr("Output format: table, json or csv."),
                                              QStringLiteral("table|json|csv"), QStringLiteral("table")));
}

bool CommandArguments::parse(const QStringList &arguments, QString *error)
{
    if (!m_parser.parse(QStringList{QStringLiteral("patchwright-cli ") + m_path} + arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    if (m_command.isListing() &&
        !OutputTable::formatFromString(m_parser.value(QStringLiteral("format")), &m_format)) {
        *error = tr("Unknown format \"%1\"; use table, json or csv.")
                     .arg(m_parser.value(QStringLiteral("format")));
        return false;
    }
    return true;
}

QString CommandArguments::usageLine() const
{
    QString usage = QStringLiteral("patchwright-cli ") + m_path + QStringLiteral(" [options]");
    if (!m_command.runs())
        usage += QStringLiteral(" SUBCOMMAND");
    if (const QString synopsis = m_command.synopsis(); !synopsis.isEmpty())
        usage += QLatin1Char(' ') + synopsis;
    return tr("Usage: %1").arg(usage);
}

QString CommandArguments::helpText() const
{
    // QCommandLineParser's first line names the binary by its path: ours names the command instead.
    const QString parserText = m_parser.helpText();
    QString text = usageLine() + parserText.mid(parserText.indexOf(QLatin1Char('\n')));
    if (!m_command.subcommands().empty()) {
        // Every command reachable from here, nested groups spelled out ("checkpoint export FILE").
        QList<std::pair<QString, QString>> rows;
        const std::function<void(const CliCommand &, const QString &)> addRows = [&](const CliCommand &sub,
                                                                                     const QString &prefix) {
            if (sub.subcommands().empty() || sub.runs())
                rows.append({QString(prefix + sub.name() + QLatin1Char(' ') + sub.synopsis()).trimmed(),
                             sub.summary()});
            for (const CliCommand &nested : sub.subcommands())
                addRows(nested, prefix + sub.name() + QLatin1Char(' '));
        };
        for (const CliCommand &sub : m_command.subcommands())
            addRows(sub, QString());
        text += QLatin1Char('\n') +
                tr("Subcommands (%1 SUBCOMMAND --help for their options):")
                    .arg(QStringLiteral("patchwright-cli ") + m_path) +
                QLatin1Char('\n') + CliHelp::columns(rows);
    }
    if (m_command.isListing()) {
        // Keys are identifiers, not words: they are never translated.
        text += QLatin1Char('\n') + tr("JSON keys (and CSV columns):") + QLatin1Char('\n') +
                CliHelp::wrapped(m_command.jsonKeys());
    }
    return text;
}
