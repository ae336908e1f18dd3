#pragma once

#include <QString>

// Where and how to open the patch-history database. Copyable so each worker thread can open its own
// connection to the same database. The key never leaves memory: it is not logged or written anywhere.
struct DatabaseConfig
{
    QString driver;         // Qt SQL driver name
    QString path;           // file path (SQLite/SQLCipher) or database name (PostgreSQL)
    QString key;            // SQLCipher key or passphrase; empty for a plain file
    QString connectOptions; // driver-specific options

    // The console's embedded default: one file in the user's data folder.
    static QString defaultPath();
    enum class KeyKind
    {
        Raw,
        Passphrase
    };
    // An encrypted (SQLCipher) database file at `path`, keyed with a 64-hex-digit raw key or a passphrase.
    static DatabaseConfig encryptedFile(const QString &path, const QString &key, KeyKind kind);

    // What the status bar and `db info` show, e.g. "/home/ann/.local/share/Patchwright/patchwright.db".
    QString describe() const;
    // The keychain entry that holds this database's raw key.
    QString keychainAccount() const;
};
