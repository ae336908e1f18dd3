#pragma once

#include "endpoints/HostKeyVerifier.h"

#include "storage/DatabaseConfig.h"

#include <QCoreApplication>

class KnownHostKeys;

// Verifies against the console's known_host_keys table in the database, on the calling thread (it opens its
// own connection). Every refusal (a changed key; an unknown key when the policy is Ask) is audited as
// "hostkey.rejected", and (with AcceptNew) every acceptance as "hostkey.accepted"; an event that cannot be
// written makes the verification fail with that reason, never a warning only.
class StoredHostKeyVerifier : public HostKeyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StoredHostKeyVerifier)

public:
    StoredHostKeyVerifier(DatabaseConfig database, HostKeyPolicy policy, QString assetName);
    Status verify(const HostKeyInfo &offered) override;
    // Only a key the table trusts now (no audit event, nothing accepted).
    bool stillTrusts(const HostKeyInfo &verified) override;
    QStringList knownKeyTypes(const QString &host, int port) override;

private:
    Status refuse(KnownHostKeys &keys, const HostKeyInfo &offered, const Error &refusal,
                  const QString &reason);

    DatabaseConfig m_database;
    HostKeyPolicy m_policy;
    QString m_assetName;
};
