#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real PostgreSQL 15 server for one test run: a fresh cluster (initdb) in a temporary folder, listening
// on 127.0.0.1 on a free port, with its unix socket in that folder too. As root (CI), the server runs as the
// unprivileged `postgres` user (runuser); otherwise as the current user. Every login, the bootstrap
// superuser included, authenticates with a password (scram-sha-256). The destructor stops the server and
// removes the folder.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // initdb + pg_ctl start -w; an Error (with the server log) when there is no server to be had.
    Status start();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString directory() const { return m_dir->path(); }

    // Runs one statement as the bootstrap superuser in `database`.
    Status superuserExec(const QString &sql, const QString &database = QStringLiteral("postgres")) const;
    // A new login with a random password (returned); `options` are CREATE ROLE options, e.g. "CREATEROLE".
    Result<QString> createLogin(const QString &name, const QString &options = QString()) const;
    Status createDatabase(const QString &name, const QString &owner) const;

    // How Patchwright connects as `user` (the password in the config, as the keychain would give it).
    DatabaseConfig config(const QString &user, const QString &password, const QString &database) const;
    // The --db URL for `user` (no password: that comes from PGPASSFILE).
    QString url(const QString &user, const QString &database) const;
    QString logTail() const;

private:
    Result<QByteArray> run(const QString &program, const QStringList &arguments, int timeoutMs) const;
    Status startOnce();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_superuserPassword;
    int m_port = 0;
    bool m_running = false;
};
