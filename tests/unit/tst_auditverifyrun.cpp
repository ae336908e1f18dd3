#include "../support/TestDatabase.h"

#include "audit/AuditSession.h"
#include "jobs/AuditVerifyRun.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

// The audit chain verified on a worker with its own connection: the verdict arrives on the owner's thread.
class TestAuditVerifyRun : public QObject
{
    Q_OBJECT

private slots:
    void verifiesOnAWorkerThenFromItsCheckpoint();
    void reportsTamperingAndAnUnreadableDatabase();
    void aWholeChainRunAlsoChecksTheSignedCheckpoints();

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

void TestAuditVerifyRun::aWholeChainRunAlsoChecksTheSignedCheckpoints()
{
    // Passphrase mode: the worker derives the database's own key itself (no keychain is asked).
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::encryptedFile(
        dir.filePath(QStringLiteral("signed.db")), QStringLiteral("correct horse battery staple"),
        DatabaseConfig::KeyKind::Passphrase);
    auto db = Database::open(config);
    QVERIFY(db.ok());
    AuditLog log(db.value()->connection());
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.append(db.value()->actor(), QStringLiteral("a"), QString::number(i), {}).ok());
    const auto sealed = AuditSession::seal(*db.value(), KeyStore());
    QVERIFY2(sealed.ok() && sealed.value(), qPrintable(sealed ? QString() : sealed.error().text()));

    AuditVerifyRun run(config);
    runToEnd(run, {});
    QVERIFY(run.result().ok() && run.result().value().intact);
    QVERIFY(run.checkpoints().has_value());
    QVERIFY2(run.checkpoints()->problems.isEmpty(), qPrintable(run.checkpoints()->problems.join(u'|')));
    QCOMPARE(run.checkpoints()->checkpointCount, 1);
    QCOMPARE(run.checkpoints()->newest->eventId, 5); // 4 events and the key's registration

    runToEnd(run, run.result().value().verified); // incremental runs check the chain only
    QVERIFY(!run.checkpoints().has_value());

    QSqlQuery tamper(db.value()->connection());
    QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
    QVERIFY(tamper.exec(QStringLiteral("DELETE FROM audit_events WHERE id >= 4")));
    runToEnd(run, {});
    QVERIFY(run.result().value().intact); // the chain alone holds
    QVERIFY(run.checkpoints().has_value());
    QVERIFY(!run.checkpoints()->problems.isEmpty());
    QVERIFY2(
        run.checkpoints()->problems.constFirst().startsWith(QStringLiteral("events after #3 are missing")),
        qPrintable(run.checkpoints()->problems.join(u'|')));
}

QTEST_GUILESS_MAIN(TestAuditVerifyRun)
#include "tst_auditverifyrun.moc"
