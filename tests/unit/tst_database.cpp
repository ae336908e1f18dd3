#include "../support/TestDatabase.h"

#include "storage/SqlScript.h"

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

QTEST_GUILESS_MAIN(TestDatabaseMigrations)
#include "tst_database.moc"
