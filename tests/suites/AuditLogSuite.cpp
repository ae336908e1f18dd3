#include "AuditLogSuite.h"

#include "storage/AuditLog.h"
#include "storage/SqlTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

void appendEvents(AuditLog &log, const QString &actor, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(log.append(actor, QStringLiteral("scan.completed"), QStringLiteral("h%1").arg(i), {}).ok());
}

// Writes the next event as a console whose clock ran ahead would have (before times were checked): dated
// `at`, correctly chained, under the connection's own login.
bool appendDated(Database &db, const QDateTime &at, const QString &subject)
{
    const auto newest = AuditLog(db.connection()).list(1);
    if (!newest)
        return false;
    AuditEvent event;
    event.id = newest.value().isEmpty() ? 1 : newest.value().constFirst().id + 1;
    event.previousHash = newest.value().isEmpty() ? QByteArray() : newest.value().constFirst().hash;
    event.at = SqlTime::fromValue(SqlTime::toValue(at));
    event.actor = db.actor();
    event.action = QStringLiteral("asset.added");
    event.subject = subject;
    event.details = QStringLiteral("");
    event.hash = AuditLog::hashOf(event);
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_events (id, at, actor, action, subject, details, "
                                  "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(event.id), SqlTime::toValue(event.at), QVariant(event.actor),
                                  QVariant(event.action), QVariant(event.subject), QVariant(event.details),
                                  QVariant(SqlText::bindable(QString::fromLatin1(event.previousHash))),
                                  QVariant(QString::fromLatin1(event.hash))})
        insert.addBindValue(value);
    if (!insert.exec())
        qWarning("appendDated: %s", qPrintable(insert.lastError().text()));
    return insert.isActive();
}

QList<qint64> idsOf(const QList<AuditEvent> &events)
{
    QList<qint64> ids;
    for (const AuditEvent &event : events)
        ids.append(event.id);
    return ids;
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

void AuditLogSuite::refusesAnEventDatedBeforeTheNewest()
{
    // The newest event is an hour ahead of every clock (local or server): the next append would go back in
    // time, so it is refused, and nothing is appended.
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    QVERIFY(log.append(db->actor(), QStringLiteral("asset.added"), QStringLiteral("web1"), {}).ok());
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(appendDated(*db, ahead, QStringLiteral("from-the-future")));
    QVERIFY(log.verify().value().intact);

    const Status refused =
        log.append(db->actor(), QStringLiteral("scan.completed"), QStringLiteral("web1"), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("clock-behind"));
    QVERIFY2(refused.error().message.contains(SqlTime::toValue(ahead).toString()),
             qPrintable(refused.error().message));
    QVERIFY(!refused.error().hint.isEmpty());
    const auto events = log.list().value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.constFirst().subject, QStringLiteral("from-the-future"));
    QVERIFY(log.verify().value().intact);
}

void AuditLogSuite::refusedInCallersTransactionLeavesItUsable()
{
    // A refused append inside the caller's transaction: the caller rolls back its change, and the
    // connection goes on working.
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    QVERIFY(appendDated(*db, QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("ahead")));
    QSqlDatabase connection = db->connection();
    QVERIFY(connection.transaction());
    QVERIFY(!log.append(db->actor(), QStringLiteral("a"), QStringLiteral("refused"), {}).ok());
    QVERIFY(connection.rollback());
    QCOMPARE(log.list().value().size(), 1);
    QVERIFY(log.verify().value().intact);
}

void AuditLogSuite::filtersByActorActionAndSubject()
{
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    const QString me = db->actor();
    struct Row
    {
        const char *action;
        const char *subject;
    };
    for (const Row &row : {Row{"change.created", "CR-1 web"}, Row{"change.approved", "CR-1 web"},
                           Row{"changes.noted", "web%1"}, Row{"scan.completed", "Web_Server"},
                           Row{"change", "db1"}, Row{"asset.added", "web_1"}})
        QVERIFY(log.append(me, QLatin1String(row.action), QLatin1String(row.subject), {}).ok());

    AuditLog::Filter prefix;
    prefix.action = QStringLiteral("change.");
    QCOMPARE(idsOf(log.list(prefix).value()), (QList<qint64>{2, 1})); // not "changes.noted", not "change"
    AuditLog::Filter exact;
    exact.action = QStringLiteral("change");
    QCOMPARE(idsOf(log.list(exact).value()), (QList<qint64>{5}));

    AuditLog::Filter subject;
    subject.subject = QStringLiteral("WEB");
    QCOMPARE(idsOf(log.list(subject).value()), (QList<qint64>{6, 4, 3, 2, 1}));
    subject.subject = QStringLiteral("b_"); // the underscore is a character, not a wildcard
    QCOMPARE(idsOf(log.list(subject).value()), (QList<qint64>{6, 4}));
    subject.subject = QStringLiteral("%");
    QCOMPARE(idsOf(log.list(subject).value()), (QList<qint64>{3}));
    subject.subject = QStringLiteral("web");
    subject.action = QStringLiteral("change.");
    subject.limit = 1;
    QCOMPARE(idsOf(log.list(subject).value()), (QList<qint64>{2}));

    AuditLog::Filter actor;
    actor.actor = me;
    QCOMPARE(log.list(actor).value().size(), 6);
    actor.actor = QStringLiteral("mallory");
    QVERIFY(log.list(actor).value().isEmpty());
}

void AuditLogSuite::filtersByPeriod()
{
    // Dated events two days apart (written as consoles would have), then one now.
    PW_NEW_DATABASE(db);
    AuditLog log(db->connection());
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    for (int i = 0; i < 4; ++i)
        QVERIFY(appendDated(*db, start.addDays(2 * i), QStringLiteral("h%1").arg(i)));
    QVERIFY(log.append(db->actor(), QStringLiteral("scan.completed"), QStringLiteral("now"), {}).ok());

    AuditLog::Filter period;
    period.from = start.addDays(2);
    period.until = start.addDays(6);
    QCOMPARE(idsOf(log.list(period).value()), (QList<qint64>{3, 2})); // from included, until not
    period.until = {};
    QCOMPARE(idsOf(log.list(period).value()), (QList<qint64>{5, 4, 3, 2}));
    period.from = {};
    period.until = start.addDays(2).addMSecs(1);
    QCOMPARE(idsOf(log.list(period).value()), (QList<qint64>{2, 1}));
}
