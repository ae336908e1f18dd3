#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

// One storage engine for the shared test suites (tests/suites): the same test bodies run against SQLCipher
// (unit tests) and against a real PostgreSQL server (tst_teamsuites).
class Backend
{
public:
    virtual ~Backend() = default;
    virtual QString name() const = 0;
    virtual Migrations::Dialect dialect() const = 0;
    // A new, empty database nobody opened yet, reachable as its owner.
    virtual DatabaseConfig freshConfig() = 0;
    // What an attacker with the owner's credentials can do to the audit trail: switch the engine's
    // append-only guard off, then run `sql`.
    virtual bool tamper(Database &db, const QString &sql) = 0;

    // A fresh database, migrated; nullptr (and lastError()) when it cannot be opened.
    std::unique_ptr<Database> create();
    QString lastError() const { return m_lastError; }

    // A plain connection to `config` (no migrations), e.g. to build a database at an old schema version.
    static QSqlDatabase openRaw(const DatabaseConfig &config, const QString &connectionName);

protected:
    QString m_lastError;
};

// Like the real console: an encrypted file with a raw key (held by the test instead of a keychain).
class SqlCipherBackend : public Backend
{
public:
    ~SqlCipherBackend() override;
    QString name() const override { return QStringLiteral("sqlcipher"); }
    Migrations::Dialect dialect() const override { return Migrations::Dialect::Sqlite; }
    DatabaseConfig freshConfig() override;
    bool tamper(Database &db, const QString &sql) override;

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

class PostgresServer;

// A fresh database per call on one running server, owned by a login with CREATEROLE (so the migration
// creates the group roles itself).
class PostgresBackend : public Backend
{
public:
    explicit PostgresBackend(PostgresServer &server);
    QString name() const override { return QStringLiteral("postgresql"); }
    Migrations::Dialect dialect() const override { return Migrations::Dialect::PostgreSql; }
    DatabaseConfig freshConfig() override;
    bool tamper(Database &db, const QString &sql) override;

    PostgresServer &server() const { return m_server; }
    QString owner() const { return QStringLiteral("pw_owner"); }
    QString ownerPassword() const { return m_ownerPassword; }

private:
    PostgresServer &m_server;
    QString m_ownerPassword;
    int m_databases = 0;
};
