#include "PatchesCommand.h"

#include "CommandArguments.h"

#include "listing/PatchListing.h"

#include "storage/SqlTime.h"

namespace {

// The table format's columns: what fits a terminal.
QStringList tableKeys()
{
    return {QStringLiteral("patch_id"),
            QStringLiteral("asset"),
            QStringLiteral("package"),
            QStringLiteral("installed_version"),
            QStringLiteral("available_version"),
            QStringLiteral("classification"),
            QStringLiteral("score"),
            QStringLiteral("decision"),
            QStringLiteral("due"),
            QStringLiteral("state")};
}

// Score, decision and due date; null where no priority was computed.
struct PriorityCells
{
    explicit PriorityCells(const PatchPriority &r)
        : score(r.computed ? QVariant(r.score) : QVariant())
        , decision(r.computed ? QVariant(ssvcDecisionToString(r.decision)) : QVariant())
        , due(r.due.isValid() ? QVariant(r.due.toString(Qt::ISODate)) : QVariant())
    {
    }
    QVariant score;
    QVariant decision;
    QVariant due;
};

QVariantList tableRow(const AssetPatch &row)
{
    const PendingPatch &p = row.patch;
    const PriorityCells cells(row.priority);
    return {row.id,
            row.assetName,
            p.package,
            p.installedVersion,
            p.availableVersion,
            storedText(p.classification),
            cells.score,
            cells.decision,
            row.priority.overdue ? QVariant(cells.due.toString() + QStringLiteral(" (overdue)")) : cells.due,
            storedText(row.state)};
}

QVariantList recordRow(const AssetPatch &row)
{
    const PendingPatch &p = row.patch;
    const PatchPriority &r = row.priority;
    const PriorityCells cells(r);
    return {row.assetName,
            row.id,
            p.package,
            p.architecture,
            p.installedVersion,
            p.availableVersion,
            storedText(p.severity),
            storedText(p.classification),
            p.origin,
            p.advisory,
            p.cves,
            cells.score,
            cells.decision,
            cells.due,
            storedText(row.state),
            SqlTime::toValue(row.detectedAt),
            r.computed ? QVariant(r.overdue) : QVariant(),
            r.computed ? QVariant(r.kev) : QVariant(),
            r.cvss >= 0 ? QVariant(r.cvss) : QVariant(),
            r.epss >= 0 ? QVariant(r.epss) : QVariant(),
            row.findings,
            r.reasons};
}

// `recordKeys`: the JSON and CSV keys the command declares (CLI contract), in recordRow's order.
QByteArray render(const QList<AssetPatch> &rows, OutputTable::Format format, const QStringList &recordKeys)
{
    const bool table = format == OutputTable::Format::Table;
    OutputTable output(table ? tableKeys() : recordKeys);
    for (const AssetPatch &row : rows)
        output.addRow(table ? tableRow(row) : recordRow(row));
    return output.render(format);
}

} // namespace

CliCommand PatchesCommand::command()
{
    return CliCommand(QStringLiteral("patches"), tr("List patches per asset (missing ones by default)."))
        .option({QStringLiteral("asset"), tr("Only this asset."), QStringLiteral("NAME")})
        .option({QStringLiteral("state"), tr("missing (default), installed, superseded, resolved or all."),
                 QStringLiteral("STATE"), QStringLiteral("missing")})
        .option({QStringLiteral("sort"), tr("asset (default), priority, due, severity or package."),
                 QStringLiteral("KEY"), QStringLiteral("asset")})
        .listing({QStringLiteral("asset"),
                  QStringLiteral("patch_id"),
                  QStringLiteral("package"),
                  QStringLiteral("architecture"),
                  QStringLiteral("installed_version"),
                  QStringLiteral("available_version"),
                  QStringLiteral("severity"),
                  QStringLiteral("classification"),
                  QStringLiteral("origin"),
                  QStringLiteral("advisory"),
                  QStringLiteral("cves"),
                  QStringLiteral("score"),
                  QStringLiteral("decision"),
                  QStringLiteral("due"),
                  QStringLiteral("state"),
                  QStringLiteral("detected"),
                  QStringLiteral("overdue"),
                  QStringLiteral("kev"),
                  QStringLiteral("cvss"),
                  QStringLiteral("epss"),
                  QStringLiteral("findings"),
                  QStringLiteral("reasons")})
        .handler(&run);
}

int PatchesCommand::run(CliContext &context, const CommandArguments &args)
{
    if (!args.parser().positionalArguments().isEmpty())
        return context.usage(tr("patches takes no positional arguments."));
    const auto query = PatchQuery::fromNames(args.parser().value(QStringLiteral("asset")),
                                             args.parser().value(QStringLiteral("state")),
                                             args.parser().value(QStringLiteral("sort")));
    if (!query)
        return context.usage(query.error().text());
    const auto listed = PatchListing(context.database->connection()).list(query.value());
    if (!listed)
        return context.fail(listed.error().text());
    context.print(render(listed.value().rows, args.format(), args.jsonKeys()));
    if (listed.value().warning.isEmpty())
        return CliContext::Success;
    context.err << "patchwright-cli: " << listed.value().warning << Qt::endl;
    return CliContext::Partial;
}
