#pragma once

#include "DatabaseConfig.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

// Where a database's key lives: in an OS keychain (which backend, under which service and account), derived
// from a passphrase typed at each start, or (team mode) with the PostgreSQL server. Never the key itself.
//
// For an encrypted file it is recorded next to the file, in "<file>.keylocation" (INI, 0600), because the
// console must know which question to ask *before* it can open the file: SQLCipher encrypts everything but
// the salt, so the file cannot say it, and the database's own settings table is behind the key. The record
// holds no secret. The keychain stays the source of truth for the key itself: the record only tells "the
// keychain does not answer" (say how to unlock it) apart from "this database has a passphrase" (ask for
// it). Written by DatabaseOpener after every open that worked and by DatabaseRekey after a mode switch, so a
// database made before the record existed gets one at its next open.
struct KeyLocation
{
    Q_DECLARE_TR_FUNCTIONS(KeyLocation)

public:
    enum class Mode
    {
        Unknown,    // no record (a database made before records existed, or a new one)
        Keychain,   // a random 256-bit key in the OS keychain
        Passphrase, // a passphrase typed at each start (SQLCipher's KDF)
        Server      // team mode: the PostgreSQL server keeps the data; only a login password exists
    };

    Mode mode = Mode::Unknown;
    QString backend; // keychain mode: e.g. "Secret Service (D-Bus)", as recorded when the key was stored
    QString service; // keychain mode: the QtKeychain service, e.g. "Patchwright"
    QString account; // keychain mode: the entry, e.g. "database-key:/home/ann/.local/share/…/patchwright.db"

    // What an open database's config says about its key; `service` and `backend` are the KeyStore's.
    static KeyLocation of(const DatabaseConfig &config, const QString &service, const QString &backend);

    // "keychain", "passphrase", "server" or "unknown": the record's and `db info`'s word for the mode.
    QString modeName() const;
    // One line for the status bar, e.g. "key in the OS keychain: Secret Service (D-Bus)" or
    // "key from a passphrase asked at each start".
    QString summary() const;

    // The record's file for the database file at `databasePath`.
    static QString recordPath(const QString &databasePath);
    // The recorded location; Mode::Unknown when there is no (readable) record.
    static KeyLocation recorded(const QString &databasePath);
    // Records `location` (owner-only file); team databases are not recorded. When it cannot, any older
    // record is removed where the folder allows, so none says something stale.
    static Status record(const QString &databasePath, const KeyLocation &location);

    bool operator==(const KeyLocation &other) const;
};
