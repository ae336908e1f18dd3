#include "ReportBundleCommand.h"

#include "domain/UtcTime.h"
#include "reports/BundleArchive.h"
#include "reports/EvidenceCheck.h"
#include "reports/EvidenceExport.h"
#include "setup/DatabaseLocation.h"
#include "setup/DatabaseOpener.h"
#include "storage/KeyStore.h"
#include "storage/PostgresUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace {

const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString OutOption = QStringLiteral("out");

} // namespace

CliCommand ReportBundleCommand::evidenceCommand()
{
    return CliCommand(QStringLiteral("evidence"),
                      tr("Write the evidence bundle of a period (ZIP or folder)."))
        .describe(tr("Writes one ZIP (or, when --out names a folder, its files) for the period [--from, "
                     "--to): the compliance figures, overdue items, change requests with their decisions, "
                     "deployment step logs, the period's audit extract with the chain to the newest signed "
                     "checkpoint and its public keys, README.txt and a MANIFEST that `sha256sum -c` checks. "
                     "Audited as report.exported with the bundle's SHA-256; an auditor may run it."))
        .option({FromOption, tr("First day of the period (YYYY-MM-DD, UTC)."), QStringLiteral("DATE")})
        .option({ToOption, tr("Day after the period's last (YYYY-MM-DD, UTC): the period ends at its 00:00."),
                 QStringLiteral("DATE")})
        .option({OutOption, tr("The bundle: a .zip file, or a folder (new, or existing and empty)."),
                 QStringLiteral("FILE")})
        .handler(&evidence);
}

CliCommand ReportBundleCommand::verifyCommand()
{
    return CliCommand(QStringLiteral("verify"), tr("Check an evidence bundle (ZIP or unpacked folder)."))
        .describe(
            tr("Checks MANIFEST (every file present with its SHA-256, none added), recomputes every audit "
               "event's hash up to the event the bundle's checkpoint signed, and checks the "
               "checkpoint's Ed25519 signature with its listed key. Needs no database; with --db it "
               "also checks the checkpoint, its key and the export against that database. Exit 1 "
               "naming each problem."))
        .positional(QStringLiteral("bundle"), tr("The bundle's ZIP file or unpacked folder."),
                    QStringLiteral("BUNDLE"))
        .opensItsOwnDatabase()
        .handler(&verify);
}

int ReportBundleCommand::evidence(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (!p.isSet(FromOption) || !p.isSet(ToOption) || !p.isSet(OutOption))
        return context.usage(tr("report evidence needs --from, --to and --out."));
    const QDate from = QDate::fromString(p.value(FromOption), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(ToOption), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return context.usage(tr("--from and --to need days, e.g. 2026-11-01."));
    if (from >= to)
        return context.usage(tr("--from must be before --to."));
    if (from.daysTo(to) > 3660)
        return context.usage(tr("The period can be at most ten years."));
    const QString path = p.value(OutOption);
    const auto written = EvidenceExport::toPath(*context.database, KeyStore(), UtcTime::startOfDay(from),
                                                UtcTime::startOfDay(to), path);
    if (!written)
        return context.fail(written.error().text());
    const EvidenceExport::Written &w = written.value();
    context.out << tr("Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit event(s), "
                      "anchored to checkpoint #%5 (event #%6).",
                      nullptr, int(w.events))
                       .arg(from.toString(Qt::ISODate), to.addDays(-1).toString(Qt::ISODate),
                            QDir::toNativeSeparators(path))
                       .arg(w.files)
                       .arg(w.checkpointId)
                       .arg(w.checkpointEventId)
                << Qt::endl;
    if (w.eventsAfterCheckpoint > 0)
        context.out << tr("%n event(s) of the period come after that checkpoint: your login may not sign, so "
                          "they are chained but not vouched for by a signature.",
                          nullptr, int(w.eventsAfterCheckpoint))
                    << Qt::endl;
    if (!w.folder)
        context.out << tr("SHA-256 %1 (recorded in the audit trail as report.exported).")
                           .arg(QString::fromLatin1(w.sha256))
                    << Qt::endl;
    context.out << tr("MANIFEST SHA-256 %1.").arg(QString::fromLatin1(w.manifestSha256)) << Qt::endl;
    return CliContext::Success;
}

int ReportBundleCommand::verify(CliContext &context, const CommandArguments &args)
{
    const QStringList positionals = args.parser().positionalArguments();
    if (positionals.size() != 1)
        return context.usage(tr("report verify needs one BUNDLE."));
    const QString path = positionals.constFirst();
    const auto files = BundleArchive::read(path);
    if (!files)
        return context.fail(files.error().text());
    EvidenceCheck::Report report = EvidenceCheck::run(files.value());

    QString databaseCheck = tr("not checked against a database (add --db to check it against one)");
    if (!context.databaseArgument.isEmpty()) {
        const bool url = PostgresUrl::looksLikeOne(context.databaseArgument);
        if (!url && !QFileInfo::exists(DatabaseLocation::pathFor(context.databaseArgument)))
            return context.fail(tr("There is no database at %1 to check the bundle against.")
                                    .arg(QDir::toNativeSeparators(context.databaseArgument)));
        auto database = DatabaseOpener::open(context.databaseArgument, context.passphrase, KeyStore());
        if (!database)
            return context.fail(database.error().text());
        if (Status checked = EvidenceCheck::againstDatabase(*database.value(), &report); !checked)
            return context.fail(checked.error().text());
        databaseCheck = tr("checked against the database %1").arg(context.databaseArgument);
    }

    context.out << tr("Bundle %1 (%2):")
                       .arg(QDir::toNativeSeparators(path),
                            QFileInfo(path).isDir() ? tr("folder") : tr("ZIP"))
                << Qt::endl;
    for (const QString &line : report.checked)
        context.out << "  ok: " << line << Qt::endl;
    for (const QString &line : report.notes)
        context.out << "  note: " << line << Qt::endl;
    context.out << "  " << databaseCheck << Qt::endl;
    if (!report.intact()) {
        context.err << "patchwright-cli: "
                    << tr("The evidence bundle does not hold (%n problem(s)):", "",
                          int(report.problems.size()))
                    << Qt::endl;
        for (const QString &problem : report.problems)
            context.err << "  - " << problem << Qt::endl;
        return CliContext::Failure;
    }
    context.out << tr("The evidence bundle is intact.") << Qt::endl;
    return CliContext::Success;
}
