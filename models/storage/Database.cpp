#include "Database.h"

#include "Migrations.h"
#include "PrivatePaths.h"
#include "SettingsRepository.h"
#include "SqlCipherDriver.h"
#include "SqliteHealth.h"
#include "StorageError.h"

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

// libpq's connection failures as errors that say what to do next. libpq has no SQLSTATE for these, so
// this reads its (English) message; anything unrecognised keeps the server's own words.
Error postgresOpenError(const DatabaseConfig &config, const QSqlError &error)
{
    const QString native = error.databaseText().trimmed();
    const QString where = QStringLiteral("%1:%2").arg(config.host).arg(config.port);
    const auto has = [&native](const char *text) {
        return native.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    const QString passwordHint =
        QCoreApplication::translate(
            "Database",
            "Put the password in your PGPASSFILE (default ~/.pgpass, mode 0600, lines "
            "HOST:PORT:DATABASE:USER:"
            "PASSWORD) or store it in the OS keychain with Database ▸ Connect to team database… (keychain "
            "account \"%1\").")
            .arg(config.keychainAccount());
    if (has("no password supplied"))
        return Error{QCoreApplication::translate("Database",
                                                 "The PostgreSQL server at %1 wants a password for %2, and "
                                                 "none was found.")
                         .arg(where, config.user),
                     passwordHint, QString::fromLatin1(Database::PostgresAuthCode)};
    if (has("password authentication failed") || (has("role \"") && has("does not exist")))
        return Error{QCoreApplication::translate("Database",
                                                 "The PostgreSQL server at %1 refused the login %2: wrong "
                                                 "password or no such login.")
                         .arg(where, config.user),
                     passwordHint, QString::fromLatin1(Database::PostgresAuthCode)};
    if (has("database \"") && has("does not exist"))
        return Error{QCoreApplication::translate("Database", "There is no database \"%1\" on the PostgreSQL "
                                                             "server at %2.")
                         .arg(config.path, where),
                     QCoreApplication::translate(
                         "Database", "Check the name in the address, or ask the server's admin to create it "
                                     "(README: Team mode on PostgreSQL)."),
                     QString::fromLatin1(Database::PostgresNoDatabaseCode)};
    if (has("no pg_hba.conf entry"))
        return Error{QCoreApplication::translate("Database",
                                                 "The PostgreSQL server at %1 does not accept the login %2 "
                                                 "from this machine: %3")
                         .arg(where, config.user, native),
                     QCoreApplication::translate("Database", "Ask the server's admin to allow it in "
                                                             "pg_hba.conf, or use sslmode=require if only "
                                                             "TLS connections are allowed."),
                     QString::fromLatin1(Database::PostgresAuthCode)};
    if (has("SSL") || has("certificate"))
        return Error{QCoreApplication::translate("Database", "The TLS connection to the PostgreSQL server at "
                                                             "%1 failed: %2")
                         .arg(where, native),
                     QCoreApplication::translate(
                         "Database", "Check the server's TLS setup and the sslmode, sslrootcert and related "
                                     "parameters in the address."),
                     QString::fromLatin1(Database::PostgresUnreachableCode)};
    if (has("could not connect") || has("connection refused") || has("timeout expired") ||
        has("could not translate host name") || has("unreachable") || has("no route to host") ||
        has("connection to server"))
        return Error{QCoreApplication::translate("Database", "Cannot reach the PostgreSQL server at %1: %2")
                         .arg(where, native),
                     QCoreApplication::translate(
                         "Database", "Check that the server runs and accepts TCP connections from this "
                                     "machine (listen_addresses, firewall), and the host and port in the "
                                     "address."),
                     QString::fromLatin1(Database::PostgresUnreachableCode)};
    return Error{QCoreApplication::translate("Database", "Cannot open the team database %1: %2")
                     .arg(config.describe(), native.isEmpty() ? error.text() : native),
                 QCoreApplication::translate("Database", "Check the address and your login.")};
}

// One key for every Patchwright advisory lock that guards the schema (migrations).
constexpr qint64 MigrationLockKey = 0x5057'4d49'4752'4154; // "PWMIGRAT"

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    // SQLite takes an empty file for a new database; ours never is one, so an empty file that was there
    // before is a damaged one (a failed copy, a truncation) and must not silently become an empty history.
    const bool existed = !config.isPostgres() && QFileInfo::exists(config.path);
    if (existed && QFileInfo(config.path).size() == 0)
        return Error{tr("Cannot open the database %1: the file is empty (0 bytes).").arg(config.describe()),
                     SqliteHealth::openHint(QStringLiteral("empty-file")), QStringLiteral("empty-file")};
    if (!config.isPostgres()) {
        // Patch history is nobody else's business: owner-only folder and file, like a password database,
        // made so before SQLite writes a byte (its -wal and -shm files take the database file's mode).
        const QFileInfo file(config.path);
        if (!PrivatePaths::makeFolder(file.absolutePath())) {
            return Error{
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(file.absolutePath())),
                tr("Check that you may write there, or choose another database with --db.")};
        }
        if (!config.connectOptions.contains(QLatin1String("PW_READ_ONLY=1")) &&
            !PrivatePaths::makeFile(config.path)) {
            return Error{tr("Cannot create the database file %1.").arg(QDir::toNativeSeparators(config.path)),
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
                         config.isPostgres()
                             ? tr("Install Qt's PostgreSQL driver (on Debian: libqt6sql6-psql).")
                             : tr("Reinstall Patchwright; its storage plugin is missing.")};
        }
        db.setDatabaseName(config.path);
        if (config.isPostgres()) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
        }
        db.setPassword(config.key);
        db.setConnectOptions(config.connectOptions);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (!existed && !config.isPostgres() && QFileInfo(config.path).size() == 0)
                QFile::remove(config.path); // made empty above for its mode: leave nothing behind
            if (config.isPostgres())
                return postgresOpenError(config, error);
            const bool wrongKey = error.nativeErrorCode() == QLatin1String("26"); // SQLITE_NOTADB
            const QString healthHint = SqliteHealth::openHint(error.nativeErrorCode());
            return Error{
                tr("Cannot open the database %1: %2").arg(config.describe(), error.text()),
                !healthHint.isEmpty()
                    ? healthHint
                    : tr("Check the path and the key or passphrase, or pick another database with --db. "
                         "The file was not changed."),
                wrongKey ? QString::fromLatin1(WrongKeyCode) : QString()};
        }
    }
    std::unique_ptr<Database> database(new Database(config, name));
    if (config.isPostgres()) {
        // Team mode: the identity is the database login the server authenticated, not the OS account.
        QSqlQuery query(database->connection());
        if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
            return Error{tr("Cannot read the login of the team database %1: %2")
                             .arg(config.describe(), query.lastError().text()),
                         {}};
        database->m_actor = query.value(0).toString();
    }
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
    return m_config.isPostgres() ? Migrations::Dialect::PostgreSql : Migrations::Dialect::Sqlite;
}

void Database::releaseCache() const
{
    if (dialect() != Migrations::Dialect::Sqlite)
        return;
    // A failure only leaves the cache as it was: said in the log, nothing else to do.
    QSqlQuery shrink(connection());
    if (!shrink.exec(QStringLiteral("PRAGMA shrink_memory")))
        qCWarning(lcStorage) << "Cannot free the page cache:" << shrink.lastError().text();
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
    if (dialect() == Migrations::Dialect::PostgreSql) {
        const bool ok = query.exec(QStringLiteral(
                            "SELECT current_setting('server_version'), COALESCE((SELECT ssl FROM pg_stat_ssl "
                            "WHERE pid = pg_backend_pid()), false)")) &&
                        query.next();
        if (!ok)
            return tr("PostgreSQL");
        return query.value(1).toBool()
                   ? tr("PostgreSQL %1 as %2, TLS").arg(query.value(0).toString(), m_actor)
                   : tr("PostgreSQL %1 as %2, no TLS").arg(query.value(0).toString(), m_actor);
    }
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
    bool hasVersionTable = false;
    if (dialect() == Migrations::Dialect::PostgreSql) {
        const auto schema = checkPostgresMigrator();
        if (!schema)
            return schema.error();
        hasVersionTable = schema.value();
    }
    QSqlQuery query(connection());
    // On PostgreSQL only the owner may create it (and nobody else needs to try).
    if (!hasVersionTable &&
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
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

// Team mode: the database owner applies migrations, nobody else. Returns whether schema_migrations exists.
// Other logins have no right to change the schema (and must not try); they get a clear message naming the
// owner instead of a permission error.
Result<bool> Database::checkPostgresMigrator()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral(
            "SELECT to_regclass('schema_migrations') IS NOT NULL, pg_get_userbyid(d.datdba) = session_user, "
            "pg_get_userbyid(d.datdba) FROM pg_database d WHERE d.datname = current_database()")) ||
        !query.next())
        return Error{tr("Cannot read the schema of the team database %1: %2")
                         .arg(m_config.describe(), query.lastError().text()),
                     {}};
    const bool hasSchema = query.value(0).toBool();
    const bool isOwner = query.value(1).toBool();
    const QString owner = query.value(2).toString();
    if (isOwner)
        return hasSchema;
    const int current = hasSchema ? schemaVersion() : 0;
    if (current >= latestSchemaVersion())
        return hasSchema; // up to date (a newer schema is refused by migrate())
    return Error{
        tr("The team database %1 is at schema version %2, this Patchwright needs version %3, and only "
           "the database owner (%4) applies migrations; your login %5 does not.")
            .arg(m_config.describe())
            .arg(current)
            .arg(latestSchemaVersion())
            .arg(owner, m_actor),
        tr("Ask the owner to connect once with this version of Patchwright, e.g. "
           "patchwright-cli --db postgresql://%1@%2:%3/%4 db info. The database was not changed.")
            .arg(owner, m_config.host)
            .arg(m_config.port)
            .arg(m_config.path),
        QString::fromLatin1(NeedsOwnerMigrationCode)};
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
    if (dialect() == Migrations::Dialect::PostgreSql) {
        // Two consoles of the owner opening a fresh team database at once: one migrates, the other waits
        // and then finds the version applied.
        query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        query.addBindValue(MigrationLockKey);
        if (!query.exec()) {
            const QString reason = query.lastError().text();
            db.rollback();
            return Error{tr("Cannot lock the team database for migration %1: %2").arg(version).arg(reason),
                         {}};
        }
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"));
        query.addBindValue(version);
        if (query.exec() && query.next() && query.value(0).toInt() > 0)
            return db.commit()
                       ? Status()
                       : Status(Error{tr("Migration %1: %2").arg(version).arg(db.lastError().text())});
    }
    for (const QString &statement : statements.value()) {
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            db.rollback();
            QString hint = tr("The database was left at its previous version.");
            if (dialect() == Migrations::Dialect::PostgreSql && StorageError::isPermissionDenied(error))
                hint +=
                    QLatin1Char(' ') +
                    tr("The owner may lack a right the migration needs: to create the group roles "
                       "patchwright_admin, patchwright_reviewer and patchwright_auditor it needs "
                       "CREATEROLE, or a superuser creates them first (README: Team mode on PostgreSQL).");
            return Error{tr("Migration %1 failed: %2").arg(version).arg(error.text()), hint};
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
