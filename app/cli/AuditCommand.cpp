#include "AuditCommand.h"

#include "audit/AuditSession.h"
#include "audit/AuditSigningKey.h"
#include "audit/CheckpointFile.h"
#include "reports/AuditExport.h"
#include "reports/AuditPeriod.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/KeyStore.h"
#include "storage/SqlTime.h"

#include <QDir>

#include <utility>

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
        .subcommand(
            CliCommand(QStringLiteral("list"), tr("List audit events, newest first, or export them."))
                .describe(tr("Filters combine: only events matching all of them are listed. Dates are UTC "
                             "days (--to includes its whole day); times are ISO 8601 (UTC unless they name "
                             "an offset) and --to includes the instant it names. With --out, the listing "
                             "is written to FILE and the export is itself recorded in the trail "
                             "(report.exported, with the file's SHA-256)."))
                .option({QStringLiteral("from"), tr("Only events at or after this date or time."),
                         QStringLiteral("DATE|TIME")})
                .option({QStringLiteral("to"), tr("Only events up to this date (the whole day) or time."),
                         QStringLiteral("DATE|TIME")})
                .option({QStringLiteral("since"), tr("The same as --from (kept for older scripts)."),
                         QStringLiteral("DATE")})
                .option({QStringLiteral("actor"), tr("Only events by this user or login (exact name)."),
                         QStringLiteral("NAME")})
                .option({QStringLiteral("action"),
                         tr("Only this action (e.g. change.approved), or every action beginning with a "
                            "prefix that ends in a dot (e.g. change.)."),
                         QStringLiteral("ACTION")})
                .option({QStringLiteral("subject"),
                         tr("Only events whose subject contains this text (ASCII letters in either case)."),
                         QStringLiteral("TEXT")})
                .option({QStringLiteral("out"),
                         tr("Write the listing to this file instead, and record the export in the trail."),
                         QStringLiteral("FILE")})
                .listing(AuditExport::columns())
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
    const QCommandLineParser &parser = args.parser();
    AuditLog::Filter filter;
    for (const auto &[name, end] : {std::pair{QStringLiteral("since"), AuditPeriod::End::Start},
                                    std::pair{QStringLiteral("from"), AuditPeriod::End::Start},
                                    std::pair{QStringLiteral("to"), AuditPeriod::End::Finish}}) {
        if (!parser.isSet(name))
            continue;
        const auto bound = AuditPeriod::parse(parser.value(name), end);
        if (!bound)
            return context.usage(tr("--%1 needs an ISO 8601 date or time, e.g. 2026-11-01 or "
                                    "2026-11-01T08:00:00Z.")
                                     .arg(name));
        (end == AuditPeriod::End::Finish ? filter.until : filter.from) = *bound;
    }
    if (filter.from.isValid() && filter.until.isValid() && filter.until <= filter.from)
        return context.usage(tr("--to must not be before --from."));
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.action = parser.value(QStringLiteral("action"));
    filter.subject = parser.value(QStringLiteral("subject"));

    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        const auto written = AuditExport::toFile(*context.database, filter, args.format(), path);
        if (!written)
            return context.fail(written.error().text());
        context.out << tr("%n event(s) written to %1 (SHA-256 %2); the export is recorded in the audit "
                          "trail as report.exported.",
                          "", int(written.value().events))
                           .arg(QDir::toNativeSeparators(path), QString::fromLatin1(written.value().sha256))
                    << Qt::endl;
        return CliContext::Success;
    }
    const auto events = AuditLog(context.database->connection()).list(filter);
    if (!events)
        return context.fail(events.error().text());
    context.print(AuditExport::render(events.value(), args.format()));
    return CliContext::Success;
}
