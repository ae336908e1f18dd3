#include "KeychainCredentials.h"

KeychainCredentials::KeychainCredentials(KeyStore store)
    : m_store(std::move(store))
{
}

CredentialLookup KeychainCredentials::password(const QString &account) const
{
    const auto lookup = m_store.read(account);
    if (!lookup)
        return CredentialLookup::unavailable(lookup.error().message);
    if (!lookup.value().found)
        return CredentialLookup::notFound();
    return CredentialLookup::found(lookup.value().secret);
}
