#include "../support/TestDatabase.h"

#include "storage/AuditLog.h"

#include <QSqlQuery>

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void appendsChainedEvents();
    void detectsAlteredField();
    void detectsDeletedEvent();
    void detectsRewrittenHashChain();
    void emptyLogIsIntact();
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
    QSqlQuery edit(db->connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 3")));
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
    QSqlQuery edit(db->connection());
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM audit_events WHERE id = 2")));
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
    QSqlQuery edit(db->connection());
    edit.prepare(QStringLiteral("UPDATE audit_events SET details = ?, hash = ? WHERE id = 2"));
    edit.addBindValue(second.details);
    edit.addBindValue(QString::fromLatin1(forgedHash));
    QVERIFY(edit.exec());
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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
