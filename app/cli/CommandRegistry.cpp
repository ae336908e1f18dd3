#include "CommandRegistry.h"

#include "CliHelp.h"

namespace {

bool isHelpFlag(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h");
}

QStringList namesOf(const std::vector<CliCommand> &commands)
{
    QStringList names;
    for (const CliCommand &command : commands)
        names.append(command.name());
    return names;
}

void listRunnable(const CliCommand &command, const QString &prefix, QList<std::pair<QString, QString>> *rows)
{
    const QString path = prefix.isEmpty() ? command.name() : prefix + QLatin1Char(' ') + command.name();
    if (command.runs())
        rows->append({QString(path + QLatin1Char(' ') + command.synopsis()).trimmed(), command.summary()});
    for (const CliCommand &sub : command.subcommands())
        listRunnable(sub, path, rows);
}

} // namespace

CommandRegistry::CommandRegistry(std::vector<CliCommand> commands)
    : m_commands(std::move(commands))
{
}

CommandRegistry::Found CommandRegistry::find(const QStringList &words) const
{
    Found found;
    const QString name = words.value(0);
    for (const CliCommand &command : m_commands) {
        if (command.name() == name)
            found.command = &command;
    }
    if (!found.command) {
        found.error = tr("Unknown command \"%1\".").arg(name);
        return found;
    }
    found.path = name;
    found.arguments = words.mid(1);
    // Subcommands first: `deploy status` is a subcommand, `deploy 7` is deploy's own positional.
    while (const CliCommand *sub = found.command->findSubcommand(found.arguments.value(0))) {
        found.command = sub;
        found.path += QLatin1Char(' ') + sub->name();
        found.arguments.removeFirst();
    }
    if (found.command->runs() || isHelpFlag(found.arguments.value(0)))
        return found;
    const QString choices = namesOf(found.command->subcommands()).join(QStringLiteral(" or "));
    const QString verb = found.arguments.value(0);
    found.error = verb.isEmpty() ? tr("%1 needs a subcommand: %2.").arg(found.path, choices)
                                 : tr("Unknown %1 subcommand \"%2\"; use %3.").arg(found.path, verb, choices);
    found.command = nullptr;
    return found;
}

QString CommandRegistry::commandList() const
{
    QList<std::pair<QString, QString>> rows;
    for (const CliCommand &command : m_commands)
        listRunnable(command, QString(), &rows);
    return CliHelp::columns(rows);
}
