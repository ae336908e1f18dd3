#pragma once

#include "Endpoint.h"
#include "HostKeyCheck.h"
#include "SshSession.h"

#include "domain/Asset.h"
#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <memory>

// What an endpoint needs beyond the asset itself.
struct EndpointContext
{
    DatabaseConfig database; // where the accepted SSH host keys are (known_host_keys); required for SSH
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
    QString sshConfigPath;                // empty: ~/.ssh/config
    SshSession::PasswordSource passwords; // empty: the OS keychain (KeyStore)
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(30)};
};

// The endpoint that reaches an asset over its transport.
Result<std::unique_ptr<Endpoint>> endpointForAsset(const Asset &asset, const EndpointContext &context = {});

// The SSH target and session options for an asset (shared by the endpoint and `asset trust`).
struct SshEndpointSetup
{
    SshTarget target;
    SshSession::Options options;
};
Result<SshEndpointSetup> sshSetupForAsset(const Asset &asset, const EndpointContext &context);
