#include "Database.h"

#include "Migrations.h"
#include "SettingsRepository.h"
#include "SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStorage, "patchwright.storage", QtWarningMsg)

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("patchwright-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The OS account running Patchwright: from the system's user database, not an environment variable
// anyone can set.
QString osUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const QString user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    if (config.driver != QLatin1String("QPSQL")) {
        const QFileInfo file(config.path);
        if (!QDir().mkpath(file.absolutePath())) {
            return Error{
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(file.absolutePath())),
                tr("Check that you may write there, or choose another database with --db.")};
        }
    }
    if (config.driver == QLatin1String(SqlCipherDriver::DriverName))
        SqlCipherDriver::registerDriver();
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, name);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return Error{tr("The database driver %1 is not available.").arg(config.driver),
                         tr("Reinstall Patchwright; its storage plugin is missing.")};
        }
        db.setDatabaseName(config.path);
        db.setPassword(config.key);
        db.setConnectOptions(config.connectOptions);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            const bool wrongKey = error.nativeErrorCode() == QLatin1String("26"); // SQLITE_NOTADB
            return Error{tr("Cannot open the database %1: %2").arg(config.describe(), error.text()),
                         tr("Check the path and the key or passphrase, or pick another database with --db. "
                            "The file was not changed."),
                         wrongKey ? QString::fromLatin1(WrongKeyCode) : QString()};
        }
    }
    if (config.driver != QLatin1String("QPSQL")) {
        // Patch history is nobody else's business: owner-only, like a password database.
        QFile::setPermissions(config.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    std::unique_ptr<Database> database(new Database(config, name));
    if (Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config))
    , m_connectionName(std::move(connectionName))
    , m_actor(osUserName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Migrations::Dialect Database::dialect() const
{
    return m_config.driver == QLatin1String("QPSQL") ? Migrations::Dialect::PostgreSql
                                                     : Migrations::Dialect::Sqlite;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString Database::engineDescription() const
{
    QSqlQuery query(connection());
    const QString sqlite = query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()
                               ? query.value(0).toString()
                               : QString();
    // The SQLCipher library also opens plain files (PW_PLAINTEXT=1): what counts is how this one was keyed.
    const auto *cipher = qobject_cast<const SqlCipherDriver *>(connection().driver());
    if (cipher && !cipher->isEncrypted())
        return tr("SQLite %1, not encrypted").arg(sqlite);
    if (query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next() &&
        !query.value(0).toString().isEmpty())
        return tr("SQLCipher %1 (SQLite %2), encrypted").arg(query.value(0).toString(), sqlite);
    return tr("SQLite %1, not encrypted").arg(sqlite);
}

Status Database::migrate()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        return Error{
            tr("Cannot prepare the database %1: %2").arg(m_config.describe(), query.lastError().text()),
            tr("The file may be read-only or not a Patchwright database.")};
    }
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return Error{tr("The database %1 has schema version %2, but this Patchwright knows only up to %3.")
                         .arg(m_config.describe())
                         .arg(current)
                         .arg(latest),
                     tr("Upgrade Patchwright; the database was left untouched.")};
    }
    for (int version : Migrations::versions()) {
        if (version <= current)
            continue;
        if (Status applied = applyMigration(version); !applied)
            return applied;
        qCInfo(lcStorage) << "applied migration" << version;
    }
    return recordCipherVersion();
}

// SQLCipher 4 opens a 3.x file only in compatibility mode: remember what the file was created with.
Status Database::recordCipherVersion()
{
    if (dialect() != Migrations::Dialect::Sqlite)
        return {};
    SettingsRepository settings(connection());
    const auto recorded = settings.value(QStringLiteral("storage.cipher_version_created"));
    if (!recorded)
        return recorded.error();
    if (!recorded.value().isEmpty())
        return {};
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA cipher_version")) || !query.next())
        return {};
    return settings.setValue(QStringLiteral("storage.cipher_version_created"), query.value(0).toString());
}

Status Database::applyMigration(int version)
{
    const auto statements = Migrations::statements(version, dialect());
    if (!statements)
        return statements.error();

    QSqlDatabase db = connection();
    if (!db.transaction())
        return Error{tr("Cannot start migration %1: %2").arg(version).arg(db.lastError().text()), {}};
    QSqlQuery query(db);
    for (const QString &statement : statements.value()) {
        if (!query.exec(statement)) {
            const QString reason = query.lastError().text();
            db.rollback();
            return Error{tr("Migration %1 failed: %2").arg(version).arg(reason),
                         tr("The database was left at its previous version.")};
        }
    }
    query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
    query.addBindValue(version);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec() || !db.commit()) {
        const QString reason = query.lastError().text();
        db.rollback();
        return Error{tr("Migration %1 could not be recorded: %2").arg(version).arg(reason), {}};
    }
    return {};
}
