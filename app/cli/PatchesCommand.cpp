#include "PatchesCommand.h"

#include "intel/PatchPrioritizer.h"

#include "storage/AssetRepository.h"
#include "storage/PatchRepository.h"
#include "storage/SqlTime.h"

#include <algorithm>

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
    const QString state = args.parser().value(QStringLiteral("state"));
    static const QStringList states{QStringLiteral("missing"), QStringLiteral("installed"),
                                    QStringLiteral("superseded"), QStringLiteral("resolved"),
                                    QStringLiteral("all")};
    if (!states.contains(state))
        return context.usage(
            tr("Unknown state \"%1\"; use %2.").arg(state, states.join(QStringLiteral(", "))));
    const QString sort = args.parser().value(QStringLiteral("sort"));
    static const QStringList sorts{QStringLiteral("asset"), QStringLiteral("priority"), QStringLiteral("due"),
                                   QStringLiteral("severity"), QStringLiteral("package")};
    if (!sorts.contains(sort))
        return context.usage(
            tr("Unknown sort key \"%1\"; use %2.").arg(sort, sorts.join(QStringLiteral(", "))));

    PatchRepository::Filter filter;
    filter.assetName = args.parser().value(QStringLiteral("asset"));
    filter.state = state == QLatin1String("all") ? QString() : state;
    if (!filter.assetName.isEmpty()) {
        const auto asset = AssetRepository(context.database->connection(), context.database->actor())
                               .findByName(filter.assetName);
        if (!asset)
            return context.fail(asset.error().text());
    }
    auto patches = PatchRepository(context.database->connection()).list(filter);
    if (!patches)
        return context.fail(patches.error().text());
    QList<AssetPatch> rows = patches.value();
    if (const Status prioritized = PatchPrioritizer(context.database->connection()).prioritize(rows);
        !prioritized)
        return context.fail(prioritized.error().text());
    if (sort == QLatin1String("priority")) {
        PatchPrioritizer::sortByPriority(rows);
    } else if (sort == QLatin1String("due")) {
        PatchPrioritizer::sortByDue(rows);
    } else if (sort == QLatin1String("severity")) {
        std::stable_sort(rows.begin(), rows.end(), [](const AssetPatch &a, const AssetPatch &b) {
            const bool aSec = a.patch.classification == PatchClassification::Security;
            const bool bSec = b.patch.classification == PatchClassification::Security;
            if (aSec != bSec)
                return aSec;
            return int(a.patch.severity) > int(b.patch.severity);
        });
    } else if (sort == QLatin1String("package")) {
        std::stable_sort(rows.begin(), rows.end(), [](const AssetPatch &a, const AssetPatch &b) {
            return a.patch.package < b.patch.package;
        });
    }

    const bool table = args.format() == OutputTable::Format::Table;
    OutputTable output(
        table ? QStringList{QStringLiteral("patch_id"), QStringLiteral("asset"), QStringLiteral("package"),
                            QStringLiteral("installed_version"), QStringLiteral("available_version"),
                            QStringLiteral("classification"), QStringLiteral("score"),
                            QStringLiteral("decision"), QStringLiteral("due"), QStringLiteral("state")}
              : args.jsonKeys());
    for (const AssetPatch &row : std::as_const(rows)) {
        const PendingPatch &p = row.patch;
        const PatchPriority &r = row.priority;
        const QVariant score = r.computed ? QVariant(r.score) : QVariant();
        const QVariant decision = r.computed ? QVariant(ssvcDecisionToString(r.decision)) : QVariant();
        const QVariant due = r.due.isValid() ? QVariant(r.due.toString(Qt::ISODate)) : QVariant();
        if (table) {
            output.addRow({row.id, row.assetName, p.package, p.installedVersion, p.availableVersion,
                           classificationToString(p.classification), score, decision,
                           r.overdue ? QVariant(due.toString() + QStringLiteral(" (overdue)")) : due,
                           row.state});
            continue;
        }
        output.addRow({row.assetName,
                       row.id,
                       p.package,
                       p.architecture,
                       p.installedVersion,
                       p.availableVersion,
                       severityToString(p.severity),
                       classificationToString(p.classification),
                       p.origin,
                       p.advisory,
                       p.cves,
                       score,
                       decision,
                       due,
                       row.state,
                       SqlTime::toValue(row.detectedAt),
                       r.computed ? QVariant(r.overdue) : QVariant(),
                       r.computed ? QVariant(r.kev) : QVariant(),
                       r.cvss >= 0 ? QVariant(r.cvss) : QVariant(),
                       r.epss >= 0 ? QVariant(r.epss) : QVariant(),
                       row.findings,
                       r.reasons});
    }
    context.print(output.render(args.format()));
    return CliContext::Success;
}
