#pragma once

#include "DatabaseConfig.h"
#include "Migrations.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// An open connection to the patch-history database, migrated to the current schema.
// One Database per thread: worker threads open their own with Database::open(config).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr const char *WrongKeyCode = "wrong-key";
    // Team mode (PostgreSQL) failures a caller may branch on.
    static constexpr const char *PostgresUnreachableCode = "pg-unreachable";
    static constexpr const char *PostgresAuthCode = "pg-authentication";
    static constexpr const char *PostgresNoDatabaseCode = "pg-no-database";
    static constexpr const char *NeedsOwnerMigrationCode = "needs-owner-migration";

    // Opens (creating the file and its folder if needed) and applies pending migrations, each in one
    // transaction. Refuses a database whose schema is newer than this program knows.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const DatabaseConfig &config() const { return m_config; }
    // After PRAGMA rekey: new connections (worker threads) must use the new key.
    void adoptKey(const DatabaseConfig &rekeyed) { m_config = rekeyed; }
    int schemaVersion() const;
    // The engine behind the connection, e.g. "SQLite 3.40.1" or "SQLCipher 3.4.1 (SQLite 3.15.2)".
    QString engineDescription() const;
    static int latestSchemaVersion();
    Migrations::Dialect dialect() const;
    // Frees this connection's page cache (SQLite's PRAGMA shrink_memory; nothing to do on PostgreSQL): for
    // a worker's connection kept open between reads, whose cache would otherwise stay filled with the pages
    // of its last read (up to 16 MiB each: SqlCipherDriver).
    void releaseCache() const;

    // Who is acting, for the audit trail: the OS user in local mode, the database login (session_user) in
    // team mode — there the server also refuses audit events under any other name.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

private:
    Database(DatabaseConfig config, QString connectionName);
    Status migrate();
    Result<bool> checkPostgresMigrator();
    Status applyMigration(int version);
    Status recordCipherVersion();

    DatabaseConfig m_config;
    QString m_connectionName;
    QString m_actor;
};
