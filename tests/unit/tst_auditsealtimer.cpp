// The console's periodic seal: events appended while it runs are signed without anyone asking, and a trail
// that can no longer be signed is reported through failed(), never dropped.
#include "audit/AuditSealTimer.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestAuditSealTimer : public QObject
{
    Q_OBJECT

private slots:
    void signsWhatIsAppendedWhileItRuns();
    void reportsATrailItCannotSign();

private:
    std::unique_ptr<Database> open();
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> TestAuditSealTimer::open()
{
    auto db = Database::open(DatabaseConfig::encryptedFile(
        m_dir.filePath(u"seal-%1.db"_s).arg(QLatin1String(QTest::currentTestFunction())),
        u"correct horse battery staple"_s, DatabaseConfig::KeyKind::Passphrase));
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    db.value()->setActor(u"ann"_s);
    return std::move(db).value();
}

void TestAuditSealTimer::signsWhatIsAppendedWhileItRuns()
{
    const auto db = open();
    AuditLog log(db->connection());
    QVERIFY(log.append(u"ann"_s, u"session.opened"_s, u"ann"_s, {}));
    AuditSealTimer seals(*db, 20ms);
    QSignalSpy failures(&seals, &AuditSealTimer::failed);
    QVERIFY(seals.sealNow());
    AuditCheckpoints checkpoints(db->connection());
    QCOMPARE(checkpoints.all().value().size(), 1);
    QVERIFY(log.append(u"ann"_s, u"asset.added"_s, u"web1"_s, {}));
    QTRY_COMPARE(checkpoints.all().value().size(), 2);
    QCOMPARE(checkpoints.newest().value()->eventId, 3); // opened, the key's registration, asset.added
    QCOMPARE(failures.count(), 0);
}

void TestAuditSealTimer::reportsATrailItCannotSign()
{
    const auto db = open();
    AuditLog log(db->connection());
    QVERIFY(log.append(u"ann"_s, u"session.opened"_s, u"ann"_s, {}));
    AuditSealTimer seals(*db, 20ms);
    QSignalSpy failures(&seals, &AuditSealTimer::failed);
    QVERIFY(seals.sealNow());
    QVERIFY(log.append(u"ann"_s, u"asset.added"_s, u"web1"_s, {}));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"DROP TRIGGER audit_events_no_update"_s));
    QVERIFY(query.exec(u"UPDATE audit_events SET subject = 'web2' WHERE id = 3"_s));
    QTRY_VERIFY(failures.count() >= 1);
    QVERIFY2(failures.constFirst().constFirst().toString().contains(u"broken at event 3"_s),
             qPrintable(failures.constFirst().constFirst().toString()));
    QCOMPARE(AuditCheckpoints(db->connection()).all().value().size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditSealTimer)
#include "tst_auditsealtimer.moc"
