#include "Backend.h"

#include "PostgresServer.h"

#include "storage/KeyStore.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

std::unique_ptr<Database> Backend::create()
{
    auto opened = Database::open(freshConfig());
    if (!opened) {
        m_lastError = opened.error().text();
        return nullptr;
    }
    return std::move(opened).value();
}

QSqlDatabase Backend::openRaw(const DatabaseConfig &config, const QString &connectionName)
{
    if (config.driver == QLatin1String(SqlCipherDriver::DriverName))
        SqlCipherDriver::registerDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, connectionName);
    db.setDatabaseName(config.path);
    db.setPassword(config.key);
    db.setConnectOptions(config.connectOptions);
    if (config.isPostgres()) {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
    }
    db.open();
    return db;
}

SqlCipherBackend::~SqlCipherBackend() = default;

DatabaseConfig SqlCipherBackend::freshConfig()
{
    m_dirs.push_back(std::make_unique<QTemporaryDir>());
    return DatabaseConfig::encryptedFile(m_dirs.back()->filePath(QStringLiteral("test.db")),
                                         KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
}

bool SqlCipherBackend::tamper(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    for (const char *trigger : {"audit_events_no_update", "audit_events_no_delete",
                                "audit_checkpoints_no_update", "audit_checkpoints_no_delete"}) {
        if (!query.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(trigger)))
            return false;
    }
    return query.exec(sql);
}

PostgresBackend::PostgresBackend(PostgresServer &server)
    : m_server(server)
{
    const auto password = m_server.createLogin(owner(), QStringLiteral("CREATEROLE"));
    if (!password)
        qFatal("cannot create the database owner: %s", qPrintable(password.error().text()));
    m_ownerPassword = password.value();
}

DatabaseConfig PostgresBackend::freshConfig()
{
    const QString name = QStringLiteral("pw_suite_%1").arg(++m_databases);
    if (Status created = m_server.createDatabase(name, owner()); !created)
        m_lastError = created.error().text();
    return m_server.config(owner(), m_ownerPassword, name);
}

bool PostgresBackend::tamper(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    for (const char *table : {"audit_events", "audit_checkpoints"}) {
        if (!query.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table))))
            qWarning("tamper: %s", qPrintable(query.lastError().text()));
    }
    return query.exec(sql);
}
