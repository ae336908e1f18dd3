#pragma once

#include "endpoints/HostKeyVerifier.h"

#include "storage/DatabaseConfig.h"

#include <QCoreApplication>

// Verifies against the console's known_host_keys table in the database, on the calling thread (it opens its
// own connection). Refusals of changed keys and (with AcceptNew) acceptances are audited.
class StoredHostKeyVerifier : public HostKeyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StoredHostKeyVerifier)

public:
    StoredHostKeyVerifier(DatabaseConfig database, HostKeyPolicy policy, QString assetName);
    Status verify(const HostKeyInfo &offered) override;
    QStringList knownKeyTypes(const QString &host, int port) override;

private:
    DatabaseConfig m_database;
    HostKeyPolicy m_policy;
    QString m_assetName;
};
