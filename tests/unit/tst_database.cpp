#include "../suites/MigrationSuite.h"
#include "../support/TestDatabase.h"
#include "../support/WriteLockHolder.h"

#include "storage/AssetRepository.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlScript.h"
#include "storage/StorageError.h"

#include <QSqlError>
#include <sqlcipher/sqlite3.h>
#include <sys/stat.h>

#include <QSqlQuery>

class TestDatabaseMigrations : public QObject
{
    Q_OBJECT

private slots:
    void createsFileAndFolder();
    void reportsUnwritableLocation();
    void folderAndFilesArePrivateWhateverTheUmask();
    void aBusyDatabaseSaysWhoAndWhatToDo();
    void scriptSplitterKeepsTriggerBodies();
    void fileIsEncrypted();
    void plaintextFileIsDescribedAsNotEncrypted();
    void wrongKeyIsAClearErrorAndTouchesNothing();
    void passphraseModeRoundTrip();
    void aWorkersPageCacheIsFreedOnRequest();
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

void TestDatabaseMigrations::folderAndFilesArePrivateWhateverTheUmask()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open/wide/pw.db"));
    const mode_t previous = ::umask(0);
    auto db = Database::open(
        DatabaseConfig::encryptedFile(path, KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw));
    ::umask(previous);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    const auto mode = [](const QString &file) {
        struct stat status
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
    };
    QCOMPARE(mode(dir.filePath(QStringLiteral("open"))), 0700);
    QCOMPARE(mode(dir.filePath(QStringLiteral("open/wide"))), 0700);
    QCOMPARE(mode(path), 0600);
    QVERIFY(
        QFileInfo::exists(path + QStringLiteral("-wal"))); // WAL mode: SQLite made it, with the file's mode
    QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
}

// Another connection (a scan of another process) keeps the write lock past this connection's wait: the
// write fails with the "database-busy" error naming the file and what to do, and changes nothing.
void TestDatabaseMigrations::aBusyDatabaseSaysWhoAndWhatToDo()
{
    TestDatabase db;
    DatabaseConfig impatient = db.config();
    impatient.connectOptions += QStringLiteral(";PW_BUSY_TIMEOUT_MS=50");
    auto second = Database::open(impatient);
    QVERIFY(second.ok());
    Asset asset;
    asset.name = QStringLiteral("late");
    asset.transport = Transport::Local;
    Result<qint64> added = Error{};
    {
        WriteLockHolder holder(db.config(), false);
        QVERIFY(holder.isHolding());
        added = AssetRepository(second.value()->connection(), QStringLiteral("tester")).add(asset);
    }
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QString::fromLatin1(StorageError::BusyCode));
    QVERIFY2(added.error().message.contains(QStringLiteral("another Patchwright process")) &&
                 added.error().message.contains(db.path()),
             qPrintable(added.error().text()));
    QVERIFY(!added.error().text().contains(QStringLiteral("database is locked")));
    QVERIFY(added.error().hint.contains(QStringLiteral("Try again when it finishes")));
    // Once free, the same write goes through.
    QVERIFY(AssetRepository(second.value()->connection(), QStringLiteral("tester")).add(asset).ok());
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

    // PostgreSQL: a dollar-quoted body (plpgsql function, DO block) is one statement, whatever it holds.
    const QString pg = QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                      "BEGIN\n    RAISE EXCEPTION 'no';\nEND;\n$$;\n"
                                      "DO $$\nBEGIN\n    IF true THEN\n        PERFORM 1;\n    END IF;\n"
                                      "END\n$$;\nGRANT SELECT ON a TO b;\n");
    const QStringList pgStatements = SqlScript::split(pg);
    QCOMPARE(pgStatements.size(), 3);
    QVERIFY(pgStatements.at(0).endsWith(QStringLiteral("$$;")));
    QVERIFY(pgStatements.at(0).contains(QStringLiteral("RAISE EXCEPTION")));
    QVERIFY(pgStatements.at(1).startsWith(QStringLiteral("DO $$")));
    QVERIFY(pgStatements.at(1).endsWith(QStringLiteral("$$;")));
    QCOMPARE(pgStatements.at(2), QStringLiteral("GRANT SELECT ON a TO b;"));
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

void TestDatabaseMigrations::plaintextFileIsDescribedAsNotEncrypted()
{
    // The benchmarks' baseline: the same driver and library, PW_PLAINTEXT=1.
    QTemporaryDir dir;
    DatabaseConfig config;
    config.driver = QString::fromLatin1(SqlCipherDriver::DriverName);
    config.path = dir.filePath(QStringLiteral("plain.db"));
    config.connectOptions = QStringLiteral("PW_PLAINTEXT=1");
    auto db = Database::open(config);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    const QString description = db.value()->engineDescription();
    QVERIFY2(description.startsWith(QStringLiteral("SQLite ")), qPrintable(description));
    QVERIFY2(description.endsWith(QStringLiteral(", not encrypted")), qPrintable(description));
    QFile file(config.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(16), QByteArray("SQLite format 3\0", 16));
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

void TestDatabaseMigrations::aWorkersPageCacheIsFreedOnRequest()
{
    // A worker's connection stays open between reads (BackgroundReads): after a read, releaseCache() frees
    // the pages its read left in the connection's cache (SQLite's own count of them).
    QTemporaryDir dir;
    auto db = Database::open(DatabaseConfig::encryptedFile(
        dir.filePath(QStringLiteral("pw.db")), KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw));
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")));
    QVERIFY(
        query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                  "4000) INSERT INTO filler SELECT i, printf('%0500d', i) FROM n")));
    QVERIFY(query.exec(QStringLiteral("SELECT sum(length(text)) FROM filler")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 4000 * 500);
    query.finish();
    sqlite3 *handle = static_cast<SqlCipherDriver *>(db.value()->connection().driver())->connection();
    const auto cacheUsed = [handle] {
        int used = 0;
        int highwater = 0;
        return sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_USED, &used, &highwater, 0) == SQLITE_OK ? used
                                                                                                        : -1;
    };
    const int afterRead = cacheUsed();
    QVERIFY2(afterRead > 1024 * 1024, qPrintable(QString::number(afterRead))); // the table's 2 MB of pages
    db.value()->releaseCache();
    const int released = cacheUsed();
    QVERIFY2(released >= 0 && released < afterRead / 10,
             qPrintable(QStringLiteral("%1 -> %2 bytes").arg(afterRead).arg(released)));
    // The connection still reads.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM filler")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4000);
}

// The engine-independent migration tests run from the shared suite (also against PostgreSQL in
// tst_teamsuites); the ones above are about the encrypted file.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestDatabaseMigrations file;
    SqlCipherBackend backend;
    MigrationSuite migrations(backend);
    return QTest::qExec(&file, argc, argv) | QTest::qExec(&migrations, argc, argv);
}

#include "tst_database.moc"
