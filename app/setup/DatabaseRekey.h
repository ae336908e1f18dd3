#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>

class Database;
class KeyStore;

// Rotates the database key (PRAGMA rekey) without ever leaving a file nobody can open:
//  1. the new raw key is saved in the keychain as "<account>:next" first;
//  2. the file is re-encrypted;
//  3. the new key replaces the old one in the keychain and ":next" is removed.
// If the process dies between 2 and 3, DatabaseOpener finds ":next" and finishes the job.
// Every other connection to the database must be closed first.
class DatabaseRekey
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRekey)

public:
    // A fresh random 256-bit key, kept in the OS keychain (from keychain or passphrase mode).
    static Result<DatabaseConfig> toNewKeychainKey(Database &database, const KeyStore &keyStore);
    // A passphrase (SQLCipher's KDF); the keychain entry, if any, is removed.
    static Result<DatabaseConfig> toPassphrase(Database &database, const KeyStore &keyStore,
                                               const QString &passphrase);

    static QString pendingAccount(const DatabaseConfig &config);
};
