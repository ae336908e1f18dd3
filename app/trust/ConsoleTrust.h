#pragma once

#include "endpoints/EndpointForAsset.h"

#include "storage/DatabaseConfig.h"

// The console's own trust for the endpoints it opens: SSH host keys checked against (and, with AcceptNew,
// stored in) the known_host_keys table of its database, every refusal and acceptance audited there
// (StoredHostKeyVerifier); SSH passwords from the OS keychain (KeychainCredentials). The transport itself
// knows neither: it gets them through EndpointContext.
class ConsoleTrust
{
public:
    // A verifier per endpoint over `database` (each opens its own connection on its worker's thread).
    static HostKeyVerifierFactory hostKeysIn(const DatabaseConfig &database);
    static std::shared_ptr<const CredentialSource> keychain();

    // `context` with the host keys of `database` (always: a run's own database holds its known keys) and,
    // unless it names its own credential source, the keychain's passwords.
    static EndpointContext forDatabase(EndpointContext context, const DatabaseConfig &database);
};
