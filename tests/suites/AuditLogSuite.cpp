#include "AuditLogSuite.h"

#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

void appendEvents(AuditLog &log, const QString &actor, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(log.append(actor, QStringLiteral("scan.completed"), QStringLiteral("h%1").arg(i), {}).ok());
}

} // namespace

#define PW_NEW_DATABASE(db)                                                                                  \
    auto db = m_backend.create();                                                                            \
    QVERIFY2(db, qPrintable(m_backend.lastError()))

void AuditLogSuite::appendsChainedEvents()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    QVERIFY(log.append(db->actor(), QStringLiteral("asset.added"), QStringLiteral("web1"), {}).ok());
    QVERIFY(log.append(db->actor(), QStringLiteral("scan.completed"), QStringLiteral("web1"),
                       QStringLiteral("3 pending"))
                .ok());
    const auto events = log.list();
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 2);
    const AuditEvent &newest = events.value().at(0);
    const AuditEvent &oldest = events.value().at(1);
    QCOMPARE(newest.actor, db->actor());
    QCOMPARE(newest.action, QStringLiteral("scan.completed"));
    QVERIFY(oldest.previousHash.isEmpty());
    QCOMPARE(newest.previousHash, oldest.hash);
    QCOMPARE(newest.hash.size(), 64);
    QCOMPARE(AuditLog::hashOf(newest), newest.hash);
    const auto verdict = log.verify();
    QVERIFY(verdict.ok());
    QVERIFY(verdict.value().intact);
    QCOMPARE(verdict.value().checked, 2);
}

void AuditLogSuite::detectsAlteredField()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            log.append(db->actor(), QStringLiteral("scan.completed"), QStringLiteral("h%1").arg(i), {}).ok());
    QVERIFY(m_backend.tamper(*db, QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 3")));
    const auto verdict = log.verify();
    QVERIFY(verdict.ok());
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 3);
    QVERIFY(verdict.value().reason.contains(QStringLiteral("altered")));
}

void AuditLogSuite::detectsDeletedEvent()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.append(db->actor(), QStringLiteral("a"), QString::number(i), {}).ok());
    QVERIFY(m_backend.tamper(*db, QStringLiteral("DELETE FROM audit_events WHERE id = 2")));
    const auto verdict = log.verify();
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 3);
}

void AuditLogSuite::detectsRewrittenHashChain()
{
    // An attacker who edits a row and recomputes its own hash still breaks the next row's link.
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.append(db->actor(), QStringLiteral("a"), QString::number(i), {}).ok());
    auto events = log.list().value();
    AuditEvent second = events.at(1);
    QCOMPARE(second.id, 2);
    second.details = QStringLiteral("forged");
    const QByteArray forgedHash = AuditLog::hashOf(second);
    QVERIFY(m_backend.tamper(
        *db, QStringLiteral("UPDATE audit_events SET details = 'forged', hash = '%1' WHERE id = 2")
                 .arg(QString::fromLatin1(forgedHash))));
    const auto verdict = log.verify();
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 3);
    QVERIFY(verdict.value().reason.contains(QStringLiteral("chain")));
}

void AuditLogSuite::emptyLogIsIntact()
{
    PW_NEW_DATABASE(db);
    const auto verdict = AuditLog(db->connection()).verify();
    QVERIFY(verdict.value().intact);
    QCOMPARE(verdict.value().checked, 0);
}

void AuditLogSuite::engineRefusesEditsOfTheTrail()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    QVERIFY(log.append(db->actor(), QStringLiteral("a"), QStringLiteral("x"), {}).ok());
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events")));
    QCOMPARE(log.list().value().constFirst().actor, db->actor());
    QCOMPARE(log.list().value().size(), 1);
}

void AuditLogSuite::appendInCallersTransactionRollsBackWithIt()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    QVERIFY(log.append(db->actor(), QStringLiteral("a"), QStringLiteral("kept"), {}).ok());
    QSqlDatabase connection = db->connection();
    QVERIFY(connection.transaction());
    QVERIFY(log.append(db->actor(), QStringLiteral("a"), QStringLiteral("dropped"), {}).ok());
    QVERIFY(connection.rollback());
    QVERIFY(log.append(db->actor(), QStringLiteral("a"), QStringLiteral("next"), {}).ok());
    const auto events = log.list().value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).subject, QStringLiteral("next"));
    QCOMPARE(events.at(0).id, 2);
    QVERIFY(log.verify().value().intact);
}

void AuditLogSuite::verifyFromReadsOnlyTheNewEvents()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    appendEvents(log, db->actor(), 50);
    const auto whole = log.verify();
    QVERIFY(whole.ok() && whole.value().intact);
    QCOMPARE(whole.value().checked, 50);
    QCOMPARE(whole.value().verified.id, 50);
    QCOMPARE(whole.value().verified.hash, log.list(1).value().constFirst().hash);

    appendEvents(log, db->actor(), 3);
    const auto next = log.verifyFrom(whole.value().verified);
    QVERIFY(next.ok());
    QVERIFY(next.value().intact);
    QCOMPARE(next.value().checked, 3); // the new events only, not the 50 before them
    QCOMPARE(next.value().verified.id, 53);

    const auto nothingNew = log.verifyFrom(next.value().verified);
    QVERIFY(nothingNew.value().intact);
    QCOMPARE(nothingNew.value().checked, 0);
    QCOMPARE(nothingNew.value().verified.id, 53);
    QCOMPARE(log.listAfter(50).value().size(), 3);
    QCOMPARE(log.listAfter(50).value().constFirst().id, 53);
}

void AuditLogSuite::verifyFromFindsTamperingInTheNewRange()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    appendEvents(log, db->actor(), 4);
    const AuditLog::Position checkpoint = log.verify().value().verified;
    appendEvents(log, db->actor(), 3); // events 5, 6, 7
    QVERIFY(m_backend.tamper(*db, QStringLiteral("UPDATE audit_events SET details = 'x' WHERE id = 6")));
    const auto verdict = log.verifyFrom(checkpoint);
    QVERIFY(verdict.ok());
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 6);
    QVERIFY(verdict.value().reason.contains(QStringLiteral("altered")));
    QCOMPARE(verdict.value().verified.id, 5); // the last event still intact
    QCOMPARE(log.verify().value().firstBrokenId, 6);
}

void AuditLogSuite::verifyFromRefusesAnAlteredCheckpoint()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    appendEvents(log, db->actor(), 3);
    const AuditLog::Position checkpoint = log.verify().value().verified;
    QVERIFY(m_backend.tamper(*db, QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 3")));
    const auto verdict = log.verifyFrom(checkpoint);
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 3);
}

void AuditLogSuite::fullVerifyFindsWhatIncrementalLeavesBehind()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    appendEvents(log, db->actor(), 5);
    const AuditLog::Position checkpoint = log.verify().value().verified;
    QVERIFY(m_backend.tamper(*db, QStringLiteral("UPDATE audit_events SET subject = 'x' WHERE id = 2")));
    appendEvents(log, db->actor(), 2);
    // The incremental check covers the new range only; the whole chain is the full verify's job.
    const auto incremental = log.verifyFrom(checkpoint);
    QVERIFY(incremental.value().intact);
    QCOMPARE(incremental.value().checked, 2);
    const auto whole = log.verify();
    QVERIFY(!whole.value().intact);
    QCOMPARE(whole.value().firstBrokenId, 2);
    QCOMPARE(whole.value().verified.id, 1);
}
