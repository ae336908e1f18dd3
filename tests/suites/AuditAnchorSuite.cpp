#include "AuditAnchorSuite.h"

#include "audit/AuditSeal.h"
#include "audit/AuditSigningKey.h"
#include "audit/AuditTrailCheck.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AuditSigningKey keyOf(char fill)
{
    return AuditSigningKey::fromSeed(QByteArray(AuditSigningKey::SeedSize, fill)).value();
}

void appendEvents(Database &db, int count)
{
    AuditLog log(db.connection());
    for (int i = 0; i < count; ++i)
        QVERIFY(log.append(db.actor(), u"scan.completed"_s, u"h%1"_s.arg(i), {}).ok());
}

AuditTrailCheck::Report check(Database &db, const AuditSigningKey &own,
                              const QList<AuditTrailCheck::Anchor> &anchors = {})
{
    AuditTrailCheck::OwnKey ownKey;
    ownKey.key = own;
    ownKey.where = u"test key"_s;
    ownKey.mustSignNewest = true;
    const auto report = AuditTrailCheck::run(db, ownKey, anchors);
    if (!report)
        qFatal("audit check failed: %s", qPrintable(report.error().text()));
    return report.value();
}

QString problems(const AuditTrailCheck::Report &report)
{
    return report.problems.join(u" | "_s);
}

// Rewrites event `id` (its subject) and recomputes the hash chain from it to the end, as someone who knows
// the (unkeyed) hash format and holds the database key can.
bool rewriteAndRechain(Backend &backend, Database &db, qint64 id)
{
    const auto events = AuditLog(db.connection()).list();
    if (!events)
        return false;
    QList<AuditEvent> ascending(events.value().crbegin(), events.value().crend());
    QByteArray previous;
    for (AuditEvent &event : ascending) {
        if (event.id < id) {
            previous = event.hash;
            continue;
        }
        if (event.id == id)
            event.subject = u"nothing to see"_s;
        event.previousHash = previous;
        event.hash = AuditLog::hashOf(event);
        previous = event.hash;
        if (!backend.tamper(db, u"UPDATE audit_events SET subject = '%1', previous_hash = '%2', hash = '%3' "
                                "WHERE id = %4"_s
                                    .arg(event.subject, QString::fromLatin1(event.previousHash),
                                         QString::fromLatin1(event.hash))
                                    .arg(event.id)))
            return false;
    }
    return AuditLog(db.connection()).verify().value().intact;
}

} // namespace

#define PW_NEW_DATABASE(db)                                                                                  \
    auto db = m_backend.create();                                                                            \
    QVERIFY2(db, qPrintable(m_backend.lastError()))

void AuditAnchorSuite::sealSignsTheHeadAfterRegisteringTheKey()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 3);
    const AuditSigningKey key = keyOf('a');
    const auto sealed = AuditSeal::seal(*db, key);
    QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().text()));
    // The key was registered in the trail (event 4) before the head was signed.
    const auto newest = AuditLog(db->connection()).list(1);
    QCOMPARE(newest.value().constFirst().id, 4);
    QCOMPARE(newest.value().constFirst().action, QString::fromLatin1(AuditCheckpoints::RegisteredAction));
    QCOMPARE(sealed.value().id, 1);
    QCOMPARE(sealed.value().eventId, 4);
    QCOMPARE(sealed.value().eventCount, 4);
    QCOMPARE(sealed.value().eventHash, newest.value().constFirst().hash);
    QCOMPARE(sealed.value().signer, db->actor());
    QCOMPARE(sealed.value().publicKey, key.publicKey());
    QVERIFY(AuditSigningKey::verify(key.publicKey(), sealed.value().signedBytes(), sealed.value().signature));
    const auto registered = AuditCheckpoints(db->connection()).registeredKeys();
    QCOMPARE(registered.value().size(), 1);
    QCOMPARE(registered.value().constFirst().publicKey, key.publicKey());

    appendEvents(*db, 2);
    const auto next = AuditSeal::seal(*db, key);
    QVERIFY(next);
    QCOMPARE(next.value().id, 2);
    QCOMPARE(next.value().eventId, 6); // no second registration
    QCOMPARE(next.value().eventCount, 6);
    const auto report = check(*db, key);
    QVERIFY2(report.intact(), qPrintable(problems(report)));
    QCOMPARE(report.checkpointCount, 2);
    QCOMPARE(report.newest->id, 2);
}

void AuditAnchorSuite::sealWritesNoSecondCheckpointForTheSameHead()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 2);
    const AuditSigningKey key = keyOf('b');
    QCOMPARE(AuditSeal::seal(*db, key).value().id, 1);
    QCOMPARE(AuditSeal::seal(*db, key).value().id, 1);
    QCOMPARE(AuditCheckpoints(db->connection()).all().value().size(), 1);
}

void AuditAnchorSuite::engineRefusesEditsOfCheckpoints()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 1);
    QVERIFY(AuditSeal::seal(*db, keyOf('c')));
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(u"UPDATE audit_checkpoints SET event_id = 1"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_checkpoints"_s));
    QCOMPARE(AuditCheckpoints(db->connection()).all().value().size(), 1);
}

void AuditAnchorSuite::cutTrailIsFound()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 5);
    const AuditSigningKey key = keyOf('d');
    QVERIFY(AuditSeal::seal(*db, key)); // covers event 6 (5 + the key's registration)
    QVERIFY(m_backend.tamper(*db, u"DELETE FROM audit_events WHERE id >= 5"_s));
    QVERIFY(AuditLog(db->connection()).verify().value().intact); // the chain alone cannot tell
    const auto report = check(*db, key);
    QVERIFY(!report.intact());
    QVERIFY2(report.problems.constFirst().startsWith(u"events after #4 are missing"_s),
             qPrintable(problems(report)));
    QVERIFY2(report.problems.constFirst().contains(u"up to event #6"_s), qPrintable(problems(report)));
}

void AuditAnchorSuite::recomputedChainIsFound()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 5);
    const AuditSigningKey key = keyOf('e');
    QVERIFY(AuditSeal::seal(*db, key));
    appendEvents(*db, 2); // after the checkpoint: not vouched for yet
    QVERIFY(rewriteAndRechain(m_backend, *db, 3));
    const auto report = check(*db, key);
    QVERIFY(report.chain.intact);
    QVERIFY(!report.intact());
    QVERIFY2(problems(report).contains(
                 u"the trail was rewritten: event #6 is no longer the event checkpoint #1"_s),
             qPrintable(problems(report)));
}

void AuditAnchorSuite::alteredCheckpointIsFound()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 2);
    const AuditSigningKey key = keyOf('f');
    QVERIFY(AuditSeal::seal(*db, key));
    // Someone moves the checkpoint back to event 2 to hide a cut after it, without the key.
    QVERIFY(m_backend.tamper(*db, u"UPDATE audit_checkpoints SET event_id = 2, event_count = 2, event_hash = "
                                  "(SELECT hash FROM audit_events WHERE id = 2)"_s));
    const auto report = check(*db, key);
    QVERIFY(!report.intact());
    QVERIFY2(problems(report).contains(u"checkpoint #1 does not carry a valid signature"_s),
             qPrintable(problems(report)));
}

void AuditAnchorSuite::checkpointsResignedWithAnotherKeyAreFound()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 4);
    const AuditSigningKey ours = keyOf('g');
    QVERIFY(AuditSeal::seal(*db, ours));
    // With the database key but not ours: delete the checkpoints, rewrite, register a key of one's own and
    // sign the rewritten trail with it. Every signature and registration in the database now holds.
    QVERIFY(m_backend.tamper(*db, u"DELETE FROM audit_checkpoints"_s));
    QVERIFY(rewriteAndRechain(m_backend, *db, 2));
    const AuditSigningKey theirs = keyOf('h');
    QVERIFY(AuditSeal::seal(*db, theirs));
    AuditTrailCheck::OwnKey unknown; // without this database's key, nothing in the database can tell
    QVERIFY(AuditTrailCheck::run(*db, unknown, {}).value().intact());
    const auto report = check(*db, ours);
    QVERIFY(!report.intact());
    QVERIFY2(problems(report).contains(u"not with this database's audit key"_s),
             qPrintable(problems(report)));
    QVERIFY2(problems(report).contains(AuditSigningKey::fingerprint(theirs.publicKey())),
             qPrintable(problems(report)));
}

void AuditAnchorSuite::unregisteredKeyIsFound()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 2);
    const AuditSigningKey key = keyOf('i');
    AuditCheckpoints store(db->connection());
    const auto sealed = store.seal({}, db->actor(), key.publicKey(),
                                   [&key](const QByteArray &bytes) { return key.sign(bytes); });
    QVERIFY(sealed);
    const auto report = check(*db, key);
    QVERIFY(!report.intact());
    QVERIFY2(problems(report).contains(u"the trail never registered"_s), qPrintable(problems(report)));
}

void AuditAnchorSuite::deletedCheckpointsAreFoundByAKeptCopy()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 3);
    const AuditSigningKey key = keyOf('j');
    QVERIFY(AuditSeal::seal(*db, key)); // #1 covers event 4
    appendEvents(*db, 3);
    const auto second = AuditSeal::seal(*db, key); // #2 covers event 7
    QVERIFY(second);
    // Cut the events after checkpoint #1 and checkpoint #2 with them: what is left is consistent.
    QVERIFY(m_backend.tamper(*db, u"DELETE FROM audit_checkpoints WHERE id = 2"_s));
    QVERIFY(m_backend.tamper(*db, u"DELETE FROM audit_events WHERE id > 4"_s));
    QVERIFY2(check(*db, key).intact(), "the database alone cannot show this cut; README says so");
    const auto report = check(*db, key, {{u"the kept copy"_s, second.value()}});
    QVERIFY(!report.intact());
    QVERIFY2(problems(report).contains(u"the kept copy (#2) is missing from the database"_s),
             qPrintable(problems(report)));
    QVERIFY2(problems(report).contains(u"events after #4 are missing"_s), qPrintable(problems(report)));
}

void AuditAnchorSuite::checkpointOfAnotherDatabaseIsRefused()
{
    PW_NEW_DATABASE(db);
    PW_NEW_DATABASE(other);
    appendEvents(*db, 1);
    appendEvents(*other, 1);
    const AuditSigningKey key = keyOf('k');
    QVERIFY(AuditSeal::seal(*db, key));
    const auto foreign = AuditSeal::seal(*other, key);
    QVERIFY(foreign);
    const auto report = check(*db, key, {{u"the file"_s, foreign.value()}});
    QVERIFY(!report.intact());
    QVERIFY2(problems(report).contains(u"the file belongs to another database"_s),
             qPrintable(problems(report)));
}

void AuditAnchorSuite::sealRefusesToVouchForABrokenChain()
{
    PW_NEW_DATABASE(db);
    appendEvents(*db, 3);
    const AuditSigningKey key = keyOf('l');
    QVERIFY(AuditSeal::seal(*db, key));
    appendEvents(*db, 2);
    QVERIFY(m_backend.tamper(*db, u"UPDATE audit_events SET subject = 'x' WHERE id = 6"_s));
    const auto refused = AuditSeal::seal(*db, key);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QString::fromLatin1(AuditCheckpoints::ChainBrokenCode));
    QVERIFY2(refused.error().message.contains(u"broken at event 6"_s), qPrintable(refused.error().message));
    QCOMPARE(AuditCheckpoints(db->connection()).all().value().size(), 1);
}
