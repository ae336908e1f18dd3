#include "../support/TestDatabase.h"

#include "jobs/AuditVerifyRun.h"

#include <QSignalSpy>
#include <QSqlQuery>

// The audit chain verified on a worker with its own connection: the verdict arrives on the owner's thread.
class TestAuditVerifyRun : public QObject
{
    Q_OBJECT

private slots:
    void verifiesOnAWorkerThenFromItsCheckpoint();
    void reportsTamperingAndAnUnreadableDatabase();

private:
    static void runToEnd(AuditVerifyRun &run, const AuditLog::Position &from);
};

void TestAuditVerifyRun::runToEnd(AuditVerifyRun &run, const AuditLog::Position &from)
{
    QSignalSpy finished(&run, &AuditVerifyRun::finished);
    run.start(from);
    QVERIFY(run.isRunning()); // start() returns at once; the worker does the reading
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!run.isRunning());
}

void TestAuditVerifyRun::verifiesOnAWorkerThenFromItsCheckpoint()
{
    TestDatabase db;
    AuditLog log(db->connection());
    for (int i = 0; i < 20; ++i)
        QVERIFY(log.append(db->actor(), QStringLiteral("a"), QString::number(i), {}).ok());
    AuditVerifyRun run(db.config());
    runToEnd(run, {});
    QVERIFY2(run.result().ok(), qPrintable(run.result().error().text()));
    QVERIFY(run.result().value().intact);
    QCOMPARE(run.result().value().checked, 20);
    const AuditLog::Position checkpoint = run.result().value().verified;
    QCOMPARE(checkpoint.id, 20);

    QVERIFY(log.append(db->actor(), QStringLiteral("a"), QStringLiteral("new"), {}).ok());
    runToEnd(run, checkpoint); // the same run, again
    QVERIFY(run.result().value().intact);
    QCOMPARE(run.result().value().checked, 1);
    QCOMPARE(run.result().value().verified.id, 21);
}

void TestAuditVerifyRun::reportsTamperingAndAnUnreadableDatabase()
{
    TestDatabase db;
    AuditLog log(db->connection());
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.append(db->actor(), QStringLiteral("a"), QString::number(i), {}).ok());
    QSqlQuery tamper(db->connection());
    QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
    QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 2")));
    AuditVerifyRun run(db.config());
    runToEnd(run, {});
    QVERIFY(run.result().ok());
    QVERIFY(!run.result().value().intact);
    QCOMPARE(run.result().value().firstBrokenId, 2);

    DatabaseConfig wrongKey =
        DatabaseConfig::encryptedFile(db.path(), KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    AuditVerifyRun locked(wrongKey);
    runToEnd(locked, {});
    QVERIFY(!locked.result().ok());
    QVERIFY(!locked.result().error().text().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditVerifyRun)
#include "tst_auditverifyrun.moc"
