// KeyStore and DatabaseLocation against a real Secret Service: the test re-executes itself inside a
// private D-Bus session (dbus-run-session) with an unlocked gnome-keyring-daemon, as a desktop session has.
#include "audit/AuditKeySource.h"
#include "audit/AuditSession.h"
#include "setup/DatabaseLocation.h"
#include "setup/DatabaseOpener.h"
#include "setup/DatabaseRekey.h"
#include "setup/UnlockPlan.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeyLocation.h"
#include "storage/KeyStore.h"
#include "storage/SqlCipherDriver.h"
#include "trust/KeychainCredentials.h"

#include "../support/PrivateKeyring.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <vector>

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemoveRoundTrip();
    void newDatabaseGetsAKeyBornInTheKeychain();
    void lostKeyIsAClearErrorNotANewDatabase();
    void passphraseOverridesTheKeychain();
    void rekeyRotatesTheKeychainKey();
    void interruptedRekeyIsFinishedAtNextOpen();
    void switchingToPassphraseRemovesTheKeychainEntry();
    void unlockPlanFollowsTheRecordedKeyLocation();
    void sshPasswordsComeFromTheKeychainAccount();
    void auditCheckpointsAreSignedWithAKeychainKeyOfTheirOwn();

private:
    KeyStore m_store{QStringLiteral("PatchwrightTest"), std::chrono::seconds(10)};
};

void TestKeyStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "the test must run inside dbus-run-session");
    qunsetenv("PATCHWRIGHT_DB_PASSPHRASE");
}

void TestKeyStore::writeReadRemoveRoundTrip()
{
    const QString account = QStringLiteral("round-trip");
    const QString secret = KeyStore::newRawKey();
    QCOMPARE(secret.size(), 64);
    QVERIFY(secret != KeyStore::newRawKey());
    const Status written = m_store.write(account, secret);
    QVERIFY2(written.ok(), qPrintable(written.error().text()));
    const auto read = m_store.read(account);
    QVERIFY2(read.ok(), qPrintable(read.error().text()));
    QVERIFY(read.value().found);
    QCOMPARE(read.value().secret, secret);
    QVERIFY(m_store.remove(account).ok());
    const auto gone = m_store.read(account);
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().found);
}

void TestKeyStore::newDatabaseGetsAKeyBornInTheKeychain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    const auto first = DatabaseLocation::resolve(path, QString(), m_store);
    QVERIFY2(first.ok(), qPrintable(first.error().text()));
    QCOMPARE(first.value().connectOptions, QStringLiteral("PW_KEY_KIND=raw"));
    QVERIFY(SqlCipherDriver::isValidRawKey(first.value().key));
    QVERIFY(Database::open(first.value()).ok());

    const auto again = DatabaseLocation::resolve(path, QString(), m_store);
    QVERIFY(again.ok());
    QCOMPARE(again.value().key, first.value().key);
    QVERIFY(Database::open(again.value()).ok());
    QVERIFY(m_store.remove(first.value().keychainAccount()).ok());
}

void TestKeyStore::lostKeyIsAClearErrorNotANewDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orphan.db"));
    const auto created = DatabaseLocation::resolve(path, QString(), m_store);
    QVERIFY(created.ok());
    QVERIFY(Database::open(created.value()).ok());
    QVERIFY(m_store.remove(created.value().keychainAccount()).ok());

    const auto lost = DatabaseLocation::resolve(path, QString(), m_store);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, QString::fromLatin1(DatabaseLocation::KeyMissingCode));
    QVERIFY(lost.error().message.contains(QStringLiteral("not in your keychain")));
    QVERIFY(!m_store.read(created.value().keychainAccount()).value().found); // no new key was made up
}

void TestKeyStore::passphraseOverridesTheKeychain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pass.db"));
    qputenv("PATCHWRIGHT_DB_PASSPHRASE", "from the environment");
    const auto fromEnvironment = DatabaseLocation::resolve(path, QString(), m_store);
    qunsetenv("PATCHWRIGHT_DB_PASSPHRASE");
    QVERIFY(fromEnvironment.ok());
    QCOMPARE(fromEnvironment.value().key, QStringLiteral("from the environment"));
    QCOMPARE(fromEnvironment.value().connectOptions, QStringLiteral("PW_KEY_KIND=passphrase"));
    QVERIFY(!m_store.read(fromEnvironment.value().keychainAccount()).value().found);

    const auto explicitOne = DatabaseLocation::resolve(path, QStringLiteral("typed in a dialog"), m_store);
    QCOMPARE(explicitOne.value().key, QStringLiteral("typed in a dialog"));
}

void TestKeyStore::rekeyRotatesTheKeychainKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rotate.db"));
    auto database = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY2(database.ok(), qPrintable(database.error().text()));
    const QString oldKey = database.value()->config().key;
    const auto rekeyed = DatabaseRekey::toNewKeychainKey(*database.value(), m_store);
    QVERIFY2(rekeyed.ok(), qPrintable(rekeyed.error().text()));
    QVERIFY(rekeyed.value().key != oldKey);
    QCOMPARE(database.value()->config().key, rekeyed.value().key); // new worker connections get the new key
    database.value().reset();

    QCOMPARE(m_store.read(rekeyed.value().keychainAccount()).value().secret, rekeyed.value().key);
    QVERIFY(!m_store.read(DatabaseRekey::pendingAccount(rekeyed.value())).value().found);
    QVERIFY(!Database::open(DatabaseConfig::encryptedFile(path, oldKey, DatabaseConfig::KeyKind::Raw)).ok());
    auto reopened = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().text()));
    QCOMPARE(AuditLog(reopened.value()->connection()).list().value().constFirst().action,
             QStringLiteral("db.rekeyed"));
    QVERIFY(m_store.remove(rekeyed.value().keychainAccount()).ok());
}

void TestKeyStore::interruptedRekeyIsFinishedAtNextOpen()
{
    // The process died after re-encrypting the file but before the keychain got the new key.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("interrupted.db"));
    auto database = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY(database.ok());
    const DatabaseConfig config = database.value()->config();
    const QString newKey = KeyStore::newRawKey();
    QVERIFY(m_store.write(DatabaseRekey::pendingAccount(config), newKey).ok());
    QSqlDatabase connection = database.value()->connection();
    QString error;
    QVERIFY(SqlCipherDriver::rekey(connection, newKey, SqlCipherDriver::KeyKind::Raw, &error));
    database.value().reset();

    auto recovered = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY2(recovered.ok(), qPrintable(recovered.error().text()));
    QCOMPARE(recovered.value()->config().key, newKey);
    QCOMPARE(m_store.read(config.keychainAccount()).value().secret, newKey);
    QVERIFY(!m_store.read(DatabaseRekey::pendingAccount(config)).value().found);
    QVERIFY(m_store.remove(config.keychainAccount()).ok());
}

void TestKeyStore::switchingToPassphraseRemovesTheKeychainEntry()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("switch.db"));
    auto database = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY(database.ok());
    const DatabaseConfig before = database.value()->config();
    const auto switched =
        DatabaseRekey::toPassphrase(*database.value(), m_store, QStringLiteral("now a passphrase"));
    QVERIFY2(switched.ok(), qPrintable(switched.error().text()));
    database.value().reset();
    QVERIFY(!m_store.read(before.keychainAccount()).value().found);
    QVERIFY(DatabaseOpener::open(path, QStringLiteral("now a passphrase"), m_store).ok());
    const auto withoutPassphrase = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY(!withoutPassphrase.ok());
    QCOMPARE(withoutPassphrase.error().code, QString::fromLatin1(DatabaseLocation::KeyMissingCode));
}

void TestKeyStore::unlockPlanFollowsTheRecordedKeyLocation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.db"));
    // New file, keychain answers: just open (the key is born in the keychain), and the place is recorded.
    QCOMPARE(int(UnlockPlan::decide(path, m_store).path()), int(UnlockPlan::Path::Open));
    auto database = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY2(database.ok(), qPrintable(database.error().text()));
    const KeyLocation recorded = KeyLocation::recorded(path);
    QCOMPARE(int(recorded.mode), int(KeyLocation::Mode::Keychain));
    QCOMPARE(recorded.service, QStringLiteral("PatchwrightTest"));
    QCOMPARE(recorded.account, database.value()->config().keychainAccount());
    QCOMPARE(int(UnlockPlan::decide(path, m_store).path()), int(UnlockPlan::Path::Open));

    // Recorded as keychain, and the keychain answers without the key: lost, not "type a passphrase".
    const QString key = database.value()->config().key;
    QVERIFY(m_store.remove(recorded.account).ok());
    const UnlockPlan lost = UnlockPlan::decide(path, m_store);
    QCOMPARE(int(lost.path()), int(UnlockPlan::Path::KeyMissing));
    QVERIFY2(lost.explanation().contains(recorded.account), qPrintable(lost.explanation()));
    QVERIFY(m_store.write(recorded.account, key).ok());

    // Switched to a passphrase: recorded, and the next start asks for it without asking the keychain.
    QVERIFY(DatabaseRekey::toPassphrase(*database.value(), m_store, QStringLiteral("now a passphrase")).ok());
    database.value().reset();
    QCOMPARE(int(KeyLocation::recorded(path).mode), int(KeyLocation::Mode::Passphrase));
    QCOMPARE(int(UnlockPlan::decide(path, m_store).path()), int(UnlockPlan::Path::AskPassphrase));

    // No record (a database from before records): an answering keychain without the key means "ask".
    QVERIFY(QFile::remove(KeyLocation::recordPath(path)));
    QCOMPARE(int(UnlockPlan::decide(path, m_store).path()), int(UnlockPlan::Path::AskPassphrase));
}

void TestKeyStore::sshPasswordsComeFromTheKeychainAccount()
{
    // What the SSH transport is given as its CredentialSource in the console.
    const QString account = QStringLiteral("ssh-password:patch@127.0.0.1:2222");
    QVERIFY(m_store.write(account, QStringLiteral("correct-horse-battery-staple")).ok());
    const KeychainCredentials credentials(m_store);
    const CredentialLookup found = credentials.password(account);
    QCOMPARE(int(found.outcome), int(CredentialLookup::Outcome::Found));
    QCOMPARE(found.secret, QStringLiteral("correct-horse-battery-staple"));
    const CredentialLookup other = credentials.password(QStringLiteral("ssh-password:patch@127.0.0.1:22"));
    QCOMPARE(int(other.outcome), int(CredentialLookup::Outcome::NotFound));
    QVERIFY(other.secret.isEmpty());
    QVERIFY(m_store.remove(account).ok());
    QCOMPARE(int(credentials.password(account).outcome), int(CredentialLookup::Outcome::NotFound));
}

void TestKeyStore::auditCheckpointsAreSignedWithAKeychainKeyOfTheirOwn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signed.db"));
    auto database = DatabaseOpener::open(path, QString(), m_store);
    QVERIFY2(database.ok(), qPrintable(database.error().text()));
    Database &db = *database.value();
    QVERIFY(AuditLog(db.connection())
                .append(db.actor(), QStringLiteral("asset.added"), QStringLiteral("web1"), {}));

    // Nothing to verify against before the first session signs: no key is made by verifying.
    const QString account = AuditKeySource::keychainAccount(db);
    QCOMPARE(account, QStringLiteral("audit-signing:") + db.config().keychainAccount());
    const auto before = AuditSession::verify(db, m_store);
    QVERIFY(before.ok());
    QVERIFY2(before.value().ownKey.contains(QStringLiteral("no audit signing key")),
             qPrintable(before.value().ownKey));
    QVERIFY(!m_store.read(account).value().found);

    const auto sealed = AuditSession::seal(db, m_store);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error().text()));
    QVERIFY(sealed.value().has_value());
    const auto stored = m_store.read(account);
    QVERIFY(stored.ok() && stored.value().found);
    QCOMPARE(stored.value().secret.size(), 64);
    QVERIFY(stored.value().secret != db.config().key); // a key of its own, not the database key
    const auto key = AuditSigningKey::fromSeed(QByteArray::fromHex(stored.value().secret.toLatin1()));
    QVERIFY(key.ok());
    QCOMPARE(sealed.value()->publicKey, key.value().publicKey());
    const auto verified = AuditSession::verify(db, m_store);
    QVERIFY(verified.ok());
    QVERIFY2(verified.value().report.intact(), qPrintable(verified.value().report.problems.join(u'|')));
    QCOMPARE(verified.value().ownKey, QStringLiteral("in the OS keychain (%1)").arg(account));

    // Switching to a passphrase: the next session signs with the passphrase's key, registered first, and
    // the trail verifies with the new key as this database's own.
    const auto switched = DatabaseRekey::toPassphrase(db, m_store, QStringLiteral("now a passphrase"));
    QVERIFY2(switched.ok(), qPrintable(switched.error().text()));
    const auto resealed = AuditSession::seal(db, m_store);
    QVERIFY2(resealed.ok(), qPrintable(resealed.error().text()));
    QVERIFY(resealed.value()->publicKey != key.value().publicKey());
    const auto after = AuditSession::verify(db, m_store);
    QVERIFY(after.ok());
    QVERIFY2(after.value().report.intact(), qPrintable(after.value().report.problems.join(u'|')));
    QCOMPARE(after.value().ownKey, QStringLiteral("derived from the database passphrase"));
    QCOMPARE(after.value().report.checkpointCount, 2);
    QVERIFY(m_store.remove(account).ok());
}

int main(int argc, char *argv[])
{
    if (!runInPrivateKeyring(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestKeyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore.moc"
