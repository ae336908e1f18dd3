#include "AuditCommand.h"

#include "audit/AuditSession.h"
#include "audit/AuditSigningKey.h"
#include "audit/CheckpointFile.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/KeyStore.h"
#include "storage/SqlTime.h"

#include <QDir>

CliCommand AuditCommand::command()
{
    return CliCommand(QStringLiteral("audit"), tr("The audit trail: a hash chain of every change."))
        .subcommand(
            CliCommand(QStringLiteral("verify"),
                       tr("Check the audit trail's hash chain and its signed checkpoints."))
                .describe(
                    tr("Recompute every audit event's SHA-256 and check the chain, then check every signed "
                       "checkpoint: its signature, its key's registration, and that the event it covers "
                       "is still there with the hash it signed. Exit 1 when the trail is broken, cut or "
                       "rewritten."))
                .option({QStringLiteral("checkpoint"),
                         tr("Also check against this exported checkpoint (audit checkpoint export)."),
                         QStringLiteral("FILE")})
                .handler(&verify))
        .subcommand(
            CliCommand(QStringLiteral("checkpoint"), tr("Signed checkpoints of the audit trail."))
                .subcommand(
                    CliCommand(QStringLiteral("export"),
                               tr("Sign the trail's head and save that checkpoint to a file."))
                        .describe(tr("Writes a checkpoint of the current head first (when your role may "
                                     "write), then saves the newest checkpoint as JSON. Keep the file "
                                     "outside the database; `audit verify --checkpoint FILE` later proves "
                                     "that the trail still holds every event it covered, unchanged."))
                        .positional(QStringLiteral("file"), tr("Where to save the checkpoint."),
                                    QStringLiteral("FILE"))
                        .handler(&exportCheckpoint)))
        .subcommand(CliCommand(QStringLiteral("list"), tr("List audit events, newest first."))
                        .option({QStringLiteral("since"), tr("Only events at or after this date (ISO 8601)."),
                                 QStringLiteral("DATE")})
                        .listing({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
                                  QStringLiteral("action"), QStringLiteral("subject"),
                                  QStringLiteral("details"), QStringLiteral("hash")})
                        .handler(&list));
}

int AuditCommand::verify(CliContext &context, const CommandArguments &args)
{
    const auto verification = AuditSession::verify(*context.database, KeyStore(),
                                                   args.parser().value(QStringLiteral("checkpoint")));
    if (!verification)
        return context.fail(verification.error().text());
    const AuditTrailCheck::Report &report = verification.value().report;
    if (!report.chain.intact)
        return context.fail(
            tr("The audit trail is broken at event %1: %2. Events from there on cannot be trusted.")
                .arg(report.chain.firstBrokenId)
                .arg(report.chain.reason));
    if (!report.intact()) {
        context.err << "patchwright-cli: "
                    << tr("The audit trail's hash chain holds (%1 events), but its checkpoints do not:")
                           .arg(report.chain.checked)
                    << Qt::endl;
        for (const QString &problem : report.problems)
            context.err << "  - " << problem << Qt::endl;
        return CliContext::Failure;
    }
    context.out << tr("The audit trail is intact: %1 events verified.").arg(report.chain.checked) << Qt::endl;
    if (report.newest) {
        const AuditCheckpoint &newest = *report.newest;
        context.out << tr("%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.",
                          "", int(report.checkpointCount))
                           .arg(newest.id)
                           .arg(SqlTime::toValue(newest.at).toString(), newest.signer,
                                AuditSigningKey::fingerprint(newest.publicKey))
                           .arg(newest.eventId)
                    << Qt::endl;
        if (const qint64 open = report.lastEventId - newest.eventId; open > 0)
            context.out << tr("%n event(s) after it are not signed yet (sessions sign when they end).", "",
                              int(open))
                        << Qt::endl;
    } else {
        context.out << tr("No signed checkpoint yet: a cut trail cannot be told from a short one until the "
                          "first session that writes signs one.")
                    << Qt::endl;
    }
    context.out << tr("This database's audit key: %1.").arg(verification.value().ownKey) << Qt::endl;
    if (!verification.value().localAnchor.isEmpty())
        context.out << tr("Checked against this console's copy of its newest checkpoint (%1).")
                           .arg(QDir::toNativeSeparators(verification.value().localAnchor))
                    << Qt::endl;
    if (args.parser().isSet(QStringLiteral("checkpoint")))
        context.out << tr("Checked against the exported checkpoint %1.")
                           .arg(QDir::toNativeSeparators(args.parser().value(QStringLiteral("checkpoint"))))
                    << Qt::endl;
    return CliContext::Success;
}

int AuditCommand::exportCheckpoint(CliContext &context, const CommandArguments &args)
{
    if (args.parser().positionalArguments().size() != 1)
        return context.usage(tr("audit checkpoint export needs one FILE."));
    const QString path = args.parser().positionalArguments().constFirst();
    const auto sealed = AuditSession::seal(*context.database, KeyStore());
    if (!sealed)
        return context.fail(sealed.error().text());
    const auto newest = AuditCheckpoints(context.database->connection()).newest();
    if (!newest)
        return context.fail(newest.error().text());
    if (!newest.value())
        return context.fail(tr("There is no audit checkpoint to export yet; a session that may write to the "
                               "database signs one."));
    if (Status written = CheckpointFile::write(path, *newest.value()); !written)
        return context.fail(written.error().text());
    context.out << tr("Checkpoint #%1 (event #%2, %3 events, key %4) saved to %5.")
                       .arg(newest.value()->id)
                       .arg(newest.value()->eventId)
                       .arg(newest.value()->eventCount)
                       .arg(AuditSigningKey::fingerprint(newest.value()->publicKey),
                            QDir::toNativeSeparators(path))
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
