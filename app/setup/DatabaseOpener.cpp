#include "DatabaseOpener.h"

#include "DatabaseLocation.h"
#include "DatabaseRekey.h"

#include "storage/Database.h"
#include "storage/KeyLocation.h"
#include "storage/KeyStore.h"

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString &argument, const QString &passphrase,
                                                       const KeyStore &keyStore)
{
    auto database = openWithKey(argument, passphrase, keyStore);
    if (!database || database.value()->config().isPostgres())
        return database;
    // Now that the key opened the file, its place is known for sure: recorded for the next start, which
    // must choose between "unlock your keychain" and "type your passphrase" before it can open anything.
    // A folder that cannot take the record (read-only media) does not keep the database from opening:
    // without a record the next start asks both ways (KeyLocation::record removes a stale one).
    const DatabaseConfig &config = database.value()->config();
    (void)KeyLocation::record(config.path,
                              KeyLocation::of(config, keyStore.service(), KeyStore::backendName()));
    return database;
}

Result<std::unique_ptr<Database>>
DatabaseOpener::openWithKey(const QString &argument, const QString &passphrase, const KeyStore &keyStore)
{
    const auto config = DatabaseLocation::resolve(argument, passphrase, keyStore);
    if (!config)
        return config.error();
    auto database = Database::open(config.value());
    if (database || database.error().code != QLatin1String(Database::WrongKeyCode) ||
        config.value().connectOptions != QLatin1String("PW_KEY_KIND=raw"))
        return database;

    // The keychain's key does not open the file: was a rotation interrupted after the re-encryption?
    const QString pendingAccount = DatabaseRekey::pendingAccount(config.value());
    const auto pending = keyStore.read(pendingAccount);
    if (!pending || !pending.value().found)
        return database;
    DatabaseConfig recovered = config.value();
    recovered.key = pending.value().secret;
    auto reopened = Database::open(recovered);
    if (!reopened)
        return database;
    if (Status saved = keyStore.write(recovered.keychainAccount(), recovered.key); !saved)
        return saved.error();
    if (Status removed = keyStore.remove(pendingAccount); !removed)
        return removed.error();
    return reopened;
}
