#include "TeamSettingsSuite.h"

#include "setup/TeamSettings.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every value different from the defaults.
TeamSettings edited()
{
    TeamSettings team;
    team.run.parallelism = 8;
    team.run.connectTimeoutSeconds = 10;
    team.run.scanTimeoutSeconds = 120;
    team.run.deployTimeoutSeconds = 3600;
    team.run.outputCapMiB = 16;
    team.sla.criticalDays = 7;
    team.sla.highDays = 14;
    team.sla.mediumDays = 60;
    team.sla.lowDays = 120;
    team.sla.kevUsesCatalogDueDate = false;
    team.proxy.mode = FeedProxy::Mode::Manual;
    team.proxy.url = u" http://proxy.example:3128 "_s;
    team.mirrors.insert(IntelFeed::Kev, u"https://mirror.example/kev.json"_s);
    team.mirrors.insert(IntelFeed::Osv, u"https://mirror.example/{ecosystem}/all.zip"_s);
    return team;
}

} // namespace

void TeamSettingsSuite::init()
{
    m_db = m_backend.create();
    QVERIFY2(m_db, qPrintable(m_backend.lastError()));
}

void TeamSettingsSuite::cleanup()
{
    m_db.reset();
}

int TeamSettingsSuite::auditEvents() const
{
    const auto events = AuditLog(m_db->connection()).list();
    return events ? int(events.value().size()) : -1;
}

void TeamSettingsSuite::valuesRoundTripAndEachChangeIsAudited()
{
    const auto fresh = TeamSettings::load(*m_db);
    QVERIFY2(fresh, qPrintable(fresh.error().text()));
    QCOMPARE(fresh.value().run.parallelism, 32);
    QCOMPARE(fresh.value().run.deployTimeoutSeconds, 1800);
    QCOMPARE(fresh.value().proxy.mode, FeedProxy::Mode::System);

    // Saving the defaults over an empty database changes nothing and audits nothing.
    const int before = auditEvents();
    const auto unchanged = fresh.value().save(*m_db);
    QVERIFY2(unchanged, qPrintable(unchanged.error().text()));
    QCOMPARE(unchanged.value(), 0);
    QCOMPARE(auditEvents(), before);

    const auto saved = edited().save(*m_db);
    QVERIFY2(saved, qPrintable(saved.error().text()));
    QCOMPARE(saved.value(), 13); // 5 run limits, 5 SLA values, the proxy, 2 mirrors

    const auto loaded = TeamSettings::load(*m_db);
    QVERIFY2(loaded, qPrintable(loaded.error().text()));
    const TeamSettings &team = loaded.value();
    QCOMPARE(team.run.parallelism, 8);
    QCOMPARE(team.run.connectTimeoutSeconds, 10);
    QCOMPARE(team.run.scanTimeoutSeconds, 120);
    QCOMPARE(team.run.deployTimeoutSeconds, 3600);
    QCOMPARE(team.run.outputCapMiB, 16);
    QCOMPARE(team.run.scanLimits().outputCap, qint64(16) * 1024 * 1024);
    QCOMPARE(qint64(team.run.deployLimits().timeout.count()), qint64(3600) * 1000);
    QCOMPARE(qint64(team.run.scanLimits().connectTimeout.count()), qint64(10) * 1000);
    QCOMPARE(team.sla.criticalDays, 7);
    QCOMPARE(team.sla.lowDays, 120);
    QVERIFY(!team.sla.kevUsesCatalogDueDate);
    QCOMPARE(team.proxy.mode, FeedProxy::Mode::Manual);
    QCOMPARE(team.proxy.url, u"http://proxy.example:3128"_s); // stored as FeedSettings normalises it
    QCOMPARE(team.mirrors.value(IntelFeed::Kev), u"https://mirror.example/kev.json"_s);
    QCOMPARE(team.mirrors.value(IntelFeed::Osv), u"https://mirror.example/{ecosystem}/all.zip"_s);
    QCOMPARE(team.mirrors.value(IntelFeed::Nvd), QString());

    // One event per changed value, naming the setting, old → new, and who changed it.
    const auto events = AuditLog(m_db->connection()).list();
    QVERIFY2(events, qPrintable(events.error().text()));
    QCOMPARE(events.value().size(), before + 13);
    QHash<QString, QString> details;
    for (qsizetype i = 0; i < 13; ++i) {
        const AuditEvent &event = events.value().at(i);
        QCOMPARE(event.action, u"settings.changed"_s);
        QCOMPARE(event.actor, m_db->actor());
        details.insert(event.subject, event.details);
    }
    QCOMPARE(details.value(u"run.parallelism"_s), u"32 → 8"_s);
    QCOMPARE(details.value(u"run.deploy_timeout_seconds"_s), u"1800 → 3600"_s);
    QCOMPARE(details.value(u"sla.kev_uses_catalog_due_date"_s), u"true → false"_s);
    QCOMPARE(details.value(u"intel.proxy"_s), u"(none) → http://proxy.example:3128"_s);
    QCOMPARE(details.value(u"intel.url.kev"_s), u"(none) → https://mirror.example/kev.json"_s);

    // Changing one value again is one event.
    TeamSettings again = team;
    again.run.parallelism = 64;
    const auto once = again.save(*m_db);
    QVERIFY2(once, qPrintable(once.error().text()));
    QCOMPARE(once.value(), 1);
    const auto newest = AuditLog(m_db->connection()).list(1);
    QVERIFY(newest && newest.value().size() == 1);
    QCOMPARE(newest.value().constFirst().subject, u"run.parallelism"_s);
    QCOMPARE(newest.value().constFirst().details, u"8 → 64"_s);
    QCOMPARE(auditEvents(), before + 14);
}

void TeamSettingsSuite::aRefusedValueStoresNothing()
{
    const int before = auditEvents();
    TeamSettings team = edited(); // every other value is fine and would change
    team.run.parallelism = 65;
    team.run.connectTimeoutSeconds = 0;
    team.run.outputCapMiB = 5000;
    team.sla.highDays = 3; // more severe than critical's 7
    team.mirrors.insert(IntelFeed::Epss, u"ftp://mirror.example/epss.csv.gz"_s);
    team.proxy.url = u"http://user:secret@proxy.example:3128"_s;

    const QStringList problems = team.problems();
    QCOMPARE(problems.size(), 6);
    QVERIFY(problems.at(0).contains(u"from 1 to 64 (got 65)"_s));
    QVERIFY(problems.at(1).contains(u"from 1 to 600 seconds (got 0)"_s));
    QVERIFY(problems.at(2).contains(u"from 1 to 4096 MiB (got 5000)"_s));
    QVERIFY(!problems.join(u' ').contains(u"secret"_s));

    const auto saved = team.save(*m_db);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, u"invalid-setting"_s);
    QVERIFY(saved.error().message.contains(u"from 1 to 64"_s));

    const auto loaded = TeamSettings::load(*m_db);
    QVERIFY2(loaded, qPrintable(loaded.error().text()));
    QCOMPARE(loaded.value().run.parallelism, 32);
    QCOMPARE(loaded.value().run.scanTimeoutSeconds, 300); // valid, and still not stored
    QCOMPARE(loaded.value().sla.criticalDays, 15);
    QCOMPARE(loaded.value().proxy.mode, FeedProxy::Mode::System);
    QCOMPARE(loaded.value().mirrors.value(IntelFeed::Kev), QString());
    QCOMPARE(auditEvents(), before);
}

void TeamSettingsSuite::aFailedAuditWriteFailsTheSave()
{
    if (m_backend.dialect() == Migrations::Dialect::PostgreSql) {
        // The server's clock dates PostgreSQL's events, so a test cannot put one in the future; the server
        // refuses the next event itself instead.
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(u"CREATE FUNCTION pw_test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                            u"$$ BEGIN RAISE EXCEPTION 'audit write refused by the test'; END $$"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"CREATE TRIGGER pw_test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW "
                            u"EXECUTE FUNCTION pw_test_refuse_audit()"_s),
                 qPrintable(query.lastError().text()));
    } else {
        // An event dated tomorrow: the next append, dated now, is refused (clock-behind).
        AuditLog ahead(m_db->connection());
        ahead.setClock([] { return QDateTime::currentDateTimeUtc().addDays(1); });
        QVERIFY(ahead.append(m_db->actor(), u"test.future"_s, u"clock"_s, {}).ok());
    }
    const int before = auditEvents();

    const auto saved = edited().save(*m_db);
    QVERIFY(!saved);
    const auto loaded = TeamSettings::load(*m_db);
    QVERIFY2(loaded, qPrintable(loaded.error().text()));
    QCOMPARE(loaded.value().run.parallelism, 32);
    QCOMPARE(loaded.value().sla.criticalDays, 15);
    QCOMPARE(loaded.value().mirrors.value(IntelFeed::Kev), QString());
    QCOMPARE(auditEvents(), before);
}
