#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>

class KeyStore;

// Turns what the user chose (nothing, a file path or a team database URL, and maybe a passphrase) into a
// DatabaseConfig with its key, shared by the GUI and the CLI so both open the same database the same way.
//
// Key: a passphrase when one is given (GUI dialog, --passphrase-file) or PATCHWRIGHT_DB_PASSPHRASE is set
// (for a new database it must meet PassphrasePolicy);
// otherwise the database's random 256-bit raw key from the OS keychain, created with the database on first
// start. Never an unencrypted database.
//
// Team mode (postgresql://USER@HOST[:PORT]/DB, see PostgresUrl): the login's password comes from libpq's
// PGPASSFILE when that variable is set, else from the OS keychain (account "postgresql:USER@HOST:PORT/DB")
// when it has one, else from libpq's defaults (~/.pgpass).
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    static constexpr const char *KeyMissingCode = "key-missing";
    static constexpr const char *PassphraseEnvironment = "PATCHWRIGHT_DB_PASSPHRASE";
    static constexpr const char *PassphraseFileExposedCode = "passphrase-file-exposed";

    // `argument` is the --db value; empty selects the embedded default in the user's data folder.
    static Result<DatabaseConfig> resolve(const QString &argument, const QString &passphrase,
                                          const KeyStore &keyStore);

    // Stores (or, with an empty password, forgets) a team database login's password in the OS keychain.
    static Status storePostgresPassword(const QString &url, const QString &password,
                                        const KeyStore &keyStore);

    // The path `argument` designates, without touching any key.
    static QString pathFor(const QString &argument);

    // Reads a passphrase from the first line of a file (for automation); refuses an empty one, and (on
    // Unix) one whose file group or others may read or write (PassphraseFileExposedCode: chmod 600 FILE).
    static Result<QString> readPassphraseFile(const QString &path);

private:
    static Result<DatabaseConfig> resolvePostgres(const QString &url, const KeyStore &keyStore);
};
