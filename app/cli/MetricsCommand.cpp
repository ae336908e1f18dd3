#include "MetricsCommand.h"

#include "domain/UtcTime.h"
#include "reports/ComplianceRuleSetting.h"
#include "reports/FleetMetrics.h"
#include "reports/FleetReportJson.h"
#include "storage/MetricSnapshotRepository.h"
#include "storage/UserRepository.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace {

const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");

// A day (YYYY-MM-DD, UTC) from an option; `fallback` when the option is not given.
bool readDay(const QCommandLineParser &parser, const QString &option, const QDate &fallback, QDate *day)
{
    if (!parser.isSet(option)) {
        *day = fallback;
        return fallback.isValid();
    }
    *day = QDate::fromString(parser.value(option), Qt::ISODate);
    return day->isValid();
}

MetricScope scopeFrom(const QCommandLineParser &parser)
{
    MetricScope scope;
    scope.ring = parser.value(QStringLiteral("ring"));
    scope.criticality = parser.value(QStringLiteral("criticality"));
    scope.tag = parser.value(QStringLiteral("tag"));
    scope.osId = parser.value(QStringLiteral("os"));
    return scope;
}

QDateTime startOf(const QDate &day)
{
    return UtcTime::startOfDay(day);
}

} // namespace

CliCommand MetricsCommand::command()
{
    const QCommandLineOption from{FromOption,
                                  tr("First day of the period (YYYY-MM-DD, UTC; default 30 days "
                                     "before --to)."),
                                  QStringLiteral("DATE")};
    const QCommandLineOption to{ToOption,
                                tr("Day after the period's last (YYYY-MM-DD, UTC; default today: "
                                   "the period ends at its 00:00)."),
                                QStringLiteral("DATE")};
    return CliCommand(QStringLiteral("metrics"), tr("Compliance metrics for a period, from the history."))
        .describe(tr("Time to patch, SLA compliance, deployment success, exposure and its daily trend, and "
                     "visibility gaps for the period [--from, --to), computed from the history as of each "
                     "moment. Trend days with a stored snapshot show it; the others are computed."))
        .option(from)
        .option(to)
        .option({QStringLiteral("ring"), tr("Only assets in this ring."), QStringLiteral("RING")})
        .option(
            {QStringLiteral("criticality"), tr("Only assets of this criticality."), QStringLiteral("LEVEL")})
        .option({QStringLiteral("tag"), tr("Only assets with this tag."), QStringLiteral("TAG")})
        .option(
            {QStringLiteral("os"), tr("Only assets with this OS id (e.g. debian)."), QStringLiteral("OS")})
        .option({QStringLiteral("rule"),
                 tr("Judge compliance by these checks instead of the team's stored rule: overdue, kev, "
                    "security, comma-separated."),
                 QStringLiteral("CHECKS")})
        .option({QStringLiteral("stale-days"),
                 tr("An asset with no successful scan in this many days before the period's end is a "
                    "visibility gap (default 7)."),
                 QStringLiteral("DAYS")})
        .option(
            {QStringLiteral("format"), tr("Output format: table, json or csv."), QStringLiteral("FORMAT")})
        .handler(&show)
        .subcommand(
            CliCommand(QStringLiteral("recompute"),
                       tr("Replace a period's daily metric snapshots from the history."))
                .describe(tr("Computes each day of [--from, --to) as of its end, by the team's stored "
                             "compliance rule, and stores it, replacing that day's snapshot (audited as "
                             "metrics.recomputed). Needs the admin role: auditors read metrics but write "
                             "nothing."))
                .option({FromOption, tr("First day to recompute (YYYY-MM-DD, UTC)."), QStringLiteral("DATE")})
                .option({ToOption, tr("Day after the last day to recompute (YYYY-MM-DD, UTC)."),
                         QStringLiteral("DATE")})
                .option({QStringLiteral("ring"), tr("Only assets in this ring."), QStringLiteral("RING")})
                .option({QStringLiteral("criticality"), tr("Only assets of this criticality."),
                         QStringLiteral("LEVEL")})
                .option({QStringLiteral("tag"), tr("Only assets with this tag."), QStringLiteral("TAG")})
                .option({QStringLiteral("os"), tr("Only assets with this OS id (e.g. debian)."),
                         QStringLiteral("OS")})
                .handler(&recompute))
        .subcommand(CliCommand(QStringLiteral("rule"), tr("Show or set the team's compliance rule."))
                        .describe(tr("Prints the checks an asset must pass to count as fully compliant, "
                                     "stored in the database for the Compliance pane, metrics, reports and "
                                     "the daily snapshots alike. With --set (admins), stores new checks, "
                                     "audited as settings.changed."))
                        .option({QStringLiteral("set"),
                                 tr("Store these checks: overdue, kev, security, comma-separated."),
                                 QStringLiteral("CHECKS")})
                        .handler(&rule));
}

int MetricsCommand::show(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    OutputTable::Format format = OutputTable::Format::Table;
    if (p.isSet(QStringLiteral("format")) &&
        !OutputTable::formatFromString(p.value(QStringLiteral("format")), &format))
        return context.usage(
            tr("Unknown format \"%1\"; use table, json or csv.").arg(p.value(QStringLiteral("format"))));
    QDate to;
    QDate from;
    if (!readDay(p, ToOption, QDateTime::currentDateTimeUtc().date(), &to))
        return context.usage(tr("--to needs a day, e.g. 2026-12-01."));
    if (!readDay(p, FromOption, to.addDays(-30), &from))
        return context.usage(tr("--from needs a day, e.g. 2026-11-01."));
    if (from >= to)
        return context.usage(tr("--from must be before --to."));
    if (from.daysTo(to) > 3660)
        return context.usage(tr("The period can be at most ten years."));
    int staleDays = 7;
    if (p.isSet(QStringLiteral("stale-days"))) {
        bool ok = false;
        staleDays = p.value(QStringLiteral("stale-days")).toInt(&ok);
        if (!ok || staleDays < 1 || staleDays > 3650)
            return context.usage(tr("--stale-days needs a number of days from 1 to 3650."));
    }
    const MetricScope scope = scopeFrom(p);
    const QSqlDatabase db = context.database->connection();
    auto rule = p.isSet(QStringLiteral("rule"))
                    ? ComplianceRuleSetting::fromText(p.value(QStringLiteral("rule")))
                    : ComplianceRuleSetting::load(db);
    if (!rule) {
        if (p.isSet(QStringLiteral("rule")))
            return context.usage(rule.error().message + QLatin1Char(' ') + rule.error().hint);
        return context.fail(rule.error().text());
    }

    const auto metrics = FleetMetrics::load(db);
    if (!metrics)
        return context.fail(metrics.error().text());
    const auto stored = MetricSnapshotRepository(db, context.database->actor()).list(scope.key(), from, to);
    if (!stored)
        return context.fail(stored.error().text());
    const FleetReport report =
        metrics.value().report(startOf(from), startOf(to), scope, stored.value(), rule.value(), staleDays);
    if (format == OutputTable::Format::Json) {
        context.print(QJsonDocument(FleetReportJson::toJson(report)).toJson(QJsonDocument::Indented));
        return CliContext::Success;
    }
    OutputTable table({QStringLiteral("metric"), QStringLiteral("group"), QStringLiteral("value")});
    for (QVariantList &row : FleetReportJson::toRows(report))
        table.addRow(std::move(row));
    context.print(table.render(format));
    return CliContext::Success;
}

int MetricsCommand::recompute(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    QDate from;
    QDate to;
    if (!p.isSet(FromOption) || !p.isSet(ToOption))
        return context.usage(tr("metrics recompute needs --from and --to."));
    if (!readDay(p, FromOption, {}, &from) || !readDay(p, ToOption, {}, &to))
        return context.usage(tr("--from and --to need days, e.g. 2026-11-01."));
    if (from >= to)
        return context.usage(tr("--from must be before --to."));
    if (from.daysTo(to) > 3660)
        return context.usage(tr("The period can be at most ten years."));
    const QSqlDatabase db = context.database->connection();
    if (Status allowed = UserRepository(db, context.database->actor()).require(Permission::RunFleet);
        !allowed)
        return context.fail(allowed.error().text());
    const MetricScope scope = scopeFrom(p);
    const auto rule = ComplianceRuleSetting::load(db);
    if (!rule)
        return context.fail(rule.error().text());
    const auto metrics = FleetMetrics::load(db);
    if (!metrics)
        return context.fail(metrics.error().text());
    const QList<MetricSnapshot> days = metrics.value().days(from, to, scope, rule.value());
    if (Status stored =
            MetricSnapshotRepository(db, context.database->actor()).replace(scope.key(), from, to, days);
        !stored)
        return context.fail(stored.error().text());
    context.out
        << tr("Recomputed %n day(s) of metric snapshots", nullptr, int(days.size()))
        << (scope.isFleet() ? QString() : QStringLiteral(" (") + scope.key() + QLatin1Char(')'))
        << QStringLiteral(", %1 to %2.").arg(from.toString(Qt::ISODate), to.addDays(-1).toString(Qt::ISODate))
        << Qt::endl;
    return CliContext::Success;
}

int MetricsCommand::rule(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    const QSqlDatabase db = context.database->connection();
    const auto current = ComplianceRuleSetting::load(db);
    if (!current)
        return context.fail(current.error().text());
    if (!p.isSet(QStringLiteral("set"))) {
        context.out << ComplianceRuleSetting::toText(current.value()) << QStringLiteral(": ")
                    << ComplianceRuleSetting::describe(current.value()) << Qt::endl;
        return CliContext::Success;
    }
    const auto wanted = ComplianceRuleSetting::fromText(p.value(QStringLiteral("set")));
    if (!wanted)
        return context.usage(wanted.error().message + QLatin1Char(' ') + wanted.error().hint);
    if (Status saved = ComplianceRuleSetting::save(db, context.database->actor(), wanted.value()); !saved)
        return context.fail(saved.error().text());
    context.out << tr("Compliance rule set to %1 (was %2): %3.")
                       .arg(ComplianceRuleSetting::toText(wanted.value()),
                            ComplianceRuleSetting::toText(current.value()),
                            ComplianceRuleSetting::describe(wanted.value()))
                << Qt::endl;
    return CliContext::Success;
}
