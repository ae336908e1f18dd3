#include "../support/TestDatabase.h"

#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// What an attacker holding the key can do: drop the append-only triggers, then edit.
bool tamper(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")) &&
           query.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")) && query.exec(sql);
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void appendsChainedEvents();
    void detectsAlteredField();
    void detectsDeletedEvent();
    void detectsRewrittenHashChain();
    void emptyLogIsIntact();
    void engineRefusesEditsOfTheTrail();
};

void TestAuditLog::appendsChainedEvents()
{
    TestDatabase db;
    AuditLog log(db->connection());
    QVERIFY(
        log.append(QStringLiteral("ann"), QStringLiteral("asset.added"), QStringLiteral("web1"), {}).ok());
    QVERIFY(log.append(QStringLiteral("bob"), QStringLiteral("scan.completed"), QStringLiteral("web1"),
                       QStringLiteral("3 pending"))
                .ok());
    const auto events = log.list();
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 2);
    const AuditEvent &newest = events.value().at(0);
    const AuditEvent &oldest = events.value().at(1);
    QCOMPARE(newest.actor, QStringLiteral("bob"));
    QVERIFY(oldest.previousHash.isEmpty());
    QCOMPARE(newest.previousHash, oldest.hash);
    QCOMPARE(newest.hash.size(), 64);
    QCOMPARE(AuditLog::hashOf(newest), newest.hash);
    const auto verdict = log.verify();
    QVERIFY(verdict.ok());
    QVERIFY(verdict.value().intact);
    QCOMPARE(verdict.value().checked, 2);
}

void TestAuditLog::detectsAlteredField()
{
    TestDatabase db;
    AuditLog log(db->connection());
    for (int i = 0; i < 5; ++i)
        QVERIFY(log.append(QStringLiteral("ann"), QStringLiteral("scan.completed"),
                           QStringLiteral("h%1").arg(i), {})
                    .ok());
    QVERIFY(tamper(*db, QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 3")));
    const auto verdict = log.verify();
    QVERIFY(verdict.ok());
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 3);
    QVERIFY(verdict.value().reason.contains(QStringLiteral("altered")));
}

void TestAuditLog::detectsDeletedEvent()
{
    TestDatabase db;
    AuditLog log(db->connection());
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.append(QStringLiteral("ann"), QStringLiteral("a"), QString::number(i), {}).ok());
    QVERIFY(tamper(*db, QStringLiteral("DELETE FROM audit_events WHERE id = 2")));
    const auto verdict = log.verify();
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 3);
}

void TestAuditLog::detectsRewrittenHashChain()
{
    // An attacker who edits a row and recomputes its own hash still breaks the next row's link.
    TestDatabase db;
    AuditLog log(db->connection());
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.append(QStringLiteral("ann"), QStringLiteral("a"), QString::number(i), {}).ok());
    auto events = log.list().value();
    AuditEvent second = events.at(1);
    QCOMPARE(second.id, 2);
    second.details = QStringLiteral("forged");
    const QByteArray forgedHash = AuditLog::hashOf(second);
    QVERIFY(tamper(*db, QStringLiteral("UPDATE audit_events SET details = 'forged', hash = '%1' WHERE id = 2")
                            .arg(QString::fromLatin1(forgedHash))));
    const auto verdict = log.verify();
    QVERIFY(!verdict.value().intact);
    QCOMPARE(verdict.value().firstBrokenId, 3);
    QVERIFY(verdict.value().reason.contains(QStringLiteral("chain")));
}

void TestAuditLog::emptyLogIsIntact()
{
    TestDatabase db;
    const auto verdict = AuditLog(db->connection()).verify();
    QVERIFY(verdict.value().intact);
    QCOMPARE(verdict.value().checked, 0);
}

void TestAuditLog::engineRefusesEditsOfTheTrail()
{
    TestDatabase db;
    AuditLog log(db->connection());
    QVERIFY(log.append(QStringLiteral("ann"), QStringLiteral("a"), QStringLiteral("x"), {}).ok());
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events")));
    QCOMPARE(log.list().value().constFirst().actor, QStringLiteral("ann"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
