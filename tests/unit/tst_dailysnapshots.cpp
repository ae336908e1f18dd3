// Stored daily figures, on the November history of NovemberFleet (tests/support/NovemberFleet.h): the
// one-pass sweep over days against each day counted alone, replacing a period, the daily catch-up (each
// finished day once, an admin's to write, a stretch of days at a time) and its timer.
#include "../support/NovemberFleet.h"

#include "reports/DailySnapshots.h"
#include "reports/DailySnapshotTimer.h"
#include "reports/FleetMetrics.h"
#include "storage/AuditLog.h"
#include "storage/MetricSnapshotRepository.h"
#include "storage/UserRepository.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using NovemberPeriod::From;
using NovemberPeriod::To;
using NovemberPeriod::utc;

class TestDailySnapshots : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fleet = std::make_unique<NovemberFleet>(); }
    void cleanup() { m_fleet.reset(); }
    void snapshotsReplaceAPeriodAuditedAndFeedTheTrend();
    void daysSweepAgreesWithEachDayOnARandomHistory();
    void dailySnapshotsStoreEachFinishedDayOnce();
    void dailySnapshotsAreAnAdminsToWrite();
    void dailySnapshotsReadAStretchOfDaysAtATime();
    void dailySnapshotTimerCatchesUpWhenTheDayChanges();

private:
    std::unique_ptr<NovemberFleet> m_fleet;
};

void TestDailySnapshots::snapshotsReplaceAPeriodAuditedAndFeedTheTrend()
{
    const QSqlDatabase db = m_fleet->connection();
    MetricSnapshotRepository snapshots(db, QStringLiteral("tester"));
    // A snapshot stored for 11-15 that no longer matches the history (as after later changes to it).
    MetricSnapshot stale;
    stale.day = QDate(2026, 11, 15);
    stale.rule = ComplianceRule{}.key();
    stale.openKevCves = 9;
    stale.openRiskScore = 999;
    QVERIFY(snapshots.replace(QString(), stale.day, stale.day.addDays(1), {stale}));
    const auto stored = snapshots.list(QString(), QDate(2026, 11, 1), QDate(2026, 12, 1));
    QVERIFY(stored);
    QCOMPARE(stored.value().size(), 1);
    QCOMPARE(stored.value().at(0).openKevCves, 9);

    const auto metrics = FleetMetrics::load(db);
    QVERIFY(metrics);
    const FleetReport withStored = metrics.value().report(From, To, {}, stored.value());
    QVERIFY(withStored.exposure.trend.at(14).stored);
    QCOMPARE(withStored.exposure.trend.at(14).figures.openRiskScore, 999.0);
    QVERIFY(!withStored.exposure.trend.at(13).stored);
    // Under another compliance rule the stored day (counted by the default "overdue,kev") is computed again.
    QCOMPARE(ComplianceRule{}.key(), QStringLiteral("overdue,kev"));
    ComplianceRule security{false, false, true};
    QCOMPARE(security.key(), QStringLiteral("security"));
    const FleetReport otherRule = metrics.value().report(From, To, {}, stored.value(), security);
    QVERIFY(!otherRule.exposure.trend.at(14).stored);
    QCOMPARE(otherRule.exposure.trend.at(14).figures.openRiskScore, 185.0);
    QCOMPARE(otherRule.exposure.trend.at(14).figures.rule, QStringLiteral("security"));

    // Recomputing 11-14 .. 11-16 replaces the stale day with the history's figures, audited.
    QList<MetricSnapshot> days;
    for (QDate d(2026, 11, 14); d < QDate(2026, 11, 17); d = d.addDays(1))
        days.append(metrics.value().day(d, {}));
    QVERIFY(snapshots.replace(QString(), QDate(2026, 11, 14), QDate(2026, 11, 17), days));
    const auto after = snapshots.list(QString(), QDate(2026, 11, 1), QDate(2026, 12, 1));
    QVERIFY(after);
    QCOMPARE(after.value().size(), 3);
    QCOMPARE(after.value().at(1).day, QDate(2026, 11, 15));
    QCOMPARE(after.value().at(1).openKevCves, 1);
    QCOMPARE(after.value().at(1).openRiskScore, 185.0);
    // P4 medium, P5 critical, P6 low, stored and read back.
    QCOMPARE(after.value().at(1).openBySeverity.critical, 1);
    QCOMPARE(after.value().at(1).openBySeverity.medium, 1);
    QCOMPARE(after.value().at(1).openBySeverity.low, 1);
    QCOMPARE(after.value().at(1).openBySeverity.total(), 3);
    // db1 worst critical (P5), app1 worst medium (P4 over P6 low).
    QCOMPARE(after.value().at(1).assetsByWorstSeverity.critical, 1);
    QCOMPARE(after.value().at(1).assetsByWorstSeverity.medium, 1);
    QCOMPARE(after.value().at(1).assetsByWorstSeverity.total(), 2);
    QCOMPARE(after.value().at(1), metrics.value().day(QDate(2026, 11, 15), {}));
    const auto events = AuditLog(db).list();
    QVERIFY(events);
    QCOMPARE(events.value().at(0).action, QStringLiteral("metrics.recomputed"));
    QCOMPARE(events.value().at(0).subject, QStringLiteral("2026-11-14..2026-11-16"));
    QCOMPARE(events.value().at(0).details, QStringLiteral("3 day(s) written, 1 replaced"));
    // A day outside the period is refused, and nothing is written.
    QVERIFY(!snapshots.replace(QString(), QDate(2026, 11, 20), QDate(2026, 11, 21), {stale}));
}

void TestDailySnapshots::daysSweepAgreesWithEachDayOnARandomHistory()
{
    // days() sweeps the history once; day() counts a single day from scratch. On a random history (fixed
    // seed, so a failure repeats) they must agree on every figure of every day, for every rule and scope:
    // assets created mid-period, patches opened and closed at midnight exactly, due dates before, inside
    // and after the period, KEV CVEs shared by several patches, several bands on one asset.
    QRandomGenerator random(20261205);
    const QStringList rings{QStringLiteral("canary"), QStringLiteral("prod")};
    const QStringList criticalities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    const QStringList severities{QStringLiteral("critical"), QStringLiteral("important"),
                                 QStringLiteral("moderate"), QStringLiteral("low"),
                                 QStringLiteral("unknown")};
    const QStringList cves{QStringLiteral("CVE-2026-1000"), QStringLiteral("CVE-2026-2000"),
                           QStringLiteral("CVE-2026-3000"), QString()};
    const QDateTime start = utc(2026, 9, 1);
    const auto moment = [&](int days) {
        // Midnight exactly one time in four, else any minute of the day.
        const int minutes = random.bounded(4) == 0 ? 0 : random.bounded(24 * 60);
        return start.addDays(days).addSecs(qint64(minutes) * 60).toString(Qt::ISODateWithMs);
    };
    QList<qint64> assets{m_fleet->web1, m_fleet->db1, m_fleet->app1, m_fleet->new1};
    for (int i = 0; i < 30; ++i)
        assets << m_fleet->asset(QStringLiteral("r%1").arg(i), rings.at(random.bounded(2)),
                                 criticalities.at(random.bounded(3)), QStringLiteral("apt"),
                                 moment(random.bounded(120)));
    for (int i = 0; i < 400; ++i) {
        const int detected = random.bounded(120);
        const int state = random.bounded(3); // missing, installed, superseded
        const QString resolved =
            state == 0 ? QStringLiteral("NULL")
                       : QLatin1Char('\'') + moment(detected + random.bounded(40)) + QLatin1Char('\'');
        m_fleet->exec(
            QStringLiteral(
                "INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                "available_version, classification, severity, cves, state, detected_at, "
                "resolved_at) VALUES (%1, 'p%2', 'amd64', '1', '2', '%3', '%4', '%5', '%6', '%7', %8)")
                .arg(assets.at(random.bounded(int(assets.size()))))
                .arg(i)
                .arg(random.bounded(2) ? QStringLiteral("security") : QStringLiteral("bugfix"),
                     severities.at(random.bounded(int(severities.size()))),
                     cves.at(random.bounded(int(cves.size()))),
                     QStringList{QStringLiteral("missing"), QStringLiteral("installed"),
                                 QStringLiteral("superseded")}
                         .at(state),
                     moment(detected), resolved));
    }
    const auto metrics = FleetMetrics::load(m_fleet->connection());
    QVERIFY2(metrics, qPrintable(metrics ? QString() : metrics.error().text()));
    QList<ComplianceRule> rules{ComplianceRule{}, ComplianceRule{}, ComplianceRule{}, ComplianceRule{}};
    rules[1].noKevItems = false;
    rules[2].noOverdueItems = false;
    rules[2].noSecurityUpdates = true;
    rules[3] = {false, false, false};
    MetricScope prod;
    prod.ring = QStringLiteral("prod");
    MetricScope high;
    high.criticality = QStringLiteral("high");
    const QDate first(2026, 8, 25);
    const QDate end(2026, 12, 31);
    int busyDays = 0;
    for (const MetricScope &scope : {MetricScope{}, prod, high}) {
        for (const ComplianceRule &rule : rules) {
            const QList<MetricSnapshot> swept = metrics.value().days(first, end, scope, rule);
            QCOMPARE(swept.size(), qsizetype(first.daysTo(end)));
            for (const MetricSnapshot &figures : swept) {
                const MetricSnapshot counted = metrics.value().day(figures.day, scope, rule);
                if (!(figures == counted))
                    QFAIL(qPrintable(
                        QStringLiteral("%1 %2 %3: swept %4 %5 %6 %7 %8 %9, counted %10 %11 %12 %13 %14 %15")
                            .arg(figures.day.toString(Qt::ISODate), scope.key(), rule.key())
                            .arg(figures.assets)
                            .arg(figures.compliantAssets)
                            .arg(figures.openPatches)
                            .arg(figures.overduePatches)
                            .arg(figures.openKevCves)
                            .arg(figures.assetsByWorstSeverity.total())
                            .arg(counted.assets)
                            .arg(counted.compliantAssets)
                            .arg(counted.openPatches)
                            .arg(counted.overduePatches)
                            .arg(counted.openKevCves)
                            .arg(counted.assetsByWorstSeverity.total())));
                busyDays += figures.openPatches > 0 && figures.compliantAssets < figures.assets ? 1 : 0;
            }
        }
    }
    // The history is busy enough to mean something: most days have open patches and non-compliant assets.
    QVERIFY2(busyDays > 500, qPrintable(QString::number(busyDays)));
    // Nothing counted on a day before the history, and days() of an empty period is empty.
    QCOMPARE(metrics.value().days(QDate(2025, 1, 1), QDate(2025, 1, 2), {}).constFirst().openPatches, 0);
    QVERIFY(metrics.value().days(end, first, {}).isEmpty());
}

void TestDailySnapshots::dailySnapshotsStoreEachFinishedDayOnce()
{
    const QSqlDatabase db = m_fleet->connection();
    const auto auditEvents = [&] {
        return m_fleet->id(
            QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'metrics.snapshotted'"));
    };
    // Nothing stored yet: from the history's first day (the assets were created 2026-01-01) to yesterday.
    auto caughtUp = DailySnapshots::catchUp(db, QStringLiteral("tester"), QDate(2026, 12, 1));
    QVERIFY2(caughtUp, qPrintable(caughtUp ? QString() : caughtUp.error().text()));
    QCOMPARE(caughtUp.value().stored, 334);
    QCOMPARE(caughtUp.value().first, QDate(2026, 1, 1));
    QCOMPARE(caughtUp.value().last, QDate(2026, 11, 30));
    QVERIFY(caughtUp.value().notAllowed.isEmpty());
    QCOMPARE(auditEvents(), 1);
    QSqlQuery subject(db);
    QVERIFY(subject.exec(
        QStringLiteral("SELECT subject, details FROM audit_events WHERE action = 'metrics.snapshotted'")));
    QVERIFY(subject.next());
    QCOMPARE(subject.value(0).toString(), QStringLiteral("2026-01-01..2026-11-30"));
    QVERIFY2(subject.value(1).toString().startsWith(QStringLiteral("334 day")) &&
                 subject.value(1).toString().endsWith(QStringLiteral(" stored, rule overdue,kev")),
             qPrintable(subject.value(1).toString()));
    const QList<MetricSnapshot> stored = MetricSnapshotRepository(db, QStringLiteral("tester"))
                                             .list(QString(), From.date(), To.date())
                                             .value();
    QCOMPARE(stored.size(), qsizetype(30));
    // What was stored is what the engine computes (here the trend of the hand-computed test above).
    const FleetReport computed = m_fleet->report();
    for (qsizetype i = 0; i < stored.size(); ++i)
        QVERIFY2(stored.at(i) == computed.exposure.trend.at(i).figures,
                 qPrintable(stored.at(i).day.toString()));

    // The same day again: nothing new, nothing audited.
    caughtUp = DailySnapshots::catchUp(db, QStringLiteral("tester"), QDate(2026, 12, 1));
    QVERIFY(caughtUp);
    QCOMPARE(caughtUp.value().stored, 0);
    QCOMPARE(auditEvents(), 1);

    // The history changes afterwards (glibc, P5, is deleted): the stored days keep their figures and the
    // trend shows them; two days later only the two new days are stored, from the changed history.
    m_fleet->exec(QStringLiteral("DELETE FROM asset_patches WHERE package = 'glibc'"));
    const FleetReport after = m_fleet->report();
    const auto storedNow = MetricSnapshotRepository(db, QStringLiteral("tester"))
                               .list(QString(), From.date(), To.date())
                               .value();
    const auto metrics = FleetMetrics::load(db);
    QVERIFY(metrics);
    const FleetReport withSnapshots = metrics.value().report(From, To, {}, storedNow);
    QCOMPARE(withSnapshots.exposure.trend.last().figures.openPatches, 3); // P4, P5, P6 as stored
    QVERIFY(withSnapshots.exposure.trend.last().stored);
    QCOMPARE(after.exposure.trend.last().figures.openPatches, 2); // recomputed without P5
    caughtUp = DailySnapshots::catchUp(db, QStringLiteral("tester"), QDate(2026, 12, 3));
    QVERIFY(caughtUp);
    QCOMPARE(caughtUp.value().stored, 2);
    QCOMPARE(caughtUp.value().first, QDate(2026, 12, 1));
    QCOMPARE(caughtUp.value().last, QDate(2026, 12, 2));
    QCOMPARE(auditEvents(), 2);
    QCOMPARE(MetricSnapshotRepository(db, QStringLiteral("tester")).newestDay(QString()).value(),
             QDate(2026, 12, 2));
    QVERIFY(AuditLog(db).verify().value().intact);

    // Years away: at most maxDays are stored, the newest ones.
    caughtUp = DailySnapshots::catchUp(db, QStringLiteral("tester"), QDate(2030, 1, 1), 5);
    QVERIFY(caughtUp);
    QCOMPARE(caughtUp.value().stored, 5);
    QCOMPARE(caughtUp.value().first, QDate(2029, 12, 27));
}

void TestDailySnapshots::dailySnapshotsAreAnAdminsToWrite()
{
    const QSqlDatabase db = m_fleet->connection();
    UserRepository users(db, QStringLiteral("tester"));
    QVERIFY(users.add(QStringLiteral("ann"), Role::Admin));
    QVERIFY(users.add(QStringLiteral("tester"), Role::Auditor));
    const auto refused = DailySnapshots::catchUp(db, QStringLiteral("tester"), QDate(2026, 12, 1));
    QVERIFY(refused);
    QCOMPARE(refused.value().stored, 0);
    QVERIFY2(refused.value().notAllowed.contains(QStringLiteral("tester is auditor")),
             qPrintable(refused.value().notAllowed));
    QVERIFY(!MetricSnapshotRepository(db, QStringLiteral("tester")).newestDay(QString()).value().isValid());
    const auto admin = DailySnapshots::catchUp(db, QStringLiteral("ann"), QDate(2026, 12, 1));
    QVERIFY(admin);
    QCOMPARE(admin.value().stored, 334);
}

void TestDailySnapshots::dailySnapshotsReadAStretchOfDaysAtATime()
{
    // The first catch-up reads the history a stretch of days at a time (each FleetMetrics::load bounded by
    // the stretch's first and last day): what it stores is what a sweep over the whole history gives, on a
    // random history (fixed seed) with patches and scans across the stretches' edges.
    QRandomGenerator random(20261206);
    const QDateTime start = utc(2026, 6, 1);
    const auto moment = [&](int days) {
        const int minutes = random.bounded(4) == 0 ? 0 : random.bounded(24 * 60);
        return start.addDays(days).addSecs(qint64(minutes) * 60).toString(Qt::ISODateWithMs);
    };
    const QList<qint64> assets{m_fleet->web1, m_fleet->db1, m_fleet->app1, m_fleet->new1};
    for (int i = 0; i < 300; ++i) {
        const int detected = random.bounded(200);
        const bool open = random.bounded(4) == 0;
        m_fleet->exec(
            QStringLiteral(
                "INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                "available_version, classification, severity, cves, state, detected_at, resolved_at) VALUES "
                "(%1, 'q%2', 'amd64', '1', '2', 'security', '%3', '%4', '%5', '%6', %7)")
                .arg(assets.at(random.bounded(int(assets.size()))))
                .arg(i)
                .arg(random.bounded(2) ? QStringLiteral("critical") : QStringLiteral("low"),
                     random.bounded(3) == 0 ? QStringLiteral("CVE-2026-1000") : QString(),
                     open ? QStringLiteral("missing") : QStringLiteral("installed"), moment(detected),
                     open ? QStringLiteral("NULL")
                          : QLatin1Char('\'') + moment(detected + random.bounded(30)) + QLatin1Char('\'')));
    }
    for (int i = 0; i < 120; ++i)
        m_fleet->scan(assets.at(random.bounded(int(assets.size()))), moment(random.bounded(220)),
                      random.bounded(5) == 0 ? QStringLiteral("failed") : QStringLiteral("ok"));
    const QSqlDatabase db = m_fleet->connection();
    const QDate today(2027, 1, 20);
    const auto whole = FleetMetrics::load(db);
    QVERIFY(whole);
    const QDate first = whole.value().firstDay();
    const QList<MetricSnapshot> expected = whole.value().days(first, today, MetricScope{}, ComplianceRule{});
    const auto caughtUp =
        DailySnapshots::catchUp(db, QStringLiteral("tester"), today, DailySnapshots::DefaultMaxDays, 7);
    QVERIFY2(caughtUp, qPrintable(caughtUp ? QString() : caughtUp.error().text()));
    QCOMPARE(caughtUp.value().stored, int(expected.size()));
    QCOMPARE(caughtUp.value().first, first);
    const QList<MetricSnapshot> stored =
        MetricSnapshotRepository(db, QStringLiteral("tester")).list(QString(), first, today).value();
    QCOMPARE(stored.size(), expected.size());
    int busyDays = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(stored.at(i) == expected.at(i), qPrintable(expected.at(i).day.toString(Qt::ISODate)));
        busyDays += expected.at(i).openPatches > 0 ? 1 : 0;
    }
    QVERIFY2(busyDays > 150, qPrintable(QString::number(busyDays)));
}

void TestDailySnapshots::dailySnapshotTimerCatchesUpWhenTheDayChanges()
{
    // The timer's worker opens its own connection to the same encrypted file.
    DailySnapshotTimer timer(m_fleet->config(), QStringLiteral("tester"), std::chrono::hours(1));
    QDate today(2026, 12, 1);
    timer.setClock([&today] { return today; });
    QSignalSpy stored(&timer, &DailySnapshotTimer::stored);
    QSignalSpy upToDate(&timer, &DailySnapshotTimer::upToDate);
    QSignalSpy failed(&timer, &DailySnapshotTimer::failed);
    timer.start();
    QVERIFY(timer.isRunning());
    QVERIFY(stored.wait(60000));
    QCOMPARE(stored.at(0).at(0).toInt(), 334);
    QCOMPARE(stored.at(0).at(2).toDate(), QDate(2026, 11, 30));
    // The same day: no new catch-up starts.
    timer.look();
    QVERIFY(!timer.isRunning());
    // The next day: one more day is stored.
    today = QDate(2026, 12, 2);
    timer.look();
    QVERIFY(timer.isRunning());
    QVERIFY(stored.wait(60000));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).at(0).toInt(), 1);
    QCOMPARE(stored.at(1).at(1).toDate(), QDate(2026, 12, 1));
    QVERIFY(upToDate.isEmpty());
    QVERIFY(failed.isEmpty());
}

QTEST_GUILESS_MAIN(TestDailySnapshots)
#include "tst_dailysnapshots.moc"
