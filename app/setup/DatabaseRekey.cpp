#include "DatabaseRekey.h"

#include "PassphrasePolicy.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeyLocation.h"
#include "storage/KeyStore.h"
#include "storage/SqlCipherDriver.h"

namespace {

Status reencrypt(Database &database, const QString &key, SqlCipherDriver::KeyKind kind)
{
    QSqlDatabase connection = database.connection();
    QString error;
    if (!SqlCipherDriver::rekey(connection, key, kind, &error))
        return Error{DatabaseRekey::tr("Cannot re-encrypt the database: %1").arg(error),
                     DatabaseRekey::tr("The old key still applies.")};
    return {};
}

// The file now opens with the new key only: the next start must ask the right question (KeyLocation). The
// key is changed either way; a record that cannot be written is removed, and the start then asks both ways.
void recordLocation(const DatabaseConfig &config, const KeyStore &keyStore)
{
    (void)KeyLocation::record(config.path,
                              KeyLocation::of(config, keyStore.service(), KeyStore::backendName()));
}

Status refuseTeamDatabase(const Database &database)
{
    if (!database.config().isPostgres())
        return {};
    return Error{DatabaseRekey::tr("A team database on PostgreSQL has no Patchwright key to rotate."),
                 DatabaseRekey::tr("The server protects it (TLS in transit, its own storage at rest); to "
                                   "change a login's password, use ALTER ROLE on the server and update "
                                   "your PGPASSFILE or keychain entry.")};
}

} // namespace

QString DatabaseRekey::pendingAccount(const DatabaseConfig &config)
{
    return config.keychainAccount() + QStringLiteral(":next");
}

Result<DatabaseConfig> DatabaseRekey::toNewKeychainKey(Database &database, const KeyStore &keyStore)
{
    if (Status allowed = refuseTeamDatabase(database); !allowed)
        return allowed.error();
    DatabaseConfig config = database.config();
    const QString key = KeyStore::newRawKey();
    if (Status saved = keyStore.write(pendingAccount(config), key); !saved)
        return saved.error();
    if (Status done = reencrypt(database, key, SqlCipherDriver::KeyKind::Raw); !done) {
        (void)keyStore.remove(pendingAccount(config));
        return done.error();
    }
    config.key = key;
    config.connectOptions = QStringLiteral("PW_KEY_KIND=raw");
    database.adoptKey(config);
    if (Status saved = keyStore.write(config.keychainAccount(), key); !saved)
        return Error{
            tr("The database is re-encrypted, but the new key could not replace the old one in the "
               "keychain: %1")
                .arg(saved.error().message),
            tr("It is kept as %1; Patchwright will use it at the next start.").arg(pendingAccount(config))};
    recordLocation(config, keyStore);
    if (Status removed = keyStore.remove(pendingAccount(config)); !removed)
        return removed.error();
    if (Status audited = AuditLog(database.connection())
                             .append(database.actor(), QStringLiteral("db.rekeyed"), config.describe(),
                                     tr("new random 256-bit key, kept in the OS keychain"));
        !audited)
        return audited.error();
    return config;
}

Result<DatabaseConfig> DatabaseRekey::toPassphrase(Database &database, const KeyStore &keyStore,
                                                   const QString &passphrase)
{
    if (Status allowed = refuseTeamDatabase(database); !allowed)
        return allowed.error();
    if (passphrase.isEmpty())
        return Error{tr("The new passphrase is empty."), {}};
    if (Status allowed = PassphrasePolicy::check(passphrase); !allowed)
        return allowed.error();
    DatabaseConfig config = database.config();
    const bool wasKeychain = config.connectOptions == QLatin1String("PW_KEY_KIND=raw");
    if (Status done = reencrypt(database, passphrase, SqlCipherDriver::KeyKind::Passphrase); !done)
        return done.error();
    config.key = passphrase;
    config.connectOptions = QStringLiteral("PW_KEY_KIND=passphrase");
    database.adoptKey(config);
    recordLocation(config, keyStore);
    if (Status audited = AuditLog(database.connection())
                             .append(database.actor(), QStringLiteral("db.rekeyed"), config.describe(),
                                     tr("new passphrase"));
        !audited)
        return audited.error();
    if (wasKeychain) {
        if (Status removed = keyStore.remove(config.keychainAccount()); !removed)
            return Error{tr("The database now uses the passphrase, but its old key could not be removed from "
                            "the keychain: %1")
                             .arg(removed.error().message),
                         tr("The old key no longer opens the file; remove it by hand.")};
    }
    return config;
}
