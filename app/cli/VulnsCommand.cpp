#include "VulnsCommand.h"

#include "intel/OpenVulnerabilities.h"

#include "storage/AssetRepository.h"

CliCommand VulnsCommand::command()
{
    return CliCommand(QStringLiteral("vulns"), tr("Open vulnerabilities per asset, highest priority first."))
        .describe(tr("Open vulnerabilities per asset, highest priority first, with the pending patch that "
                     "closes each where one is offered."))
        .option({QStringLiteral("asset"), tr("Only this asset."), QStringLiteral("NAME")})
        .option({QStringLiteral("kev"), tr("Only CVEs in CISA's KEV catalog.")})
        .option({QStringLiteral("min-score"), tr("Only scores at or above X (0-100)."), QStringLiteral("X")})
        .listing({QStringLiteral("asset"), QStringLiteral("cve"), QStringLiteral("package"),
                  QStringLiteral("installed_version"), QStringLiteral("fixed_version"),
                  QStringLiteral("cvss"), QStringLiteral("epss"), QStringLiteral("kev"),
                  QStringLiteral("score"), QStringLiteral("decision"), QStringLiteral("due"),
                  QStringLiteral("patch_id")})
        .handler(&run);
}

int VulnsCommand::run(CliContext &context, const CommandArguments &args)
{
    if (!args.parser().positionalArguments().isEmpty())
        return context.usage(tr("vulns takes no positional arguments."));
    double minScore = -1;
    if (args.parser().isSet(QStringLiteral("min-score"))) {
        bool ok = false;
        minScore = args.parser().value(QStringLiteral("min-score")).toDouble(&ok);
        if (!ok || minScore < 0 || minScore > 100)
            return context.usage(tr("--min-score needs a number from 0 to 100."));
    }
    const QString assetName = args.parser().value(QStringLiteral("asset"));
    if (!assetName.isEmpty()) {
        const auto asset =
            AssetRepository(context.database->connection(), context.database->actor()).findByName(assetName);
        if (!asset)
            return context.fail(asset.error().text());
    }
    const auto open = OpenVulnerabilities(context.database->connection()).list(assetName);
    if (!open)
        return context.fail(open.error().text());
    OutputTable table(args.jsonKeys());
    const bool kevOnly = args.parser().isSet(QStringLiteral("kev"));
    for (const OpenVulnerability &v : open.value()) {
        if (kevOnly && !v.kev)
            continue;
        if (v.priority.score < minScore)
            continue;
        table.addRow({v.assetName, v.cveId, v.package, v.installedVersion, v.fixedVersion,
                      v.cvss >= 0 ? QVariant(v.cvss) : QVariant(),
                      v.epss >= 0 ? QVariant(v.epss) : QVariant(), v.kev, v.priority.score,
                      ssvcDecisionToString(v.priority.decision),
                      v.priority.due.isValid() ? QVariant(v.priority.due.toString(Qt::ISODate)) : QVariant(),
                      v.patchId > 0 ? QVariant(v.patchId) : QVariant()});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}
