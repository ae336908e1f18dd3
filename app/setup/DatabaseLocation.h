#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>

class KeyStore;

// Turns what the user chose (nothing or a file path, and maybe a passphrase) into a DatabaseConfig with its
// key, shared by the GUI and the CLI so both open the same database the same way.
//
// Key: a passphrase when one is given (GUI dialog, --passphrase-file) or PATCHWRIGHT_DB_PASSPHRASE is set;
// otherwise the database's random 256-bit raw key from the OS keychain, created with the database on first
// start. Never an unencrypted database.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    static constexpr const char *KeyMissingCode = "key-missing";
    static constexpr const char *PassphraseEnvironment = "PATCHWRIGHT_DB_PASSPHRASE";

    // `argument` is the --db value; empty selects the embedded default in the user's data folder.
    static Result<DatabaseConfig> resolve(const QString &argument, const QString &passphrase,
                                          const KeyStore &keyStore);

    // The path `argument` designates, without touching any key.
    static QString pathFor(const QString &argument);

    // Reads a passphrase from the first line of a file (for automation); refuses an empty one.
    static Result<QString> readPassphraseFile(const QString &path);
};
