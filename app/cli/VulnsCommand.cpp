#include "VulnsCommand.h"

#include "intel/OpenVulnerabilities.h"
#include "listing/FleetExposure.h"

#include "storage/AssetRepository.h"

namespace {

QVariant optional(double value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

QVariant optional(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

CliCommand VulnsCommand::command()
{
    return CliCommand(QStringLiteral("vulns"), tr("Open vulnerabilities per asset, highest priority first."))
        .describe(tr("Open vulnerabilities per asset, highest priority first, with the pending patch that "
                     "closes each where one is offered."))
        .option({QStringLiteral("asset"), tr("Only this asset."), QStringLiteral("NAME")})
        .option({QStringLiteral("kev"), tr("Only CVEs in CISA's KEV catalog.")})
        .option({QStringLiteral("min-score"), tr("Only scores at or above X (0-100)."), QStringLiteral("X")})
        .option({QStringLiteral("by"),
                 tr("Across hosts instead: one row per cve, per update (a source package's new version or an "
                    "advisory, with its hosts), or per scanner finding (with the pending patch that closes "
                    "it)."),
                 QStringLiteral("cve|update|finding")})
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
    if (args.parser().isSet(QStringLiteral("by")))
        return runAcrossHosts(context, args);
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

int VulnsCommand::runAcrossHosts(CliContext &context, const CommandArguments &args)
{
    const QString by = args.parser().value(QStringLiteral("by"));
    if (args.parser().isSet(QStringLiteral("asset")) || args.parser().isSet(QStringLiteral("min-score")))
        return context.usage(tr("--asset and --min-score apply to the per-asset listing, not to --by."));
    const bool kevOnly = args.parser().isSet(QStringLiteral("kev"));
    const FleetExposure fleet(context.database->connection());
    if (by == QLatin1String("cve")) {
        const auto rows = fleet.cves();
        if (!rows)
            return context.fail(rows.error().text());
        OutputTable table({QStringLiteral("cve"), QStringLiteral("score"), QStringLiteral("decision"),
                           QStringLiteral("cvss"), QStringLiteral("epss"), QStringLiteral("kev"),
                           QStringLiteral("kev_due"), QStringLiteral("assets"),
                           QStringLiteral("patched_assets"), QStringLiteral("findings")});
        for (const CveExposure &r : rows.value()) {
            if (kevOnly && !r.kev)
                continue;
            table.addRow({r.cveId, r.priority.score, ssvcDecisionToString(r.priority.decision),
                          optional(r.cvss), optional(r.epss), r.kev, optional(r.kevDue), r.assets,
                          r.patchedAssets, r.findings});
        }
        context.print(table.render(args.format()));
        return CliContext::Success;
    }
    if (by == QLatin1String("update")) {
        const auto rows = fleet.updates();
        if (!rows)
            return context.fail(rows.error().text());
        OutputTable table({QStringLiteral("update"), QStringLiteral("version"), QStringLiteral("hosts"),
                           QStringLiteral("cves"), QStringLiteral("kev_cves"), QStringLiteral("max_cvss"),
                           QStringLiteral("packages")});
        for (const UpdateExposure &r : rows.value()) {
            if (kevOnly && r.kevCves == 0)
                continue;
            table.addRow(
                {r.name, r.targetVersion, r.hosts, r.cves, r.kevCves, optional(r.maxCvss), r.packages});
        }
        context.print(table.render(args.format()));
        return CliContext::Success;
    }
    if (by == QLatin1String("finding")) {
        if (kevOnly)
            return context.usage(tr("--kev applies to --by cve and --by update."));
        const auto rows = fleet.findings();
        if (!rows)
            return context.fail(rows.error().text());
        OutputTable table({QStringLiteral("asset"), QStringLiteral("host"), QStringLiteral("scanner"),
                           QStringLiteral("plugin"), QStringLiteral("name"), QStringLiteral("severity"),
                           QStringLiteral("port"), QStringLiteral("cves"), QStringLiteral("solution"),
                           QStringLiteral("closed_by"), QStringLiteral("patch_ids")});
        for (const FindingExposure &r : rows.value()) {
            QVariantList patchIds;
            for (const ClosingPatch &patch : r.closedBy)
                patchIds.append(patch.patchId);
            table.addRow({r.assetId > 0 ? QVariant(r.assetName) : QVariant(), r.finding.host, r.scanner,
                          r.finding.pluginId, r.finding.name, scannerSeverityName(r.finding.severity),
                          r.finding.port, r.finding.cves, r.finding.solution.simplified(), closedByText(r),
                          patchIds});
        }
        context.print(table.render(args.format()));
        return CliContext::Success;
    }
    return context.usage(tr("--by takes cve, update or finding."));
}
