#include "RingCommand.h"

#include "storage/RingRepository.h"
#include "storage/WindowRepository.h"

namespace {

// A refusal of what was typed (a value out of range, a position past the last) is a usage error; anything
// else (a role, the database) is a failure.
int failed(CliContext &context, const Error &error)
{
    return error.code == QLatin1String("invalid-ring") ? context.usage(error.text())
                                                       : context.fail(error.text());
}

} // namespace

CliCommand RingCommand::command()
{
    return CliCommand(QStringLiteral("ring"), tr("Deployment rings: their order and gates."))
        .subcommand(
            CliCommand(QStringLiteral("list"),
                       tr("List the rings in deployment order with their gates and windows."))
                .describe(tr("List every ring in deployment order: the configured ones by position, then "
                             "the rings assets name that nobody configured yet, alphabetically, with the "
                             "defaults (configured: no)."))
                .listing({QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("assets"),
                          QStringLiteral("min_success_percent"),
                          QStringLiteral("halt_on_failed_verification"), QStringLiteral("soak_minutes"),
                          QStringLiteral("parallelism"), QStringLiteral("windows"),
                          QStringLiteral("configured")})
                .handler(&list))
        .subcommand(
            CliCommand(QStringLiteral("set"), tr("Configure a ring's position and gate (admins; audited)."))
                .describe(tr("Configure a ring: where it goes in the deployment order and its gate. Only "
                             "the options given change; a ring configured for the first time starts from "
                             "the defaults and goes after the configured rings unless --position says "
                             "otherwise. Audited as ring.changed with each change."))
                .positional(QStringLiteral("name"), tr("The ring's name, as assets name it."),
                            QStringLiteral("NAME"))
                .option({QStringLiteral("position"),
                         tr("Where the ring goes in the deployment order (1 = first)."), QStringLiteral("N")})
                .option({QStringLiteral("min-success"),
                         tr("Share of the ring's assets that must succeed for the run to go on (0-100)."),
                         QStringLiteral("PERCENT")})
                .option({QStringLiteral("halt-on-failed-verification"),
                         tr("on or off: whether a failed verification halts the run."),
                         QStringLiteral("on|off")})
                .option({QStringLiteral("soak"),
                         tr("Minutes to wait after the ring before the next one starts (0-10080)."),
                         QStringLiteral("MINUTES")})
                .option({QStringLiteral("parallel"),
                         tr("How many of the ring's assets deploy at once (1-64)."), QStringLiteral("N")})
                .handler(&set))
        .subcommand(
            CliCommand(QStringLiteral("remove"), tr("Remove a ring's settings (admins; audited)."))
                .describe(tr("Remove a ring's settings; the rings after it move up. Assets in it keep their "
                             "ring, which is then listed with the defaults. Audited as ring.removed."))
                .positional(QStringLiteral("name"), tr("The ring's name."), QStringLiteral("NAME"))
                .handler(&remove));
}

int RingCommand::list(CliContext &context, const CommandArguments &args)
{
    const RingRepository rings(context.database->connection(), context.database->actor());
    const auto listed = rings.list();
    if (!listed)
        return context.fail(listed.error().text());
    const auto counts = rings.assetCounts();
    if (!counts)
        return context.fail(counts.error().text());
    const auto windows =
        WindowRepository(context.database->connection(), context.database->actor()).list(WindowScope::Ring);
    if (!windows)
        return context.fail(windows.error().text());
    QHash<QString, QStringList> windowTexts;
    for (const WindowAssignment &window : windows.value())
        windowTexts[window.target] << window.window.text() + QLatin1Char(' ') + window.window.timeZoneId();

    OutputTable table(args.jsonKeys());
    for (const RingSettings &ring : listed.value())
        table.addRow({ring.name, ring.position, counts.value().value(ring.name), ring.minSuccessPercent,
                      ring.haltOnFailedVerification, ring.soakMinutes, ring.parallelism,
                      windowTexts.value(ring.name).join(QStringLiteral("; ")), ring.configured});
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int RingCommand::set(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (p.positionalArguments().size() != 1)
        return context.usage(tr("Give exactly one ring name."));
    const QString name = p.positionalArguments().constFirst();

    RingRepository rings(context.database->connection(), context.database->actor());
    const auto listed = rings.list();
    if (!listed)
        return context.fail(listed.error().text());
    RingSettings ring;
    ring.name = name;
    for (const RingSettings &known : listed.value()) {
        if (known.name == name)
            ring = known;
    }
    ring.position = 0; // where it is, or last when new
    const auto number = [&p](const QString &option, int *value) {
        if (!p.isSet(option))
            return true;
        bool numeric = false;
        *value = p.value(option).toInt(&numeric);
        return numeric;
    };
    if (!number(QStringLiteral("position"), &ring.position) ||
        (p.isSet(QStringLiteral("position")) && ring.position < 1))
        return context.usage(tr("--position takes a number from 1."));
    if (!number(QStringLiteral("min-success"), &ring.minSuccessPercent))
        return context.usage(tr("--min-success takes a percentage (0-100)."));
    if (!number(QStringLiteral("soak"), &ring.soakMinutes))
        return context.usage(tr("--soak takes a number of minutes (0-10080)."));
    if (!number(QStringLiteral("parallel"), &ring.parallelism))
        return context.usage(tr("--parallel takes a number (1-64)."));
    if (p.isSet(QStringLiteral("halt-on-failed-verification"))) {
        const QString onOff = p.value(QStringLiteral("halt-on-failed-verification"));
        if (onOff != QLatin1String("on") && onOff != QLatin1String("off"))
            return context.usage(tr("--halt-on-failed-verification takes on or off."));
        ring.haltOnFailedVerification = onOff == QLatin1String("on");
    }
    if (Status stored = rings.set(ring); !stored)
        return failed(context, stored.error());
    const auto now = rings.find(name);
    if (!now)
        return context.fail(now.error().text());
    context.out << RingRepository::describe(now.value()) << Qt::endl;
    const auto counts = rings.assetCounts();
    if (counts && counts.value().value(name) == 0) // most likely a typo when the ring was meant to exist
        context.out << tr("No asset is in ring %1 yet (asset add or asset edit with --ring %1).").arg(name)
                    << Qt::endl;
    return CliContext::Success;
}

int RingCommand::remove(CliContext &context, const CommandArguments &args)
{
    const QStringList positionals = args.parser().positionalArguments();
    if (positionals.size() != 1)
        return context.usage(tr("Give exactly one ring name."));
    if (Status removed = RingRepository(context.database->connection(), context.database->actor())
                             .remove(positionals.constFirst());
        !removed)
        return context.fail(removed.error().text());
    context.out << tr("Removed the settings of ring %1.").arg(positionals.constFirst()) << Qt::endl;
    return CliContext::Success;
}
