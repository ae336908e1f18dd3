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
    // A local database file at `path`.
    static DatabaseConfig localFile(const QString &path);

    // What the status bar and `db info` show, e.g. "/home/ann/.local/share/Patchwright/patchwright.db".
    QString describe() const;
};
