#include "AssetCommand.h"

#include "AssetAddCommand.h"
#include "AssetImportCommand.h"
#include "AssetTrustCommand.h"

#include "domain/AssetStatus.h"
#include "storage/AssetRepository.h"
#include "storage/SqlTime.h"

namespace {

const QStringList assetKeys{
    QStringLiteral("name"),
    QStringLiteral("transport"),
    QStringLiteral("address"),
    QStringLiteral("port"),
    QStringLiteral("os"),
    QStringLiteral("os_version"),
    QStringLiteral("kernel"),
    QStringLiteral("architecture"),
    QStringLiteral("criticality"),
    QStringLiteral("exposure"),
    QStringLiteral("ring"),
    QStringLiteral("tags"),
    QStringLiteral("last_scan"),
    QStringLiteral("last_scan_error"),
    QStringLiteral("reboot_required"),
    QStringLiteral("installed"),
    QStringLiteral("pending"),
    QStringLiteral("security_pending"),
    QStringLiteral("user"),
    QStringLiteral("identity_file"),
    QStringLiteral("winrm_auth"),
    QStringLiteral("winrm_scheme"),
    QStringLiteral("winrm_ca_file"),
    QStringLiteral("status"),
};

QVariantList assetRow(const Asset &a)
{
    const bool winRm = a.transport == Transport::WinRm;
    // As the Assets pane's Status column says it (with the default stale limit).
    const AssetStatus status =
        AssetStatusRule::of(a, QDateTime::currentDateTimeUtc(), AssetStatusRule::DefaultStaleDays);
    return {a.name,
            storedText(a.transport),
            a.address,
            a.port,
            a.facts.osName,
            a.facts.osVersion,
            a.facts.kernel,
            a.facts.architecture,
            storedText(a.criticality),
            storedText(a.exposure),
            a.ring,
            a.tags,
            SqlTime::toValue(a.lastScanAt),
            a.lastScanError,
            a.lastScanAt.isValid() ? QVariant(a.facts.rebootRequired) : QVariant(),
            a.installedCount,
            a.pendingCount,
            a.securityPendingCount,
            a.user,
            a.identityFile,
            winRm ? QVariant(storedText(a.winrm.auth)) : QVariant(),
            winRm ? QVariant(a.winrm.allowHttp ? QStringLiteral("http") : QStringLiteral("https"))
                  : QVariant(),
            winRm ? QVariant(a.winrm.caFile) : QVariant(),
            storedText(status)};
}

} // namespace

CliCommand AssetCommand::command()
{
    return CliCommand(QStringLiteral("asset"), tr("The machines the console scans and patches."))
        .subcommand(CliCommand(QStringLiteral("list"), tr("List the assets and what their last scan found."))
                        .listing(assetKeys)
                        .handler(&list))
        .subcommand(CliCommand(QStringLiteral("show"), tr("Show one asset."))
                        .positional(QStringLiteral("name"), tr("The asset's name."), QStringLiteral("NAME"))
                        .listing(assetKeys)
                        .handler(&show))
        .subcommand(AssetAddCommand::addCommand())
        .subcommand(AssetAddCommand::editCommand())
        .subcommand(AssetImportCommand::command())
        .subcommand(
            CliCommand(QStringLiteral("remove"), tr("Remove an asset with its scans and patches."))
                .describe(
                    tr("Remove an asset with its scans and patches (the audit trail keeps its history)."))
                .positional(QStringLiteral("name"), tr("The asset's name."), QStringLiteral("NAME"))
                .handler(&remove))
        .subcommand(AssetTrustCommand::command());
}

int AssetCommand::list(CliContext &context, const CommandArguments &args)
{
    if (!args.parser().positionalArguments().isEmpty())
        return context.usage(tr("asset list takes no arguments."));
    const auto assets = AssetRepository(context.database->connection(), context.database->actor()).list();
    if (!assets)
        return context.fail(assets.error().text());
    OutputTable table(args.format() == OutputTable::Format::Table
                          ? QStringList{QStringLiteral("name"), QStringLiteral("transport"),
                                        QStringLiteral("os"), QStringLiteral("criticality"),
                                        QStringLiteral("pending"), QStringLiteral("security_pending"),
                                        QStringLiteral("last_scan")}
                          : assetKeys);
    for (const Asset &asset : assets.value()) {
        const QVariantList row = assetRow(asset);
        if (args.format() == OutputTable::Format::Table)
            table.addRow({row.at(0), row.at(1), row.at(4), row.at(8), row.at(16), row.at(17),
                          asset.lastScanAt.isValid() ? asset.lastScanAt.toLocalTime().toString(Qt::ISODate)
                                                     : tr("never")});
        else
            table.addRow(row);
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int AssetCommand::show(CliContext &context, const CommandArguments &args)
{
    if (args.parser().positionalArguments().size() != 1)
        return context.usage(tr("asset show needs exactly one asset name."));
    const auto asset = AssetRepository(context.database->connection(), context.database->actor())
                           .findByName(args.parser().positionalArguments().constFirst());
    if (!asset)
        return context.fail(asset.error().text());
    if (args.format() != OutputTable::Format::Table) {
        OutputTable table(assetKeys);
        table.addRow(assetRow(asset.value()));
        context.print(table.render(args.format()));
        return CliContext::Success;
    }
    OutputTable table({QStringLiteral("field"), QStringLiteral("value")});
    const QVariantList row = assetRow(asset.value());
    for (int i = 0; i < assetKeys.size(); ++i)
        table.addRow({assetKeys.at(i), row.at(i)});
    context.print(table.render(OutputTable::Format::Table));
    return CliContext::Success;
}

int AssetCommand::remove(CliContext &context, const CommandArguments &args)
{
    if (args.parser().positionalArguments().size() != 1)
        return context.usage(tr("asset remove needs exactly one asset name."));
    const QString name = args.parser().positionalArguments().constFirst();
    if (Status removed =
            AssetRepository(context.database->connection(), context.database->actor()).remove(name);
        !removed)
        return context.fail(removed.error().text());
    context.out << tr("Removed %1.").arg(name) << Qt::endl;
    return CliContext::Success;
}
