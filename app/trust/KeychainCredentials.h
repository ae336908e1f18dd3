#pragma once

#include "endpoints/CredentialSource.h"

#include "storage/KeyStore.h"

// SSH passwords from the OS keychain (KeyStore), under the account the transport asks for. A keychain that
// does not answer (locked, none installed) is Unavailable with KeyStore's reason, never "not found".
class KeychainCredentials : public CredentialSource
{
public:
    explicit KeychainCredentials(KeyStore store = KeyStore());
    CredentialLookup password(const QString &account) const override;

private:
    KeyStore m_store;
};
