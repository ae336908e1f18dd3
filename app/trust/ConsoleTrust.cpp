#include "ConsoleTrust.h"

#include "KeychainCredentials.h"
#include "StoredHostKeyVerifier.h"

HostKeyVerifierFactory ConsoleTrust::hostKeysIn(const DatabaseConfig &database)
{
    return [database](const QString &assetName, HostKeyPolicy policy) -> std::unique_ptr<HostKeyVerifier> {
        return std::make_unique<StoredHostKeyVerifier>(database, policy, assetName);
    };
}

std::shared_ptr<const CredentialSource> ConsoleTrust::keychain()
{
    return std::make_shared<KeychainCredentials>();
}

EndpointContext ConsoleTrust::forDatabase(EndpointContext context, const DatabaseConfig &database)
{
    context.hostKeys = hostKeysIn(database);
    if (!context.credentials)
        context.credentials = keychain();
    return context;
}
