#pragma once

#include "SshServer.h"

#include "domain/Asset.h"

// An SSH asset named `name` that logs in to `server` as the server's user with its generated key (not yet
// stored: add it with AssetRepository).
inline Asset sshAssetOn(const SshServer &server, const QString &name)
{
    Asset asset;
    asset.name = name;
    asset.transport = Transport::Ssh;
    asset.address = server.host();
    asset.port = server.port();
    asset.user = server.user();
    asset.identityFile = server.userKeyPath();
    return asset;
}
