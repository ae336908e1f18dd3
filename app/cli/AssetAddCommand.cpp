#include "AssetAddCommand.h"

#include "CommandArguments.h"

#include "storage/AssetRepository.h"

#include <QFileInfo>

int AssetAddCommand::run(CliContext &context, const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("asset add"), tr("Add an asset the console scans and patches."));
    QCommandLineParser &p = args.parser();
    p.addPositionalArgument(QStringLiteral("name"), tr("A unique name for the asset."));
    p.addOption({QStringLiteral("transport"), tr("How to reach it: ssh, winrm or local."),
                 QStringLiteral("ssh|winrm|local")});
    p.addOption({QStringLiteral("address"), tr("Host name, IP address or ~/.ssh/config Host alias."),
                 QStringLiteral("HOST")});
    p.addOption(
        {QStringLiteral("port"), tr("Port (default: from ~/.ssh/config, else 22)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("user"), tr("Login name (default: from ~/.ssh/config, else yours)."),
                 QStringLiteral("U")});
    p.addOption({QStringLiteral("identity"), tr("Private key file to log in with (tried before ssh-agent)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("criticality"), tr("low, medium, high or critical (default medium)."),
                 QStringLiteral("C"), QStringLiteral("medium")});
    p.addOption({QStringLiteral("exposure"), tr("internet, internal or isolated (default internal)."),
                 QStringLiteral("E"), QStringLiteral("internal")});
    p.addOption({QStringLiteral("ring"), tr("Deployment ring, e.g. pilot."), QStringLiteral("R")});
    p.addOption({QStringLiteral("tag"), tr("A tag; repeat for more."), QStringLiteral("T")});
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
    if (p.positionalArguments().size() != 1)
        return context.usage(tr("asset add needs exactly one asset name."));

    Asset asset;
    asset.name = p.positionalArguments().constFirst().trimmed();
    if (!transportFromString(p.value(QStringLiteral("transport")), &asset.transport))
        return context.usage(tr("asset add needs --transport ssh, winrm or local."));
    asset.address = p.value(QStringLiteral("address")).trimmed();
    if (asset.transport != Transport::Local && asset.address.isEmpty())
        return context.usage(tr("An %1 asset needs --address.").arg(transportToString(asset.transport)));
    if (p.isSet(QStringLiteral("port"))) {
        bool numeric = false;
        asset.port = p.value(QStringLiteral("port")).toInt(&numeric);
        if (!numeric || asset.port < 1 || asset.port > 65535)
            return context.usage(tr("--port needs a number from 1 to 65535."));
    }
    asset.user = p.value(QStringLiteral("user")).trimmed();
    if (p.isSet(QStringLiteral("identity"))) {
        const QFileInfo identity(p.value(QStringLiteral("identity")));
        if (!identity.isFile() || !identity.isReadable())
            return context.fail(
                tr("The identity file %1 does not exist or is not readable.").arg(identity.filePath()));
        asset.identityFile = identity.absoluteFilePath();
    }
    if (!criticalityFromString(p.value(QStringLiteral("criticality")), &asset.criticality))
        return context.usage(tr("--criticality must be low, medium, high or critical."));
    if (!exposureFromString(p.value(QStringLiteral("exposure")), &asset.exposure))
        return context.usage(tr("--exposure must be internet, internal or isolated."));
    asset.ring = p.value(QStringLiteral("ring")).trimmed();
    asset.tags = p.values(QStringLiteral("tag"));

    const auto added = AssetRepository(context.database->connection(), context.database->actor()).add(asset);
    if (!added)
        return context.fail(added.error().text());
    context.out << tr("Added %1.").arg(asset.name) << Qt::endl;
    return CliContext::Success;
}
