#pragma once

#include "CredentialSource.h"
#include "Endpoint.h"
#include "HostKeyVerifier.h"
#include "SshSession.h"
#include "SshSessionCache.h"
#include "WinRmTarget.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <memory>

// What an endpoint needs beyond the asset itself. Trust comes from above the transport: the console's
// database and keychain (trust/ConsoleTrust), or whatever a test gives.
struct EndpointContext
{
    // makes each SSH endpoint's host-key verifier (required for SSH) and each WinRM endpoint's verifier of
    // certificates that neither a pinned fingerprint nor a CA vouches for (none: such certificates are
    // refused)
    HostKeyVerifierFactory hostKeys;
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
    std::shared_ptr<const CredentialSource> credentials; // SSH and WinRM passwords; none: no password login
    QString sshConfigPath;                               // empty: ~/.ssh/config
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(30)};
    // SSH sessions kept between scans (the console's); none: each endpoint closes its own (the CLI).
    std::shared_ptr<SshSessionCache> keptSessions;
};

// The endpoint that reaches an asset over its transport. An inventory-only asset (Transport::None) has none:
// the refusal is inventoryOnlyError().
Result<std::unique_ptr<Endpoint>> endpointForAsset(const Asset &asset, const EndpointContext &context = {});

// Error::code of the refusal to reach an inventory-only asset.
inline constexpr const char *InventoryOnlyCode = "inventory-only";
// "NAME is inventory only: give it a transport to scan it." with how to give it one.
Error inventoryOnlyError(const Asset &asset);

// The SSH target and session options for an asset (shared by the endpoint and `asset trust`); the options
// carry no verifier yet.
struct SshEndpointSetup
{
    SshTarget target;
    SshSession::Options options;
};
Result<SshEndpointSetup> sshSetupForAsset(const Asset &asset, const EndpointContext &context);

// The WinRM target of an asset: its address, port (0: 5986, or 5985 when plain HTTP is allowed), user and
// WinRM settings (authentication, CA file, client certificate). Pinned certificates are in the trust store.
WinRmTarget winRmTargetForAsset(const Asset &asset);
