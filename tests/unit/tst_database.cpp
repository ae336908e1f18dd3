#include "../support/TestDatabase.h"

#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlScript.h"

#include <QSqlError>

#include <QSqlQuery>

class TestDatabaseMigrations : public QObject
{
    Q_OBJECT

private slots:
    void createsFileAndFolder();
    void migratesToLatestOnceAndRecordsVersion();
    void refusesNewerSchemaAndLeavesItUntouched();
    void reportsUnwritableLocation();
    void scriptSplitterKeepsTriggerBodies();
    void fileIsEncrypted();
    void wrongKeyIsAClearErrorAndTouchesNothing();
    void passphraseModeRoundTrip();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void failedMigrationLeavesThePreviousVersion();
};

void TestDatabaseMigrations::createsFileAndFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/deeper/pw.db"));
    auto db = Database::open(
        DatabaseConfig::encryptedFile(path, KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw));
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestDatabaseMigrations::migratesToLatestOnceAndRecordsVersion()
{
    TestDatabase db;
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    const QStringList tables = db->connection().tables();
    for (const char *table : {"assets", "installed_packages", "asset_patches", "scans", "audit_events",
                              "change_requests", "deployments", "compliance_snapshots", "settings"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);

    // Reopening applies nothing twice.
    auto again = Database::open(db.config());
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    QSqlQuery count(again.value()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), Database::latestSchemaVersion());
}

void TestDatabaseMigrations::refusesNewerSchemaAndLeavesItUntouched()
{
    TestDatabase db;
    const int future = Database::latestSchemaVersion() + 1;
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'x')").arg(future)));

    auto reopened = Database::open(db.config());
    QVERIFY(!reopened.ok());
    QVERIFY2(reopened.error().message.contains(QString::number(future)),
             qPrintable(reopened.error().message));
    QVERIFY(reopened.error().hint.contains(QStringLiteral("Upgrade")));
    QCOMPARE(db->schemaVersion(), future);
}

void TestDatabaseMigrations::reportsUnwritableLocation()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder cannot be created below a regular file.
    auto db = Database::open(DatabaseConfig::encryptedFile(
        dir.filePath(QStringLiteral("file/sub/pw.db")), KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw));
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(QStringLiteral("Cannot create the folder")));
}

void TestDatabaseMigrations::scriptSplitterKeepsTriggerBodies()
{
    const QString script = QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\n\n"
                                          "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN\n"
                                          "  SELECT RAISE(ABORT, 'no');\nEND;\nCREATE INDEX i ON a(x);\n");
    const QStringList statements = SqlScript::split(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    QCOMPARE(statements.at(2), QStringLiteral("CREATE INDEX i ON a(x);"));
}

void TestDatabaseMigrations::fileIsEncrypted()
{
    TestDatabase db;
    QVERIFY(db->engineDescription().startsWith(QStringLiteral("SQLCipher")));
    QFile file(db.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(16);
    QCOMPARE(header.size(), 16);
    QVERIFY(header != QByteArray("SQLite format 3\0", 16));
}

void TestDatabaseMigrations::wrongKeyIsAClearErrorAndTouchesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pw.db"));
    {
        auto db = Database::open(
            DatabaseConfig::encryptedFile(path, KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw));
        QVERIFY(db.ok());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    auto wrong = Database::open(
        DatabaseConfig::encryptedFile(path, KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, QString::fromLatin1(Database::WrongKeyCode));
    QVERIFY(wrong.error().message.contains(QStringLiteral("different key")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestDatabaseMigrations::passphraseModeRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pw.db"));
    const QString passphrase = QStringLiteral("it's a \"long\" pass; phrase");
    {
        auto db = Database::open(
            DatabaseConfig::encryptedFile(path, passphrase, DatabaseConfig::KeyKind::Passphrase));
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
    }
    auto again =
        Database::open(DatabaseConfig::encryptedFile(path, passphrase, DatabaseConfig::KeyKind::Passphrase));
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
    auto wrong = Database::open(DatabaseConfig::encryptedFile(path, passphrase + QLatin1Char('x'),
                                                              DatabaseConfig::KeyKind::Passphrase));
    QVERIFY(!wrong.ok());
}

namespace {

// Builds a database at schema `version` the way an older Patchwright left it, with one asset in it.
void buildAtVersion(const DatabaseConfig &config, int version)
{
    SqlCipherDriver::registerDriver();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, QStringLiteral("old"));
        db.setDatabaseName(config.path);
        db.setPassword(config.key);
        db.setConnectOptions(config.connectOptions);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")));
        for (int v = 1; v <= version; ++v) {
            const auto statements = Migrations::statements(v, Migrations::Dialect::Sqlite);
            QVERIFY(statements.ok());
            for (const QString &statement : statements.value())
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'then')").arg(v)));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO assets (name, transport, created_at) "
                                          "VALUES ('old-host', 'ssh', '2026-01-01T00:00:00.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

} // namespace

void TestDatabaseMigrations::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from %d", version) << version;
}

void TestDatabaseMigrations::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::encryptedFile(
        dir.filePath(QStringLiteral("old.db")), KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    buildAtVersion(config, from);
    if (QTest::currentTestFailed())
        return;
    auto db = Database::open(config);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name, transport FROM assets")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("old-host"));
    QVERIFY2(query.exec(QStringLiteral("SELECT identity_file FROM assets")), "schema 3 adds identity_file");
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QString()); // existing assets get no identity file
    const QStringList tables = db.value()->connection().tables();
    for (const char *table : {"vulnerabilities", "patch_cves", "approvals", "deployment_steps", "users",
                              "known_host_keys", "change_request_patches"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
}

void TestDatabaseMigrations::failedMigrationLeavesThePreviousVersion()
{
    // A database where migration 2 cannot apply (a table it creates already exists) stays at version 1,
    // with nothing of migration 2 half-applied.
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::encryptedFile(
        dir.filePath(QStringLiteral("old.db")), KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    buildAtVersion(config, 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, QStringLiteral("block"));
        db.setDatabaseName(config.path);
        db.setPassword(config.key);
        db.setConnectOptions(config.connectOptions);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE users (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("block"));
    auto db = Database::open(config);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("Migration 2 failed")),
             qPrintable(db.error().message));
    QVERIFY(db.error().hint.contains(QStringLiteral("previous version")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(config.driver, QStringLiteral("check"));
        raw.setDatabaseName(config.path);
        raw.setPassword(config.key);
        raw.setConnectOptions(config.connectOptions);
        QVERIFY(raw.open());
        QVERIFY(!raw.tables().contains(QStringLiteral("vulnerabilities")));
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestDatabaseMigrations)
#include "tst_database.moc"
