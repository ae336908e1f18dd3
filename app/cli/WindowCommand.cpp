#include "WindowCommand.h"

#include "storage/WindowRepository.h"

#include <QTimeZone>

namespace {

const QString RingOption = QStringLiteral("ring");
const QString AssetOption = QStringLiteral("asset");

// --ring NAME or --asset NAME: the scope and target, or an error message when both are given. Neither given:
// nullopt scope.
bool scopeFrom(const QCommandLineParser &parser, std::optional<WindowScope> *scope, QString *target)
{
    if (parser.isSet(RingOption) && parser.isSet(AssetOption))
        return false;
    if (parser.isSet(RingOption)) {
        *scope = WindowScope::Ring;
        *target = parser.value(RingOption);
    } else if (parser.isSet(AssetOption)) {
        *scope = WindowScope::Asset;
        *target = parser.value(AssetOption);
    }
    return true;
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

CliCommand WindowCommand::command()
{
    const QCommandLineOption ring(RingOption, tr("The ring the window belongs to."), QStringLiteral("NAME"));
    const QCommandLineOption asset(AssetOption, tr("The asset the window belongs to."),
                                   QStringLiteral("NAME"));
    return CliCommand(QStringLiteral("window"), tr("Maintenance windows of rings and assets."))
        .subcommand(
            CliCommand(QStringLiteral("add"),
                       tr("Add a maintenance window to a ring or an asset (admins; audited)."))
                .describe(tr("Add a maintenance window to a ring or an asset and print its id and when it "
                             "opens next. An asset's own windows replace its ring's. Audited as "
                             "window.added."))
                .option(ring)
                .option(asset)
                .option({QStringLiteral("when"), tr("When it opens, e.g. \"Sat 22:00-02:00\"."),
                         QStringLiteral("TEXT")})
                .option({QStringLiteral("time-zone"), tr("The IANA zone of its times, e.g. Europe/Berlin."),
                         QStringLiteral("ZONE")})
                .handler(&add))
        .subcommand(
            CliCommand(QStringLiteral("list"), tr("List the maintenance windows."))
                .option(ring)
                .option(asset)
                .listing({QStringLiteral("id"), QStringLiteral("scope"), QStringLiteral("target"),
                          QStringLiteral("when"), QStringLiteral("time_zone"), QStringLiteral("next_opens"),
                          QStringLiteral("next_closes"), QStringLiteral("created_by")})
                .handler(&list))
        .subcommand(
            CliCommand(QStringLiteral("remove"), tr("Remove a maintenance window (admins; audited)."))
                .positional(QStringLiteral("id"), tr("The window's id (window list)."), QStringLiteral("ID"))
                .handler(&remove));
}

int WindowCommand::add(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (!p.positionalArguments().isEmpty())
        return context.usage(tr("window add takes no arguments, only options."));
    std::optional<WindowScope> scope;
    QString target;
    if (!scopeFrom(p, &scope, &target) || !scope)
        return context.usage(tr("window add needs either --ring NAME or --asset NAME."));
    if (!p.isSet(QStringLiteral("when")))
        return context.usage(tr("window add needs --when, e.g. --when \"Sat 22:00-02:00\"."));
    if (!p.isSet(QStringLiteral("time-zone")))
        return context.usage(tr("window add needs --time-zone, e.g. --time-zone Europe/Berlin."));

    const QString zone = p.value(QStringLiteral("time-zone"));
    WindowRepository windows(context.database->connection(), context.database->actor());
    const auto added = windows.add(*scope, target, p.value(QStringLiteral("when")), zone);
    if (!added) {
        // What was typed does not parse: a usage error; anything else is refused.
        const QString code = added.error().code;
        return code == QLatin1String("window-invalid") || code == QLatin1String("time-zone-invalid")
                   ? context.usage(added.error().text())
                   : context.fail(added.error().text());
    }
    context.out << added.value() << Qt::endl;
    const auto stored = windows.find(added.value());
    if (!stored)
        return context.fail(stored.error().text());
    const auto next = stored.value().window.nextOpening(QDateTime::currentDateTimeUtc());
    if (!next) {
        context.out << next.error().text() << Qt::endl;
        return CliContext::Success;
    }
    const QTimeZone local(zone.toLatin1());
    const QString format = QStringLiteral("ddd yyyy-MM-dd HH:mm");
    context.out << tr("Opens next %1 to %2 %3 (%4 to %5).")
                       .arg(next.value().start.toTimeZone(local).toString(format),
                            next.value().end.toTimeZone(local).toString(format), zone,
                            utc(next.value().start), utc(next.value().end))
                << Qt::endl;
    return CliContext::Success;
}

int WindowCommand::list(CliContext &context, const CommandArguments &args)
{
    std::optional<WindowScope> scope;
    QString target;
    if (!scopeFrom(args.parser(), &scope, &target))
        return context.usage(tr("Give --ring or --asset, not both."));
    const auto windows =
        WindowRepository(context.database->connection(), context.database->actor()).list(scope, target);
    if (!windows)
        return context.fail(windows.error().text());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OutputTable table(args.jsonKeys());
    for (const WindowAssignment &window : windows.value()) {
        const auto next = window.window.nextOpening(now);
        table.addRow({window.id, storedText(window.scope), window.target, window.window.text(),
                      window.window.timeZoneId(), next ? QVariant(utc(next.value().start)) : QVariant(),
                      next ? QVariant(utc(next.value().end)) : QVariant(), window.createdBy});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int WindowCommand::remove(CliContext &context, const CommandArguments &args)
{
    const QStringList positionals = args.parser().positionalArguments();
    if (positionals.size() != 1)
        return context.usage(tr("Give exactly one window id."));
    bool numeric = false;
    const qint64 id = positionals.constFirst().toLongLong(&numeric);
    if (!numeric || id <= 0)
        return context.usage(tr("\"%1\" is not a window id.").arg(positionals.constFirst()));
    if (Status removed =
            WindowRepository(context.database->connection(), context.database->actor()).remove(id);
        !removed)
        return context.fail(removed.error().text());
    context.out << tr("Removed window %1.").arg(id) << Qt::endl;
    return CliContext::Success;
}
