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
};

void TestDatabaseMigrations::createsFileAndFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/deeper/pw.db"));
    auto db = Database::open(DatabaseConfig::localFile(path));
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QVERIFY(QFileInfo::exists(path));
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
    auto db = Database::open(DatabaseConfig::localFile(dir.filePath(QStringLiteral("file/sub/pw.db"))));
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

QTEST_GUILESS_MAIN(TestDatabaseMigrations)
#include "tst_database.moc"
