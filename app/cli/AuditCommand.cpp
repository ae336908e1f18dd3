#include "AuditCommand.h"

#include "storage/AuditLog.h"
#include "storage/SqlTime.h"

CliCommand AuditCommand::command()
{
    return CliCommand(QStringLiteral("audit"), tr("The audit trail: a hash chain of every change."))
        .subcommand(
            CliCommand(QStringLiteral("verify"), tr("Check the audit trail's hash chain."))
                .describe(tr("Recompute every audit event's SHA-256 and check the chain; exit 1 at the "
                             "first broken event."))
                .handler(&verify))
        .subcommand(CliCommand(QStringLiteral("list"), tr("List audit events, newest first."))
                        .option({QStringLiteral("since"), tr("Only events at or after this date (ISO 8601)."),
                                 QStringLiteral("DATE")})
                        .listing({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
                                  QStringLiteral("action"), QStringLiteral("subject"),
                                  QStringLiteral("details"), QStringLiteral("hash")})
                        .handler(&list));
}

int AuditCommand::verify(CliContext &context, const CommandArguments &)
{
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

int AuditCommand::list(CliContext &context, const CommandArguments &args)
{
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
    OutputTable table(args.jsonKeys());
    for (const AuditEvent &event : events.value()) {
        if (since.isValid() && event.at < since)
            continue;
        table.addRow({event.id, SqlTime::toValue(event.at), event.actor, event.action, event.subject,
                      event.details, QString::fromLatin1(event.hash)});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}
