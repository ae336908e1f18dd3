#include "AuditCommand.h"

#include "CommandArguments.h"

#include "storage/AuditLog.h"
#include "storage/SqlTime.h"

int AuditCommand::run(CliContext &context, const QStringList &arguments)
{
    return CommandArguments::dispatch(context, QStringLiteral("audit"), arguments,
                                      {{"verify", &verify}, {"list", &list}});
}

int AuditCommand::verify(CliContext &context, const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("audit verify"),
                          tr("Recompute every audit event's SHA-256 and check the chain; exit 1 at the first "
                             "broken event."));
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
    const auto verdict = AuditLog(context.database->connection()).verify();
    if (!verdict)
        return context.fail(verdict.error().text());
    if (!verdict.value().intact)
        return context.fail(
            tr("The audit trail is broken at event %1: %2. Events from there on cannot be trusted.")
                .arg(verdict.value().firstBrokenId)
                .arg(verdict.value().reason));
    context.out << tr("The audit trail is intact: %1 events verified.").arg(verdict.value().checked)
                << Qt::endl;
    return CliContext::Success;
}

int AuditCommand::list(CliContext &context, const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("audit list"), tr("List audit events, newest first."));
    args.parser().addOption(QCommandLineOption(QStringLiteral("since"),
                                               tr("Only events at or after this date (ISO 8601)."),
                                               QStringLiteral("DATE")));
    args.addFormatOption();
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
    QDateTime since;
    if (args.parser().isSet(QStringLiteral("since"))) {
        const QString text = args.parser().value(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                since = day.startOfDay();
        }
        if (!since.isValid())
            return context.usage(
                tr("--since needs an ISO 8601 date, e.g. 2026-11-01 or 2026-11-01T08:00:00Z."));
    }
    const auto events = AuditLog(context.database->connection()).list();
    if (!events)
        return context.fail(events.error().text());
    OutputTable table({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
                       QStringLiteral("action"), QStringLiteral("subject"), QStringLiteral("details"),
                       QStringLiteral("hash")});
    for (const AuditEvent &event : events.value()) {
        if (since.isValid() && event.at < since)
            continue;
        table.addRow({event.id, SqlTime::toValue(event.at), event.actor, event.action, event.subject,
                      event.details, QString::fromLatin1(event.hash)});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}
