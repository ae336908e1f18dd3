#pragma once

#include "CredentialSource.h"
#include "Endpoint.h"
#include "HostKeyVerifier.h"
#include "SshSession.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <memory>

// What an endpoint needs beyond the asset itself. Trust comes from above the transport: the console's
// database and keychain (trust/ConsoleTrust), or whatever a test gives.
struct EndpointContext
{
    HostKeyVerifierFactory hostKeys; // makes each SSH endpoint's host-key verifier; required for SSH
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
    std::shared_ptr<const CredentialSource> credentials; // SSH passwords; none: no password login
    QString sshConfigPath;                               // empty: ~/.ssh/config
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(30)};
};

// The endpoint that reaches an asset over its transport.
Result<std::unique_ptr<Endpoint>> endpointForAsset(const Asset &asset, const EndpointContext &context = {});

// The SSH target and session options for an asset (shared by the endpoint and `asset trust`); the options
// carry no verifier yet.
struct SshEndpointSetup
{
    SshTarget target;
    SshSession::Options options;
};
Result<SshEndpointSetup> sshSetupForAsset(const Asset &asset, const EndpointContext &context);
