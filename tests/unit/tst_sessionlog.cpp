#include "../support/TestDatabase.h"

#include "setup/SessionLog.h"
#include "storage/AuditLog.h"

class TestSessionLog : public QObject
{
    Q_OBJECT

private slots:
    void sessionsAreAuditedWithTheLoginIdentity()
    {
        TestDatabase db;
        QVERIFY(SessionLog::opened(*db, QStringLiteral("Patchwright console")).ok());
        QVERIFY(SessionLog::closed(*db, QStringLiteral("Patchwright console")).ok());
        const auto events = AuditLog(db->connection()).list().value();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).action, QStringLiteral("session.opened"));
        QCOMPARE(events.at(0).action, QStringLiteral("session.closed"));
        for (const AuditEvent &event : events) {
            QCOMPARE(event.actor, QStringLiteral("tester"));
            QCOMPARE(event.subject, QStringLiteral("tester"));
            QVERIFY(event.details.startsWith(QStringLiteral("Patchwright console")));
            QVERIFY(event.details.contains(db->engineDescription()));
        }
        QVERIFY(AuditLog(db->connection()).verify().value().intact);
    }
};

QTEST_GUILESS_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"
