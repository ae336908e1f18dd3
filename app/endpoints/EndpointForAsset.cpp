#include "EndpointForAsset.h"

#include "LocalEndpoint.h"
#include "SshEndpoint.h"
#include "WinRmEndpoint.h"

#include <QCoreApplication>

Result<SshEndpointSetup> sshSetupForAsset(const Asset &asset, const EndpointContext &context)
{
    auto target = SshConfig::resolve(asset, context.sshConfigPath);
    if (!target)
        return target.error();
    SshEndpointSetup setup{target.value(), {}};
    setup.options.configPath = context.sshConfigPath;
    setup.options.connectTimeout = context.connectTimeout;
    setup.options.credentials = context.credentials;
    return setup;
}

WinRmTarget winRmTargetForAsset(const Asset &asset)
{
    WinRmTarget target;
    target.assetName = asset.name;
    target.host = asset.address.trimmed();
    target.port = asset.port;
    target.https = !asset.winrm.allowHttp;
    target.allowHttp = asset.winrm.allowHttp;
    target.auth = asset.winrm.auth;
    target.user = asset.user.trimmed();
    target.caFile = asset.winrm.caFile;
    target.clientCertificateFile = asset.winrm.clientCertificateFile;
    target.clientKeyFile = asset.winrm.clientKeyFile;
    return target;
}

Error inventoryOnlyError(const Asset &asset)
{
    return Error{
        QCoreApplication::translate("Endpoint", "%1 is inventory only: give it a transport to scan it.")
            .arg(asset.name),
        QCoreApplication::translate("Endpoint",
                                    "Edit the asset and choose SSH, WinRM or local (CLI: `asset edit %1 "
                                    "--transport ssh --user USER`); until then it is never logged "
                                    "into, scanned or deployed to.")
            .arg(asset.name),
        QString::fromLatin1(InventoryOnlyCode)};
}

Result<std::unique_ptr<Endpoint>> endpointForAsset(const Asset &asset, const EndpointContext &context)
{
    switch (asset.transport) {
    case Transport::None:
        return inventoryOnlyError(asset);
    case Transport::Local:
        return std::unique_ptr<Endpoint>(std::make_unique<LocalEndpoint>());
    case Transport::Ssh: {
        if (!context.hostKeys)
            return Error{QCoreApplication::translate("Endpoint",
                                                     "No host key verifier to check %1's SSH host key with.")
                             .arg(asset.name)};
        auto setup = sshSetupForAsset(asset, context);
        if (!setup)
            return setup.error();
        auto verifier = context.hostKeys(asset.name, context.hostKeyPolicy);
        auto endpoint = std::make_unique<SshEndpoint>(std::move(setup.value().target),
                                                      std::move(setup.value().options), std::move(verifier));
        if (context.keptSessions && asset.id > 0)
            endpoint->keepSessionsIn(context.keptSessions, asset.id);
        return std::unique_ptr<Endpoint>(std::move(endpoint));
    }
    case Transport::WinRm: {
        WinRmTarget target = winRmTargetForAsset(asset);
        if (Status valid = target.validate(); !valid)
            return valid.error();
        auto verifier = context.hostKeys ? context.hostKeys(asset.name, context.hostKeyPolicy)
                                         : std::unique_ptr<HostKeyVerifier>();
        return std::unique_ptr<Endpoint>(
            std::make_unique<WinRmEndpoint>(std::move(target), context.credentials, std::move(verifier)));
    }
    }
    return Error{
        QCoreApplication::translate("Endpoint", "Assets reached over %1 cannot be scanned by this version.")
            .arg(displayName(asset.transport)),
        QCoreApplication::translate("Endpoint",
                                    "Scan this machine (transport local) or an SSH host for now.")};
}
