#pragma once

#include "AuditSigningKey.h"

#include "domain/Result.h"

#include <QCoreApplication>

class Database;
class KeyStore;

// Where the key that signs a database's audit checkpoints comes from, by how the database is opened:
// - an encrypted file opened with a passphrase: derived from that passphrase (PBKDF2, salted with the
//   database's identity), so whoever can open the file can sign, and nothing more is stored anywhere;
// - an encrypted file whose key is in the OS keychain: a random key of its own in the keychain, next to the
//   database key (account "audit-signing:PATH");
// - a team database: one key per login and server, in the OS keychain (account
//   "audit-signing:postgresql:USER@HOST:PORT/DB"); where no keychain answers (scripts with PGPASSFILE), in a
//   file only the user may read (audit-keys/ in the data folder), and `audit verify` says so.
class AuditKeySource
{
    Q_DECLARE_TR_FUNCTIONS(AuditKeySource)

public:
    struct Found
    {
        AuditSigningKey key;
        QString where; // e.g. "derived from the database passphrase"
    };
    enum class Missing
    {
        Create, // make and store a new key when there is none yet (sealing)
        Fail    // report that there is none (verifying)
    };
    static Result<Found> forDatabase(const Database &database, const KeyStore &keyStore, Missing missing);

    static QString keychainAccount(const Database &database);

private:
    static Result<Found> fromFile(const QString &account, Missing missing);
};
