// The audit trail on the local (SQLCipher) database: this computer's clock turned back is refused, and the
// searches `audit list` and the Audit pane make read indexes (EXPLAIN QUERY PLAN), not the whole trail.
#include "../support/TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/SqlTime.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditSearch : public QObject
{
    Q_OBJECT

private slots:
    void localClockTurnedBackIsRefused();
    void aClockThatStandsStillIsFine();
    void searchesReadIndexes_data();
    void searchesReadIndexes();

private:
    // The query plan SQLite makes for the statement list(filter) runs.
    static QString planOf(Database &db, const QString &where);
};

void TestAuditSearch::localClockTurnedBackIsRefused()
{
    TestDatabase db;
    AuditLog log(db->connection());
    const QDateTime noon(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    log.setClock([noon] { return noon; });
    QVERIFY(log.append(u"ann"_s, u"asset.added"_s, u"web1"_s, {}).ok());
    log.setClock([noon] { return noon.addMSecs(-1); }); // one millisecond back
    const Status refused = log.append(u"ann"_s, u"asset.added"_s, u"web2"_s, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"clock-behind"_s);
    QVERIFY2(refused.error().message.contains(u"2026-11-30T11:59:59.999Z"_s),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"2026-11-30T12:00:00.000Z"_s),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().hint.contains(u"clock"_s), qPrintable(refused.error().hint));
    QCOMPARE(log.list().value().size(), 1);

    // The clock set right again: the chain goes on where it was.
    log.setClock([noon] { return noon.addSecs(1); });
    QVERIFY(log.append(u"ann"_s, u"asset.added"_s, u"web2"_s, {}).ok());
    const auto events = log.list().value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.constFirst().at, noon.addSecs(1));
    QVERIFY(log.verify().value().intact);
}

void TestAuditSearch::aClockThatStandsStillIsFine()
{
    // Two events in the same millisecond do not go backwards.
    TestDatabase db;
    AuditLog log(db->connection());
    const QDateTime at(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    log.setClock([at] { return at; });
    QVERIFY(log.append(u"ann"_s, u"a"_s, u"1"_s, {}).ok());
    QVERIFY(log.append(u"ann"_s, u"a"_s, u"2"_s, {}).ok());
    QCOMPARE(log.list().value().size(), 2);
}

QString TestAuditSearch::planOf(Database &db, const QString &where)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"EXPLAIN QUERY PLAN SELECT id, at, actor, action, subject, details, previous_hash, hash "
                    u"FROM audit_events WHERE "_s +
                    where + u" ORDER BY id DESC LIMIT 50000"_s))
        return {};
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    return steps.join(u"; "_s);
}

void TestAuditSearch::searchesReadIndexes_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("index");
    // The WHERE clauses AuditLog::list(Filter) writes.
    QTest::addRow("period") << u"at >= '2026-11-01T00:00:00.000Z' AND at < '2026-11-02T00:00:00.000Z'"_s
                            << u"audit_events_at"_s;
    QTest::addRow("actor") << u"actor = 'ann'"_s << u"audit_events_actor"_s;
    QTest::addRow("actor and period")
        << u"at >= '2026-11-01T00:00:00.000Z' AND actor = 'ann'"_s << u"audit_events_actor"_s;
    QTest::addRow("action prefix") << u"action >= 'change.' AND action < 'change/'"_s
                                   << u"audit_events_action"_s;
    QTest::addRow("action") << u"action = 'change.approved'"_s << u"audit_events_action"_s;
}

void TestAuditSearch::searchesReadIndexes()
{
    QFETCH(QString, where);
    QFETCH(QString, index);
    TestDatabase db;
    // A trail long enough that the planner has statistics to weigh: many actors, actions and days.
    AuditLog log(db->connection());
    QSqlDatabase connection = db->connection();
    QVERIFY(connection.transaction());
    for (int i = 0; i < 2000; ++i) {
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(i * 3600);
        log.setClock([at] { return at; });
        QVERIFY(log.append(u"user%1"_s.arg(i % 40), u"kind%1.thing%2"_s.arg(i % 25).arg(i % 7),
                           u"host%1"_s.arg(i % 300), {})
                    .ok());
    }
    QVERIFY(connection.commit());
    QVERIFY(QSqlQuery(connection).exec(u"ANALYZE"_s));
    const QString plan = planOf(*db, where);
    QVERIFY2(plan.contains(u"USING INDEX "_s + index) || plan.contains(u"USING COVERING INDEX "_s + index),
             qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestAuditSearch)
#include "tst_auditsearch.moc"
