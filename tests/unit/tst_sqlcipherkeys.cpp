// SqlCipherDriver's keys and the file they encrypt: the header on disk, a wrong key that changes nothing,
// raw keys and passphrases, the connect options, compatibility with older files, rekeying, WAL, read-only
// connections and two connections to one file.
#include "../support/SqlCipherConnections.h"

#include <memory>

using namespace SqlCipherTest;

class TestSqlCipherKeys : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_files = std::make_unique<Connections>();
        QVERIFY(m_files->isValid());
        QVERIFY(QSqlDatabase::isDriverAvailable(QLatin1String(SqlCipherDriver::DriverName)));
    }
    void cleanup() { m_files.reset(); }

    void fileHeaderIsEncrypted();
    void plaintextFileHasSqliteHeader();
    void wrongKeyFailsAndLeavesFileUntouched();
    void rawKeyFormatIsValidated();
    void passphraseWithQuotes();
    void connectOptionsAreValidated();
    void cipherCompatibilityOption();
    void rekeyReplacesTheKey();
    void journalModeIsWal();
    void readOnlyRejectsWrites();
    void twoConnectionsSeeCommittedData();

private:
    std::unique_ptr<Connections> m_files;
};

void TestSqlCipherKeys::fileHeaderIsEncrypted()
{
    const QString file = m_files->path(QStringLiteral("enc.db"));
    {
        QSqlDatabase db = m_files->open(file, Passphrase);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, "CREATE TABLE secret (x TEXT)");
        VERIFY_EXEC(query, "INSERT INTO secret VALUES ('findme-plaintext-marker')");
        db.close();
    }
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QCOMPARE(bytes.size() >= 16, true);
    QVERIFY(bytes.left(16) != SqliteMagic);
    QVERIFY(!bytes.contains("findme-plaintext-marker"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
}

void TestSqlCipherKeys::plaintextFileHasSqliteHeader()
{
    const QString file = m_files->path(QStringLiteral("plain.db"));
    {
        QSqlDatabase db = m_files->open(file, QString(), QStringLiteral("PW_PLAINTEXT=1"));
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, "CREATE TABLE t (x)");
        QVERIFY(!static_cast<SqlCipherDriver *>(db.driver())->isEncrypted());
        db.close();
    }
    QCOMPARE(fileHead(file), SqliteMagic);

    // A key on a plaintext file fails like a wrong key, and leaves the file alone.
    const QByteArray before = fileHash(file);
    QSqlDatabase keyed = m_files->open(file, Passphrase);
    QVERIFY(!keyed.isOpen());
    QCOMPARE(keyed.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(fileHash(file), before);
}

void TestSqlCipherKeys::wrongKeyFailsAndLeavesFileUntouched()
{
    const QString file = m_files->path(QStringLiteral("wrongkey.db"));
    {
        QSqlDatabase db = m_files->open(file, Passphrase);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, "CREATE TABLE t (x)");
        VERIFY_EXEC(query, "INSERT INTO t VALUES (1)");
        db.close();
    }
    QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
    const QByteArray before = fileHash(file);
    QVERIFY(!before.isEmpty());

    QSqlDatabase wrong = m_files->open(file, QStringLiteral("incorrect horse"));
    QVERIFY(!wrong.isOpen());
    QCOMPARE(wrong.lastError().type(), QSqlError::ConnectionError);
    QVERIFY2(wrong.lastError().text().contains(
                 QLatin1String("encrypted with a different key, or is not a Patchwright database")),
             qPrintable(wrong.lastError().text()));
    QCOMPARE(wrong.lastError().nativeErrorCode().toInt() & 0xFF, 26); // SQLITE_NOTADB
    QVERIFY(!wrong.lastError().text().contains(QLatin1String("incorrect horse")));
    QCOMPARE(fileHash(file), before);

    QSqlDatabase plain = m_files->open(file, QString(), QStringLiteral("PW_PLAINTEXT=1"));
    QVERIFY(!plain.isOpen());
    QCOMPARE(fileHash(file), before);

    QSqlDatabase right = m_files->open(file, Passphrase);
    VERIFY_OPEN(right);
    QCOMPARE(scalar(right, QStringLiteral("SELECT x FROM t")).toLongLong(), 1);
}

void TestSqlCipherKeys::rawKeyFormatIsValidated()
{
    const QString file = m_files->path(QStringLiteral("raw.db"));
    {
        QSqlDatabase db = m_files->open(file, RawKey, RawOption);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, "CREATE TABLE t (x)");
        db.close();
    }
    // The same 64 characters used as a passphrase derive a different key.
    QSqlDatabase asPassphrase = m_files->open(file, RawKey, QStringLiteral("PW_KEY_KIND=passphrase"));
    QVERIFY(!asPassphrase.isOpen());

    const QStringList badKeys{RawKey.left(63), RawKey + QLatin1Char('0'), RawKey.left(63) + QLatin1Char('g'),
                              QStringLiteral("x'") + RawKey.left(60) + QLatin1Char('\'')};
    for (const QString &bad : badKeys) {
        const QString missing = m_files->path(QStringLiteral("never-created.db"));
        QSqlDatabase db = m_files->open(missing, bad, RawOption);
        QVERIFY(!db.isOpen());
        QVERIFY2(db.lastError().text().contains(QLatin1String("64 hexadecimal digits")),
                 qPrintable(db.lastError().text()));
        QVERIFY(!QFile::exists(missing));
    }
    QVERIFY(SqlCipherDriver::isValidRawKey(RawKey));
    QVERIFY(!SqlCipherDriver::isValidRawKey(RawKey.left(63) + QLatin1Char('g')));

    QSqlDatabase again = m_files->open(file, RawKey.toLower(), RawOption); // hex digits are case-insensitive
    VERIFY_OPEN(again);
}

void TestSqlCipherKeys::passphraseWithQuotes()
{
    const QString file = m_files->path(QStringLiteral("quotes.db"));
    const QString tricky = QStringLiteral("it's a \"quoted\" pass''; DROP TABLE t; -- \u00e9\U0001F511");
    {
        QSqlDatabase db = m_files->open(file, tricky);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, "CREATE TABLE t (x)");
        VERIFY_EXEC(query, "INSERT INTO t VALUES (5)");
        db.close();
    }
    QSqlDatabase almost = m_files->open(file, QString(tricky).remove(QLatin1Char('\'')));
    QVERIFY(!almost.isOpen());
    QSqlDatabase prefix = m_files->open(file, QStringLiteral("it"));
    QVERIFY(!prefix.isOpen());
    QSqlDatabase db = m_files->open(file, tricky);
    VERIFY_OPEN(db);
    QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM t")).toLongLong(), 5);
}

void TestSqlCipherKeys::connectOptionsAreValidated()
{
    const QString file = m_files->path(QStringLiteral("options.db"));
    const QList<std::pair<QString, QString>> bad{
        {QStringLiteral("PW_KEY_KIND=hex"), QStringLiteral("PW_KEY_KIND")},
        {QStringLiteral("PW_KEYKIND=raw"), QStringLiteral("Unknown connect option")},
        {QStringLiteral("PW_PLAINTEXT=yes"), QStringLiteral("PW_PLAINTEXT")},
        {QStringLiteral("PW_BUSY_TIMEOUT_MS=-1"), QStringLiteral("PW_BUSY_TIMEOUT_MS")},
        {QStringLiteral("PW_CIPHER_COMPATIBILITY=2"), QStringLiteral("PW_CIPHER_COMPATIBILITY")},
        {QStringLiteral("PW_PLAINTEXT=1"), QStringLiteral("key must be empty")}, // with a key
    };
    for (const auto &[options, expected] : bad) {
        QSqlDatabase db = m_files->open(file, Passphrase, options);
        QVERIFY2(!db.isOpen(), qPrintable(options));
        QVERIFY2(db.lastError().text().contains(expected), qPrintable(db.lastError().text()));
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    }
    QSqlDatabase noKey = m_files->open(file, QString());
    QVERIFY(!noKey.isOpen());
    QVERIFY(noKey.lastError().text().contains(QLatin1String("key is required")));
    QVERIFY(!QFile::exists(file));

    QSqlDatabase good =
        m_files->open(file, RawKey, QStringLiteral(" PW_KEY_KIND=raw ; PW_BUSY_TIMEOUT_MS=250;; "));
    VERIFY_OPEN(good);
    QCOMPARE(scalar(good, QStringLiteral("PRAGMA busy_timeout")).toLongLong(), 250);
    QSqlDatabase defaults = m_files->open(m_files->path(QStringLiteral("defaults.db")), Passphrase);
    VERIFY_OPEN(defaults);
    QCOMPARE(scalar(defaults, QStringLiteral("PRAGMA busy_timeout")).toLongLong(),
             15000); // the documented default wait
}

void TestSqlCipherKeys::cipherCompatibilityOption()
{
    QSqlDatabase db = m_files->open(m_files->path(QStringLiteral("compat3.db")), RawKey,
                                    QStringLiteral("PW_KEY_KIND=raw;PW_CIPHER_COMPATIBILITY=3"));
    VERIFY_OPEN(db);
    const QString version = static_cast<SqlCipherDriver *>(db.driver())->cipherVersion();
    QVERIFY2(version.front().isDigit(), qPrintable(version));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA cipher_version")).toString(), version);

    QSqlDatabase four = m_files->open(m_files->path(QStringLiteral("compat4.db")), RawKey,
                                      QStringLiteral("PW_KEY_KIND=raw;PW_CIPHER_COMPATIBILITY=4"));
    if (version.startsWith(QLatin1String("3."))) {
        QVERIFY(!four.isOpen());
        QVERIFY2(four.lastError().text().contains(QLatin1String("needs SQLCipher 4")),
                 qPrintable(four.lastError().text()));
    } else {
        VERIFY_OPEN(four);
    }
}

void TestSqlCipherKeys::rekeyReplacesTheKey()
{
    const QString file = m_files->path(QStringLiteral("rekey.db"));
    {
        QSqlDatabase db = m_files->open(file, Passphrase);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, "CREATE TABLE t (x TEXT)");
        VERIFY_EXEC(query, "INSERT INTO t VALUES ('kept')");
        query.finish();

        QString error;
        QVERIFY(!SqlCipherDriver::rekey(db, RawKey.left(10), SqlCipherDriver::KeyKind::Raw, &error));
        QVERIFY(error.contains(QLatin1String("64 hexadecimal digits")));
        QVERIFY2(SqlCipherDriver::rekey(db, RawKey, SqlCipherDriver::KeyKind::Raw, &error),
                 qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM t")).toString(), QStringLiteral("kept"));
        db.close();
    }
    QSqlDatabase old = m_files->open(file, Passphrase);
    QVERIFY(!old.isOpen());
    QVERIFY(old.lastError().text().contains(QLatin1String("different key")));
    {
        QSqlDatabase renewed = m_files->open(file, RawKey, RawOption);
        VERIFY_OPEN(renewed);
        QCOMPARE(scalar(renewed, QStringLiteral("SELECT x FROM t")).toString(), QStringLiteral("kept"));
        QString error;
        const QString next = QStringLiteral("a new 'passphrase'");
        QVERIFY2(SqlCipherDriver::rekey(renewed, next, SqlCipherDriver::KeyKind::Passphrase, &error),
                 qPrintable(error));
        renewed.close();
        QVERIFY(!m_files->open(file, RawKey, RawOption).isOpen());
        QSqlDatabase last = m_files->open(file, next);
        VERIFY_OPEN(last);
        QCOMPARE(scalar(last, QStringLiteral("SELECT x FROM t")).toString(), QStringLiteral("kept"));
    }
    QSqlDatabase plain =
        m_files->open(m_files->path(QStringLiteral("plain.db")), QString(), QStringLiteral("PW_PLAINTEXT=1"));
    VERIFY_OPEN(plain);
    QString error;
    QVERIFY(!SqlCipherDriver::rekey(plain, Passphrase, SqlCipherDriver::KeyKind::Passphrase, &error));
    QVERIFY(!error.isEmpty());
}

void TestSqlCipherKeys::journalModeIsWal()
{
    QSqlDatabase db = m_files->open(m_files->path(QStringLiteral("wal.db")), Passphrase);
    VERIFY_OPEN(db);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestSqlCipherKeys::readOnlyRejectsWrites()
{
    const QString file = m_files->path(QStringLiteral("ro.db"));
    QSqlDatabase missing = m_files->open(file, RawKey, QStringLiteral("PW_KEY_KIND=raw;PW_READ_ONLY=1"));
    QVERIFY(!missing.isOpen()); // read-only never creates the file
    QVERIFY(!QFile::exists(file));
    {
        QSqlDatabase db = m_files->open(file, RawKey, RawOption);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, "CREATE TABLE t (x)");
        VERIFY_EXEC(query, "INSERT INTO t VALUES (3)");
        db.close();
    }
    QSqlDatabase db = m_files->open(file, RawKey, QStringLiteral("PW_KEY_KIND=raw;PW_READ_ONLY=1"));
    VERIFY_OPEN(db);
    QVERIFY(static_cast<SqlCipherDriver *>(db.driver())->isReadOnly());
    QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM t")).toLongLong(), 3);
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES (4)")));
    QCOMPARE(query.lastError().nativeErrorCode().toInt() & 0xFF, 8); // SQLITE_READONLY
    QVERIFY(db.transaction());
    QVERIFY(db.commit());
}

void TestSqlCipherKeys::twoConnectionsSeeCommittedData()
{
    const QString file = m_files->path(QStringLiteral("shared.db"));
    QSqlDatabase first = m_files->open(file, Passphrase);
    VERIFY_OPEN(first);
    QSqlQuery query(first);
    VERIFY_EXEC(query, "CREATE TABLE t (x INTEGER)");
    VERIFY_EXEC(query, "INSERT INTO t VALUES (1)");

    QSqlDatabase second = m_files->open(file, Passphrase);
    VERIFY_OPEN(second);
    QVERIFY(first.connectionName() != second.connectionName());
    QCOMPARE(scalar(second, QStringLiteral("SELECT sum(x) FROM t")).toLongLong(), 1);

    QVERIFY(second.transaction());
    QSqlQuery other(second);
    VERIFY_EXEC(other, "INSERT INTO t VALUES (10)");
    QCOMPARE(scalar(first, QStringLiteral("SELECT sum(x) FROM t")).toLongLong(), 1); // not committed yet
    QVERIFY(second.commit());
    QCOMPARE(scalar(first, QStringLiteral("SELECT sum(x) FROM t")).toLongLong(), 11);
}

QTEST_GUILESS_MAIN(TestSqlCipherKeys)
#include "tst_sqlcipherkeys.moc"
