#include "jobs/DatabaseHealthRun.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteHealth.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString RawKey = u"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s;
const QString RawOption = u"PW_KEY_KIND=raw"_s;
using Coverage = SqliteHealth::Verdict::Coverage;

} // namespace

// The check an open runs (once per file per process, never a whole big file) and the background check that
// reads what the open left, cancellable.
class TestSqliteHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstConnectionChecksAndLaterOnesDoNot();
    void aFileOverTheBoundIsNotReadOnOpen();
    void aDamagedFileIsCheckedAgainOnEveryOpen();
    void aCancelledCheckStopsBeforeTheDamage();
    void theBackgroundRunFindsDamage();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A file of a few hundred pages, written without the check on open.
    void createFile(const QString &file);
    static void damage(const QString &file);
    QSqlDatabase openDb(const QString &file, const QString &options = {});
    DatabaseConfig configOf(const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_connections = 0;
};

void TestSqliteHealth::initTestCase()
{
    SqlCipherDriver::registerDriver();
}

void TestSqliteHealth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqliteHealth::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_dir.reset();
}

QSqlDatabase TestSqliteHealth::openDb(const QString &file, const QString &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::DriverName),
                                                u"conn%1"_s.arg(++m_connections));
    db.setDatabaseName(file);
    db.setPassword(RawKey);
    db.setConnectOptions(RawOption + (options.isEmpty() ? QString() : u";"_s + options));
    db.open();
    return db;
}

DatabaseConfig TestSqliteHealth::configOf(const QString &file) const
{
    DatabaseConfig config;
    config.driver = QLatin1String(SqlCipherDriver::DriverName);
    config.path = file;
    config.key = RawKey;
    config.connectOptions = RawOption;
    return config;
}

void TestSqliteHealth::createFile(const QString &file)
{
    QSqlDatabase db = openDb(file, u"PW_CHECK_ON_OPEN=0"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b BLOB)"_s));
    QVERIFY(query.exec(u"CREATE INDEX t_a ON t(a)"_s));
    QVERIFY(query.exec(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000) "
                       "INSERT INTO t SELECT x, hex(randomblob(20)), randomblob(100) FROM c"_s));
    QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    query.finish();
    db.close();
    QVERIFY(QFileInfo(file).size() > 256 * 1024);
}

void TestSqliteHealth::damage(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(f.size() / 2));
    QByteArray bytes = f.peek(64);
    for (char &c : bytes)
        c = char(~c);
    f.write(bytes);
}

void TestSqliteHealth::theFirstConnectionChecksAndLaterOnesDoNot()
{
    const QString file = path(u"fleet.db"_s);
    createFile(file);
    QCOMPARE(SqliteHealth::openCoverage(file), std::nullopt); // written without the check

    QSqlDatabase first = openDb(file);
    QVERIFY2(first.isOpen(), qPrintable(first.lastError().text()));
    const auto &firstCheck = static_cast<SqlCipherDriver *>(first.driver())->openCheck();
    QVERIFY(firstCheck.has_value());
    QCOMPARE(firstCheck->coverage, Coverage::Whole);
    QVERIFY(!firstCheck->damaged);
    QCOMPARE(SqliteHealth::openCoverage(file), Coverage::Whole);

    QSqlDatabase second = openDb(file); // a worker's connection
    QVERIFY2(second.isOpen(), qPrintable(second.lastError().text()));
    QCOMPARE(static_cast<SqlCipherDriver *>(second.driver())->openCheck()->coverage,
             Coverage::AlreadyChecked);

    QSqlDatabase unchecked = openDb(file, u"PW_CHECK_ON_OPEN=0"_s);
    QVERIFY(unchecked.isOpen());
    QVERIFY(!static_cast<SqlCipherDriver *>(unchecked.driver())->openCheck().has_value());
}

void TestSqliteHealth::aFileOverTheBoundIsNotReadOnOpen()
{
    const QString file = path(u"big.db"_s);
    createFile(file);
    damage(file); // were it read whole, the damage would be found
    QSqlDatabase db = openDb(file, u"PW_CHECK_ON_OPEN=0"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    auto *driver = static_cast<SqlCipherDriver *>(db.driver());

    const SqliteHealth::Verdict open = SqliteHealth::checkOnOpen(driver->connection(), file, 64 * 1024);
    QCOMPARE(open.coverage, Coverage::LeftToBackground);
    QVERIFY(!open.finished());
    QVERIFY(!open.damaged);
    QVERIFY(open.problems.isEmpty());
    QCOMPARE(SqliteHealth::openCoverage(file), Coverage::LeftToBackground); // what the console looks at
    QVERIFY(DatabaseHealthRun::isNeeded(configOf(file)));
    // Later connections leave it too, whatever their bound.
    QCOMPARE(SqliteHealth::checkOnOpen(driver->connection(), file).coverage, Coverage::AlreadyChecked);

    // The whole read finds it.
    const auto whole = SqliteHealth::checkFile(configOf(file), 5, false);
    QVERIFY(whole);
    QCOMPARE(whole.value().coverage, Coverage::Whole);
    QVERIFY(whole.value().damaged);
}

void TestSqliteHealth::aDamagedFileIsCheckedAgainOnEveryOpen()
{
    const QString file = path(u"damaged.db"_s);
    createFile(file);
    damage(file);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = openDb(file);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().nativeErrorCode(), u"damaged"_s);
        QVERIFY2(db.lastError().text().contains(u"is damaged"_s), qPrintable(db.lastError().text()));
    }
    QCOMPARE(SqliteHealth::openCoverage(file), std::nullopt);
}

void TestSqliteHealth::aCancelledCheckStopsBeforeTheDamage()
{
    const QString file = path(u"cancelled.db"_s);
    createFile(file);
    damage(file);
    std::atomic_bool cancel{true};
    const auto cancelled = SqliteHealth::checkFile(configOf(file), 5, false, &cancel);
    QVERIFY(cancelled);
    QCOMPARE(cancelled.value().coverage, Coverage::Cancelled);
    QVERIFY(!cancelled.value().damaged); // stopped at its first page read, before the damaged page
    cancel = false;
    const auto whole = SqliteHealth::checkFile(configOf(file), 5, false, &cancel);
    QVERIFY(whole);
    QCOMPARE(whole.value().coverage, Coverage::Whole);
    QVERIFY(whole.value().damaged);
}

void TestSqliteHealth::theBackgroundRunFindsDamage()
{
    const QString file = path(u"background.db"_s);
    createFile(file);
    damage(file);
    DatabaseHealthRun run(configOf(file));
    QSignalSpy finished(&run, &DatabaseHealthRun::finished);
    run.start();
    QVERIFY(run.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!run.isRunning());
    QVERIFY(run.result());
    QCOMPARE(run.result().value().coverage, Coverage::Whole);
    QVERIFY(run.result().value().damaged);
    QVERIFY(!run.result().value().problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestSqliteHealth)
#include "tst_sqlitehealth.moc"
