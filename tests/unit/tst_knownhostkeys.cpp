#include "trust/HostKeyDecision.h"
#include "trust/StoredHostKeyVerifier.h"

#include "storage/AuditLog.h"
#include "storage/KnownHostKeys.h"
#include "storage/StorageError.h"

#include "../support/TestDatabase.h"
#include "../support/WriteLockHolder.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The console's own known-hosts table, and the trust decision made against it.
class TestKnownHostKeys : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void acceptStoresAndAudits();
    void acceptingTheSameKeyTwiceChangesNothing();
    void aDifferentKeyIsNotReplacedUnlessPinned();
    void incompleteKeysAreRefused();
    void rejectionIsAudited();
    void decisionTrustedUnknownChanged();
    void aKeyOfAnotherTypeCountsAsChanged();
    void errorsNameBothFingerprints();
    void storedVerifierAcceptsNewOnlyWhenAllowed();
    void refusingAnUnknownKeyIsAuditedOnce();
    void rejectionWaitsForAnotherWriterThenIsRecorded();
    void acceptFailsWholeWhenTheLockIsNeverReleased();

private:
    static KnownHostKey key(const QString &fingerprint, const QString &type = u"ssh-ed25519"_s)
    {
        KnownHostKey k;
        k.host = u"web1.example"_s;
        k.port = 2222;
        k.keyType = type;
        k.fingerprint = fingerprint;
        return k;
    }
    QList<AuditEvent> audit() const { return AuditLog((*m_db)->connection()).list().value(); }
    KnownHostKeys keys() const { return KnownHostKeys((*m_db)->connection(), (*m_db)->actor()); }

    std::unique_ptr<TestDatabase> m_db;
};

void TestKnownHostKeys::acceptStoresAndAudits()
{
    QVERIFY(keys().accept(key(u"SHA256:aaaa"_s)).ok());
    const auto stored = keys().forHost(u"web1.example"_s, 2222);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 1);
    QCOMPARE(stored.value().constFirst().fingerprint, u"SHA256:aaaa"_s);
    QCOMPARE(stored.value().constFirst().acceptedBy, u"tester"_s);
    QVERIFY(stored.value().constFirst().acceptedAt.isValid());
    QVERIFY(keys().forHost(u"web1.example"_s, 22).value().isEmpty()); // another port is another host
    const auto events = audit();
    QCOMPARE(events.constFirst().action, u"hostkey.accepted"_s);
    QCOMPARE(events.constFirst().subject, u"web1.example:2222"_s);
    QVERIFY(events.constFirst().details.contains(u"ssh-ed25519 SHA256:aaaa"_s));
}

void TestKnownHostKeys::acceptingTheSameKeyTwiceChangesNothing()
{
    QVERIFY(keys().accept(key(u"SHA256:aaaa"_s)).ok());
    const qsizetype events = audit().size();
    QVERIFY(keys().accept(key(u"SHA256:aaaa"_s)).ok());
    QCOMPARE(audit().size(), events);
    QCOMPARE(keys().forHost(u"web1.example"_s, 2222).value().size(), 1);
}

void TestKnownHostKeys::aDifferentKeyIsNotReplacedUnlessPinned()
{
    QVERIFY(keys().accept(key(u"SHA256:aaaa"_s)).ok());
    const Status refused = keys().accept(key(u"SHA256:bbbb"_s));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"SHA256:aaaa"_s));
    QCOMPARE(keys().forHost(u"web1.example"_s, 2222).value().constFirst().fingerprint, u"SHA256:aaaa"_s);

    QVERIFY(keys().accept(key(u"SHA256:bbbb"_s), true).ok());
    QCOMPARE(keys().forHost(u"web1.example"_s, 2222).value().constFirst().fingerprint, u"SHA256:bbbb"_s);
    QVERIFY(audit().constFirst().details.contains(u"replaces SHA256:aaaa"_s));
}

void TestKnownHostKeys::incompleteKeysAreRefused()
{
    QVERIFY(!keys().accept(key(u"MD5:aa:bb"_s)).ok());
    QVERIFY(!keys().accept(key(u"SHA256:aaaa"_s, QString())).ok());
    QVERIFY(keys().forHost(u"web1.example"_s, 2222).value().isEmpty());
}

void TestKnownHostKeys::rejectionIsAudited()
{
    QVERIFY(keys().recordRejection(u"web1.example"_s, 2222, u"ssh-ed25519 SHA256:evil"_s, u"changed"_s).ok());
    const AuditEvent event = audit().constFirst();
    QCOMPARE(event.action, u"hostkey.rejected"_s);
    QCOMPARE(event.subject, u"web1.example:2222"_s);
    QVERIFY(event.details.contains(u"SHA256:evil"_s));
    QVERIFY(keys().forHost(u"web1.example"_s, 2222).value().isEmpty());
}

void TestKnownHostKeys::decisionTrustedUnknownChanged()
{
    const HostKeyInfo offered{u"web1.example"_s, 2222, u"ssh-ed25519"_s, u"SHA256:aaaa"_s};
    QCOMPARE(HostKeyDecision::decide({}, offered).verdict, HostKeyDecision::Verdict::Unknown);
    QCOMPARE(HostKeyDecision::decide({key(u"SHA256:aaaa"_s)}, offered).verdict,
             HostKeyDecision::Verdict::Trusted);
    const auto changed = HostKeyDecision::decide({key(u"SHA256:old"_s)}, offered);
    QCOMPARE(changed.verdict, HostKeyDecision::Verdict::Changed);
    QCOMPARE(changed.stored->fingerprint, u"SHA256:old"_s);
}

void TestKnownHostKeys::aKeyOfAnotherTypeCountsAsChanged()
{
    const HostKeyInfo offered{u"web1.example"_s, 2222, u"ssh-rsa"_s, u"SHA256:rsa"_s};
    const auto outcome = HostKeyDecision::decide({key(u"SHA256:ed"_s)}, offered);
    QCOMPARE(outcome.verdict, HostKeyDecision::Verdict::Changed);
    QCOMPARE(outcome.stored->keyType, u"ssh-ed25519"_s);
}

void TestKnownHostKeys::errorsNameBothFingerprints()
{
    const HostKeyInfo offered{u"web1.example"_s, 2222, u"ssh-ed25519"_s, u"SHA256:new"_s};
    const Error unknown = HostKeyDecision::unknownError(offered, u"web1"_s);
    QCOMPARE(unknown.code, u"host-key-unknown"_s);
    QVERIFY(unknown.message.contains(u"ssh-ed25519 SHA256:new"_s));
    QVERIFY(unknown.hint.contains(u"asset trust web1"_s));
    const Error changed = HostKeyDecision::changedError(offered, key(u"SHA256:old"_s), u"web1"_s);
    QCOMPARE(changed.code, u"host-key-changed"_s);
    QVERIFY(changed.message.contains(u"SHA256:new"_s));
    QVERIFY(changed.message.contains(u"SHA256:old"_s));
    QVERIFY(changed.hint.contains(u"--fingerprint SHA256:new"_s));
}

void TestKnownHostKeys::storedVerifierAcceptsNewOnlyWhenAllowed()
{
    const HostKeyInfo offered{u"web1.example"_s, 2222, u"ssh-ed25519"_s, u"SHA256:aaaa"_s};
    StoredHostKeyVerifier asking(m_db->config(), HostKeyPolicy::Ask, u"web1"_s);
    const Status unknown = asking.verify(offered);
    QCOMPARE(unknown.error().code, u"host-key-unknown"_s);
    QVERIFY(keys().forHost(u"web1.example"_s, 2222).value().isEmpty());

    StoredHostKeyVerifier accepting(m_db->config(), HostKeyPolicy::AcceptNew, u"web1"_s);
    QVERIFY(accepting.verify(offered).ok());
    QCOMPARE(accepting.knownKeyTypes(u"web1.example"_s, 2222), QStringList{u"ssh-ed25519"_s});
    QVERIFY(asking.verify(offered).ok());

    const HostKeyInfo impostor{u"web1.example"_s, 2222, u"ssh-ed25519"_s, u"SHA256:evil"_s};
    const Status changed = accepting.verify(impostor);
    QCOMPARE(changed.error().code, u"host-key-changed"_s);
    QCOMPARE(keys().forHost(u"web1.example"_s, 2222).value().constFirst().fingerprint, u"SHA256:aaaa"_s);
    QCOMPARE(audit().constFirst().action, u"hostkey.rejected"_s);
}

void TestKnownHostKeys::refusingAnUnknownKeyIsAuditedOnce()
{
    const HostKeyInfo offered{u"web1.example"_s, 2222, u"ssh-ed25519"_s, u"SHA256:first"_s};
    StoredHostKeyVerifier asking(m_db->config(), HostKeyPolicy::Ask, u"web1"_s);
    QCOMPARE(asking.verify(offered).error().code, u"host-key-unknown"_s);
    const QList<AuditEvent> events = audit();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().action, u"hostkey.rejected"_s);
    QCOMPARE(events.constFirst().subject, u"web1.example:2222"_s);
    QVERIFY(events.constFirst().details.contains(u"SHA256:first"_s));
    QVERIFY(events.constFirst().details.contains(u"unknown"_s));
}

// A second connection holds the write lock (another process's scan); the first attempt to append gives up
// after this connection's short busy timeout, the test then releases the lock, and the retry succeeds.
void TestKnownHostKeys::rejectionWaitsForAnotherWriterThenIsRecorded()
{
    DatabaseConfig impatient = m_db->config();
    impatient.connectOptions += u";PW_BUSY_TIMEOUT_MS=50"_s;
    auto connection = Database::open(impatient);
    QVERIFY(connection.ok());

    WriteLockHolder holder(m_db->config());
    QVERIFY(holder.isHolding());
    QList<int> busyAttempts;
    BusyRetry retry;
    retry.attempts = 2;
    retry.onBusy = [&](int attempt) {
        busyAttempts << attempt;
        holder.release(); // returns once the other transaction has committed
    };
    KnownHostKeys keys(connection.value()->connection(), u"tester"_s, retry);
    const Status recorded =
        keys.recordRejection(u"web1.example"_s, 2222, u"ssh-ed25519 SHA256:new"_s, u"changed"_s);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().text()));
    QCOMPARE(busyAttempts, QList<int>{1});
    const QList<AuditEvent> events = audit();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().action, u"hostkey.rejected"_s);
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

// Never released within the bound: the operation fails with the busy error, and neither the key nor its
// audit event was written.
void TestKnownHostKeys::acceptFailsWholeWhenTheLockIsNeverReleased()
{
    DatabaseConfig impatient = m_db->config();
    impatient.connectOptions += u";PW_BUSY_TIMEOUT_MS=50"_s;
    auto connection = Database::open(impatient);
    QVERIFY(connection.ok());

    Status accepted;
    int busyCalls = 0;
    {
        WriteLockHolder holder(m_db->config(), false);
        QVERIFY(holder.isHolding());
        BusyRetry retry;
        retry.attempts = 3;
        retry.onBusy = [&](int) {
            ++busyCalls;
        };
        accepted =
            KnownHostKeys(connection.value()->connection(), u"tester"_s, retry).accept(key(u"SHA256:aaaa"_s));
    }
    QVERIFY(!accepted.ok());
    QCOMPARE(accepted.error().code, QString::fromLatin1(StorageError::BusyCode));
    QVERIFY2(accepted.error().message.contains(m_db->path()), qPrintable(accepted.error().message));
    QVERIFY(accepted.error().hint.contains(u"Try again"_s));
    QCOMPARE(busyCalls, 2); // between the three attempts
    QVERIFY(keys().forHost(u"web1.example"_s, 2222).value().isEmpty());
    QVERIFY(audit().isEmpty());
    // And once the database is free, the same call goes through.
    QVERIFY(KnownHostKeys(connection.value()->connection(), u"tester"_s).accept(key(u"SHA256:aaaa"_s)).ok());
    QCOMPARE(audit().size(), 1);
}

QTEST_GUILESS_MAIN(TestKnownHostKeys)
#include "tst_knownhostkeys.moc"
