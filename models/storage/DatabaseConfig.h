#pragma once

#include <QString>

// Where and how to open the patch-history database. Copyable so each worker thread can open its own
// connection to the same database. The key never leaves memory: it is not logged or written anywhere.
struct DatabaseConfig
{
    QString driver;         // Qt SQL driver name
    QString path;           // file path (SQLite/SQLCipher) or database name (PostgreSQL)
    QString key;            // SQLCipher key or passphrase; PostgreSQL password (empty: libpq's PGPASSFILE)
    QString connectOptions; // driver-specific options
    // Team mode (PostgreSQL) only: where the server is and who logs in.
    QString host;
    int port = -1;
    QString user;

    static constexpr const char *PostgresDriver = "QPSQL";

    // The console's embedded default: one file in the user's data folder.
    static QString defaultPath();
    enum class KeyKind
    {
        Raw,
        Passphrase
    };
    // An encrypted (SQLCipher) database file at `path`, keyed with a 64-hex-digit raw key or a passphrase.
    static DatabaseConfig encryptedFile(const QString &path, const QString &key, KeyKind kind);
    // A team database on a PostgreSQL server; `options` are libpq keywords ("sslmode='require' ...").
    static DatabaseConfig postgres(const QString &host, int port, const QString &user,
                                   const QString &database, const QString &options);

    bool isPostgres() const { return driver == QLatin1String(PostgresDriver); }
    // What the status bar and `db info` show, e.g. "/home/ann/.local/share/Patchwright/patchwright.db" or
    // "postgresql://ann@db.example.org:5432/patchwright" (never a password).
    QString describe() const;
    // The keychain entry that holds this database's raw key (SQLCipher) or the login's password
    // (PostgreSQL: "postgresql:USER@HOST:PORT/DB").
    QString keychainAccount() const;
};
