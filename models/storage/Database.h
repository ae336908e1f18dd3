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

    // Who is acting, for the audit trail: the OS user in local mode.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

private:
    Database(DatabaseConfig config, QString connectionName);
    Status migrate();
    Status applyMigration(int version);
    Status recordCipherVersion();

    DatabaseConfig m_config;
    QString m_connectionName;
    QString m_actor;
};
