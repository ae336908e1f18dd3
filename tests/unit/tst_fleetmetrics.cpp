// FleetMetrics on a small history seeded by hand: every figure checked against a value computed by hand in
// the comments. SLA policy: the defaults (critical 15 days, high 30, medium 90, low 180; a KEV CVE's CISA due
// date when sooner). Risk score (RiskPolicy): severity points x threat x exposure x criticality, capped at
// 100; every asset is internal (x1.0); no CVE has a CVSS score, so the vendor's rating gives the points
// (critical 90, important 70, moderate 50, low 25) and the band (critical, high, medium, low).
//
// The period is November 2026: [2026-11-01, 2026-12-01) UTC, so its end is 2026-12-01T00:00Z and its last
// day, the one due dates are compared with, is 2026-11-30.
//
// Assets (created 2026-01-01 unless said):
//   web1  ring canary, criticality high (x1.15),     apt
//   db1   ring prod,   criticality critical (x1.3),  dnf
//   app1  ring prod,   criticality medium (x1.0),    apt
//   new1  ring prod,   criticality medium, never scanned, no platform, created 2026-11-20
// Tags and OS ids (for the tag and OS filters): web1 "web,dmz" ubuntu; db1 "db" rhel; app1 "internal, web"
// (a blank after the comma) debian; new1 no tag, Debian.
//
// Patches:
//   P1 web1 openssl important  detected 11-02 00:00  installed 11-03 00:00  (24 h)
//   P2 db1  kernel  important  detected 11-05 00:00  installed 11-08 00:00  (72 h)
//   P3 web1 curl    critical   detected 10-25 00:00  installed 11-04 12:00  (252 h; before the period, KEV
//                               CVE-2026-1000 due 11-20; its own SLA due 10-25 + 15 = 11-09 is sooner)
//   P4 app1 bash    moderate   detected 10-01 00:00  installed 12-03 00:00  (after the period: open at its
//                               end; due 10-01 + 90 = 12-30; score 50)
//   P5 db1  glibc   critical   detected 11-01 06:00  missing  (due 11-16: overdue 14 days on 11-30;
//                               score 90 x 1.3 = 117 -> 100)
//   P6 app1 sudo    low        detected 11-10 00:00  missing  (KEV CVE-2026-2000 due 12-15, sooner than
//                               11-10 + 180; score 25 x 1.4 = 35)
//   P7 web1 zlib    important  detected 11-29 00:00  superseded 11-29 12:00  (not installed: no time to
//                               patch; not open at the end)
#include "../support/TestDatabase.h"

#include "itemmodels/ListTableModel.h"
#include "reports/ComplianceDrillDown.h"
#include "reports/ComplianceRuleSetting.h"
#include "reports/ComplianceSeries.h"
#include "reports/DailySnapshots.h"
#include "reports/DailySnapshotTimer.h"
#include "reports/DrillDownTableModel.h"
#include "reports/FleetMetrics.h"
#include "reports/FleetReportJson.h"
#include "storage/AuditLog.h"
#include "storage/MetricSnapshotRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

const QDateTime From = utc(2026, 11, 1);
const QDateTime To = utc(2026, 12, 1);

} // namespace

class TestFleetMetrics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void timeToPatchBySeverityKevAndPlatform();
    void slaComplianceAtThePeriodsEnd();
    void deploymentSuccessFirstTryAndAfterRetry();
    void exposureAndItsDailyTrend();
    void visibilityGaps();
    void scopeKeepsOnlyTheRingsAssets();
    void complianceRuleIsAValue();
    void emptyFleetReportsNotAvailable();
    void snapshotsReplaceAPeriodAuditedAndFeedTheTrend();
    void jsonHasStableKeys();
    void openPatchesBySeverityAtTheEndAndPerDay();
    void assetStandingsMostExposedFirst();
    void tagAndOsFiltersKeepTheirAssets();
    void securityUpdateRuleCountsAnyOpenSecurityUpdate();
    void drillDownRowsAddUpToTheFigures();
    void drillDownTablesSayWhatTheyShow();
    void drillDownModelUpdatesInPlace();
    void chartSeriesPickTheEnginesFigures();
    void complianceRuleIsStoredAuditedAndAdminOnly();
    void daysSweepAgreesWithEachDayOnARandomHistory();
    void dailySnapshotsStoreEachFinishedDayOnce();
    void dailySnapshotsAreAnAdminsToWrite();
    void dailySnapshotsReadAStretchOfDaysAtATime();
    void dailySnapshotTimerCatchesUpWhenTheDayChanges();

private:
    void exec(const QString &sql) const;
    qint64 id(const QString &sql) const;
    qint64 asset(const QString &name, const QString &ring, const QString &criticality,
                 const QString &platform,
                 const QString &created = QStringLiteral("2026-01-01T00:00:00.000Z"));
    void patch(qint64 assetId, const QString &package, const QString &severity, const QString &cves,
               const QString &state, const QString &detected, const QString &resolved);
    void scan(qint64 assetId, const QString &finished, const QString &status);
    void deployment(qint64 change, qint64 assetId, const QString &ring, const QString &kind,
                    const QString &state, const QString &finished);
    FleetReport report(const MetricScope &scope = {}, const ComplianceRule &rule = {}) const;

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_web1 = 0;
    qint64 m_db1 = 0;
    qint64 m_app1 = 0;
    qint64 m_new1 = 0;
};

void TestFleetMetrics::exec(const QString &sql) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(sql))
        qFatal("%s failed", qPrintable(sql));
}

qint64 TestFleetMetrics::id(const QString &sql) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s failed", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 TestFleetMetrics::asset(const QString &name, const QString &ring, const QString &criticality,
                               const QString &platform, const QString &created)
{
    exec(
        QStringLiteral("INSERT INTO assets (name, transport, ring, criticality, package_manager, created_at) "
                       "VALUES ('%1', 'ssh', '%2', '%3', '%4', '%5')")
            .arg(name, ring, criticality, platform, created));
    return id(QStringLiteral("SELECT id FROM assets WHERE name = '%1'").arg(name));
}

void TestFleetMetrics::patch(qint64 assetId, const QString &package, const QString &severity,
                             const QString &cves, const QString &state, const QString &detected,
                             const QString &resolved)
{
    exec(QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                        "available_version, classification, severity, cves, state, detected_at, resolved_at) "
                        "VALUES (%1, '%2', 'amd64', '1', '2', 'security', '%3', '%4', '%5', '%6', %7)")
             .arg(assetId)
             .arg(package, severity, cves, state, detected,
                  resolved.isEmpty() ? QStringLiteral("NULL")
                                     : QLatin1Char('\'') + resolved + QLatin1Char('\'')));
}

void TestFleetMetrics::scan(qint64 assetId, const QString &finished, const QString &status)
{
    exec(QStringLiteral(
             "INSERT INTO scans (asset_id, started_at, finished_at, status) VALUES (%1, '%2', '%2', "
             "'%3')")
             .arg(assetId)
             .arg(finished, status));
}

void TestFleetMetrics::deployment(qint64 change, qint64 assetId, const QString &ring, const QString &kind,
                                  const QString &state, const QString &finished)
{
    exec(QStringLiteral("INSERT INTO deployment_runs (change_request_id, kind, state, rings, created_by, "
                        "created_at) VALUES (%1, '%2', 'succeeded', '', 'tester', '%3')")
             .arg(change)
             .arg(kind, finished));
    const qint64 run = id(QStringLiteral("SELECT max(id) FROM deployment_runs"));
    exec(QStringLiteral("INSERT INTO deployments (change_request_id, asset_id, ring, state, started_at, "
                        "finished_at, run_id) VALUES (%1, %2, '%3', '%4', '%5', '%5', %6)")
             .arg(change)
             .arg(assetId)
             .arg(ring, state, finished)
             .arg(run));
}

void TestFleetMetrics::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_web1 = asset(QStringLiteral("web1"), QStringLiteral("canary"), QStringLiteral("high"),
                   QStringLiteral("apt"));
    m_db1 = asset(QStringLiteral("db1"), QStringLiteral("prod"), QStringLiteral("critical"),
                  QStringLiteral("dnf"));
    m_app1 = asset(QStringLiteral("app1"), QStringLiteral("prod"), QStringLiteral("medium"),
                   QStringLiteral("apt"));
    m_new1 = asset(QStringLiteral("new1"), QStringLiteral("prod"), QStringLiteral("medium"), QString(),
                   QStringLiteral("2026-11-20T00:00:00.000Z"));

    exec(QStringLiteral("UPDATE assets SET tags = 'web,dmz', os_id = 'ubuntu' WHERE name = 'web1'"));
    exec(QStringLiteral("UPDATE assets SET tags = 'db', os_id = 'rhel' WHERE name = 'db1'"));
    exec(QStringLiteral("UPDATE assets SET tags = 'internal, web', os_id = 'debian' WHERE name = 'app1'"));
    exec(QStringLiteral("UPDATE assets SET os_id = 'Debian' WHERE name = 'new1'"));

    exec(QStringLiteral(
        "INSERT INTO vulnerabilities (cve_id, kev, kev_due_date, updated_at) VALUES "
        "('CVE-2026-1000', 1, '2026-11-20', 'now'), ('CVE-2026-2000', 1, '2026-12-15', 'now'), "
        "('CVE-2026-3000', 0, NULL, 'now')"));
    const QString missing = QStringLiteral("missing");
    const QString installed = QStringLiteral("installed");
    patch(m_web1, QStringLiteral("openssl"), QStringLiteral("important"), QString(), installed,
          QStringLiteral("2026-11-02T00:00:00.000Z"), QStringLiteral("2026-11-03T00:00:00.000Z"));
    patch(m_db1, QStringLiteral("kernel"), QStringLiteral("important"), QStringLiteral("CVE-2026-3000"),
          installed, QStringLiteral("2026-11-05T00:00:00.000Z"), QStringLiteral("2026-11-08T00:00:00.000Z"));
    patch(m_web1, QStringLiteral("curl"), QStringLiteral("critical"), QStringLiteral("CVE-2026-1000"),
          installed, QStringLiteral("2026-10-25T00:00:00.000Z"), QStringLiteral("2026-11-04T12:00:00.000Z"));
    patch(m_app1, QStringLiteral("bash"), QStringLiteral("moderate"), QString(), installed,
          QStringLiteral("2026-10-01T00:00:00.000Z"), QStringLiteral("2026-12-03T00:00:00.000Z"));
    patch(m_db1, QStringLiteral("glibc"), QStringLiteral("critical"), QString(), missing,
          QStringLiteral("2026-11-01T06:00:00.000Z"), QString());
    patch(m_app1, QStringLiteral("sudo"), QStringLiteral("low"), QStringLiteral("CVE-2026-2000"), missing,
          QStringLiteral("2026-11-10T00:00:00.000Z"), QString());
    patch(m_web1, QStringLiteral("zlib"), QStringLiteral("important"), QString(),
          QStringLiteral("superseded"), QStringLiteral("2026-11-29T00:00:00.000Z"),
          QStringLiteral("2026-11-29T12:00:00.000Z"));

    // Scans: web1 fresh; db1's last good scan is stale (11-20 is before 11-24) and its last one failed (the
    // good one on 12-02 is after the period); app1 failed, then scanned fine; new1 never.
    scan(m_web1, QStringLiteral("2026-11-28T00:00:00.000Z"), QStringLiteral("ok"));
    scan(m_db1, QStringLiteral("2026-11-20T00:00:00.000Z"), QStringLiteral("ok"));
    scan(m_db1, QStringLiteral("2026-11-29T00:00:00.000Z"), QStringLiteral("failed"));
    scan(m_db1, QStringLiteral("2026-12-02T00:00:00.000Z"), QStringLiteral("ok"));
    scan(m_app1, QStringLiteral("2026-11-21T00:00:00.000Z"), QStringLiteral("failed"));
    scan(m_app1, QStringLiteral("2026-11-25T00:00:00.000Z"), QStringLiteral("ok"));

    // Deployments: change 1 fails on web1 and is retried successfully, succeeds on db1 at once, fails twice
    // on app1, and is rolled back on db1 (a rollback deployment); change 2 ends rolled-back on app1 on the
    // spot; change 3 ran on web1 before the period and on app1 after it (neither counts).
    for (int i = 1; i <= 3; ++i)
        exec(QStringLiteral("INSERT INTO change_requests (title, state, requested_by, created_at) VALUES "
                            "('c%1', 'approved', 'ann', '2026-10-01T00:00:00.000Z')")
                 .arg(i));
    const qint64 c1 = id(QStringLiteral("SELECT id FROM change_requests WHERE title = 'c1'"));
    const qint64 c2 = id(QStringLiteral("SELECT id FROM change_requests WHERE title = 'c2'"));
    const qint64 c3 = id(QStringLiteral("SELECT id FROM change_requests WHERE title = 'c3'"));
    const QString deploy = QStringLiteral("deploy");
    const QString canary = QStringLiteral("canary");
    const QString prod = QStringLiteral("prod");
    deployment(c3, m_web1, canary, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-10-20T00:00:00.000Z"));
    deployment(c1, m_web1, canary, deploy, QStringLiteral("failed"),
               QStringLiteral("2026-11-02T10:00:00.000Z"));
    deployment(c1, m_db1, prod, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-11-02T11:00:00.000Z"));
    deployment(c1, m_web1, canary, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-11-03T10:00:00.000Z"));
    deployment(c1, m_app1, prod, deploy, QStringLiteral("failed"),
               QStringLiteral("2026-11-05T10:00:00.000Z"));
    deployment(c1, m_app1, prod, deploy, QStringLiteral("failed"),
               QStringLiteral("2026-11-06T10:00:00.000Z"));
    deployment(c2, m_app1, prod, deploy, QStringLiteral("rolled-back"),
               QStringLiteral("2026-11-10T10:00:00.000Z"));
    deployment(c1, m_db1, prod, QStringLiteral("rollback"), QStringLiteral("rolled-back"),
               QStringLiteral("2026-11-12T10:00:00.000Z"));
    deployment(c3, m_app1, prod, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-12-02T00:00:00.000Z"));
}

void TestFleetMetrics::cleanup()
{
    m_db.reset();
}

FleetReport TestFleetMetrics::report(const MetricScope &scope, const ComplianceRule &rule) const
{
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    if (!metrics)
        qFatal("%s", qPrintable(metrics.error().text()));
    return metrics.value().report(From, To, scope, {}, rule);
}

void TestFleetMetrics::timeToPatchBySeverityKevAndPlatform()
{
    const TimeToPatch ttp = report().timeToPatch;
    // Installed in the period: P1 24 h, P2 72 h, P3 252 h (detected before the period). P4 is installed after
    // it, P7 was superseded: neither counts. All: count 3, mean (24 + 72 + 252) / 3 = 116 h, median 72 h.
    QCOMPARE(ttp.all.count, 3);
    QCOMPARE(*ttp.all.meanHours, 116.0);
    QCOMPARE(*ttp.all.medianHours, 72.0);
    // High (important): P1, P2: mean (24 + 72) / 2 = 48 h, median 48 h. Critical: P3 252 h.
    QCOMPARE(ttp.bySeverity.size(), std::size_t(2));
    QCOMPARE(ttp.bySeverity.at(QStringLiteral("high")).count, 2);
    QCOMPARE(*ttp.bySeverity.at(QStringLiteral("high")).meanHours, 48.0);
    QCOMPARE(*ttp.bySeverity.at(QStringLiteral("high")).medianHours, 48.0);
    QCOMPARE(*ttp.bySeverity.at(QStringLiteral("critical")).meanHours, 252.0);
    // KEV: P3 only (P2's CVE-2026-3000 is not in the catalog): 252 h.
    QCOMPARE(ttp.kev.count, 1);
    QCOMPARE(*ttp.kev.medianHours, 252.0);
    // apt (web1): P1, P3: mean (24 + 252) / 2 = 138 h, median 138 h; dnf (db1): P2 72 h.
    QCOMPARE(ttp.byPlatform.at(QStringLiteral("apt")).count, 2);
    QCOMPARE(*ttp.byPlatform.at(QStringLiteral("apt")).meanHours, 138.0);
    QCOMPARE(*ttp.byPlatform.at(QStringLiteral("apt")).medianHours, 138.0);
    QCOMPARE(*ttp.byPlatform.at(QStringLiteral("dnf")).meanHours, 72.0);
}

void TestFleetMetrics::slaComplianceAtThePeriodsEnd()
{
    const SlaCompliance sla = report().sla;
    // Open on 12-01 00:00: P4 (installed only on 12-03), P5, P6 = 3. Overdue on 11-30: P5 (due 11-16, by
    // 14 days). Within SLA: (3 - 1) / 3 = 66.7 %.
    QCOMPARE(sla.missing, 3);
    QCOMPARE(sla.withinSla, 2);
    QCOMPARE(qRound(*sla.withinSlaPercent() * 10), 667);
    QCOMPARE(sla.overdue.size(), 1);
    QCOMPARE(sla.overdue.at(0).asset, QStringLiteral("db1"));
    QCOMPARE(sla.overdue.at(0).package, QStringLiteral("glibc"));
    QCOMPARE(sla.overdue.at(0).due, QDate(2026, 11, 16));
    QCOMPARE(sla.overdue.at(0).daysOverdue, 14);
    // Assets: web1, db1, app1, new1 (created 11-20) = 4. db1 has an overdue item, app1 a KEV item (P6):
    // compliant web1 and new1: 2 / 4 = 50 %.
    QCOMPARE(sla.assets, 4);
    QCOMPARE(sla.compliantAssets, 2);
    QCOMPARE(*sla.compliantPercent(), 50.0);
}

void TestFleetMetrics::deploymentSuccessFirstTryAndAfterRetry()
{
    const DeploymentSuccess d = report().deployments;
    // Pairs with a deploy finished in November: (c1, web1) failed then succeeded, (c1, db1) succeeded,
    // (c1, app1) failed twice, (c2, app1) rolled back = 4. First try 1 / 4 = 25 %; after retry 2 / 4 = 50 %.
    QCOMPARE(d.all.deployed, 4);
    QCOMPARE(d.all.firstTry, 1);
    QCOMPARE(d.all.afterRetry, 2);
    QCOMPARE(*d.all.firstTryPercent(), 25.0);
    QCOMPARE(*d.all.afterRetryPercent(), 50.0);
    // apt (web1, app1): 3 pairs, first try 0 / 3 = 0 %, after retry 1 / 3; dnf (db1): 1 / 1 both.
    QCOMPARE(d.byPlatform.at(QStringLiteral("apt")).deployed, 3);
    QCOMPARE(*d.byPlatform.at(QStringLiteral("apt")).firstTryPercent(), 0.0);
    QCOMPARE(d.byPlatform.at(QStringLiteral("apt")).afterRetry, 1);
    QCOMPARE(*d.byPlatform.at(QStringLiteral("dnf")).afterRetryPercent(), 100.0);
    // canary: (c1, web1): first 0 %, after retry 100 %; prod: 3 pairs, 1 first try, 1 after retry.
    QCOMPARE(*d.byRing.at(QStringLiteral("canary")).firstTryPercent(), 0.0);
    QCOMPARE(*d.byRing.at(QStringLiteral("canary")).afterRetryPercent(), 100.0);
    QCOMPARE(d.byRing.at(QStringLiteral("prod")).deployed, 3);
    QCOMPARE(d.byRing.at(QStringLiteral("prod")).firstTry, 1);
    QCOMPARE(d.byRing.at(QStringLiteral("prod")).afterRetry, 1);
    // Rollbacks: the rollback deployment on db1, and change 2's deploy rolled back on app1.
    QCOMPARE(d.rollbackDeployments, 1);
    QCOMPARE(d.deploysRolledBack, 1);
}

void TestFleetMetrics::exposureAndItsDailyTrend()
{
    const ExposureFigures exposure = report().exposure;
    // At the end: P4 50 + P5 100 + P6 35 = 185; KEV CVEs open: CVE-2026-2000 (P6) = 1.
    QCOMPARE(exposure.openRiskScore, 185.0);
    QCOMPARE(exposure.openKevCves, 1);
    QCOMPARE(exposure.openPatches, 3);
    QCOMPARE(exposure.trend.size(), 30);
    QCOMPARE(exposure.trend.first().figures.day, QDate(2026, 11, 1));
    QCOMPARE(exposure.trend.last().figures.day, QDate(2026, 11, 30));
    QVERIFY(!exposure.trend.first().stored);
    // End of 11-02 (11-03 00:00): P1 (resolved exactly then: not yet), P3, P4, P5 open.
    // P1 70 x 1.15 = 80.5; P3 90 x 1.4 (KEV) x 1.15 = 144.9 -> 100; P4 50; P5 100: 330.5. KEV: CVE-2026-1000.
    // Overdue: none (P3 due 11-09, P5 11-16). Assets 3 (new1 not yet); web1 has a KEV item: 2 compliant.
    const MetricSnapshot &day2 = exposure.trend.at(1).figures;
    QCOMPARE(day2.day, QDate(2026, 11, 2));
    QCOMPARE(day2.openPatches, 4);
    QCOMPARE(day2.openRiskScore, 330.5);
    QCOMPARE(day2.openKevCves, 1);
    QCOMPARE(day2.overduePatches, 0);
    QCOMPARE(day2.assets, 3);
    QCOMPARE(day2.compliantAssets, 2);
    // P5 is due 11-16: not overdue at the end of 11-16, overdue (1 day) at the end of 11-17.
    QCOMPARE(exposure.trend.at(15).figures.overduePatches, 0);
    QCOMPARE(exposure.trend.at(16).figures.overduePatches, 1);
    // End of 11-15: P4, P5, P6 open (P1-P3 installed): 185, KEV CVE-2026-2000.
    QCOMPARE(exposure.trend.at(14).figures.openRiskScore, 185.0);
    QCOMPARE(exposure.trend.at(14).figures.openKevCves, 1);
}

void TestFleetMetrics::visibilityGaps()
{
    const VisibilityGaps gaps = report().visibility;
    // No good scan in [11-24, 12-01): db1 (last good 11-20; 12-02 is after the period) and new1 (never).
    QCOMPARE(gaps.staleDays, 7);
    QCOMPARE(gaps.notScanned.size(), 2);
    QCOMPARE(gaps.notScanned.at(0).asset, QStringLiteral("db1"));
    QCOMPARE(gaps.notScanned.at(0).lastStatus, QStringLiteral("failed"));
    QCOMPARE(gaps.notScanned.at(1).asset, QStringLiteral("new1"));
    QVERIFY(!gaps.notScanned.at(1).lastScan.isValid());
    // Last scan before the end failed: db1 (11-29). app1's failure was followed by a good scan.
    QCOMPARE(gaps.lastScanFailed.size(), 1);
    QCOMPARE(gaps.lastScanFailed.at(0).asset, QStringLiteral("db1"));
    QCOMPARE(gaps.lastScanFailed.at(0).lastScan, utc(2026, 11, 29));
}

void TestFleetMetrics::scopeKeepsOnlyTheRingsAssets()
{
    MetricScope prod;
    prod.ring = QStringLiteral("prod");
    QCOMPARE(prod.key(), QStringLiteral("ring=prod"));
    const FleetReport r = report(prod);
    // prod: db1, app1, new1. Time to patch: P2 only (72 h). Compliant: new1 only, 1 / 3.
    QCOMPARE(r.timeToPatch.all.count, 1);
    QCOMPARE(*r.timeToPatch.all.meanHours, 72.0);
    QCOMPARE(r.sla.assets, 3);
    QCOMPARE(r.sla.compliantAssets, 1);
    QCOMPARE(r.deployments.all.deployed, 3);
    QCOMPARE(r.visibility.notScanned.size(), 2);
}

void TestFleetMetrics::complianceRuleIsAValue()
{
    // Counting only overdue items: app1's KEV item no longer matters; db1 is still overdue: 3 of 4.
    ComplianceRule rule;
    rule.noKevItems = false;
    QCOMPARE(report({}, rule).sla.compliantAssets, 3);
    rule.noOverdueItems = false;
    QCOMPARE(report({}, rule).sla.compliantAssets, 4);
}

void TestFleetMetrics::emptyFleetReportsNotAvailable()
{
    TestDatabase empty;
    const auto metrics = FleetMetrics::load(empty->connection());
    QVERIFY2(metrics, qPrintable(metrics.error().text()));
    const FleetReport r = metrics.value().report(From, To, {});
    QCOMPARE(r.timeToPatch.all.count, 0);
    QVERIFY(!r.timeToPatch.all.meanHours);
    QVERIFY(!r.timeToPatch.all.medianHours);
    QVERIFY(!r.sla.withinSlaPercent());
    QVERIFY(!r.sla.compliantPercent());
    QVERIFY(!r.deployments.all.firstTryPercent());
    QCOMPARE(r.exposure.openRiskScore, 0.0);
    QCOMPARE(r.exposure.trend.size(), 30);
    const QJsonObject json = FleetReportJson::toJson(r);
    QVERIFY(
        json.value(QStringLiteral("sla")).toObject().value(QStringLiteral("within_sla_percent")).isNull());
    bool sawNotAvailable = false;
    for (const QVariantList &row : FleetReportJson::toRows(r)) {
        if (row.at(0).toString() == QLatin1String("sla.compliant_assets_percent"))
            sawNotAvailable = row.at(2).toString() == QLatin1String("n/a");
    }
    QVERIFY(sawNotAvailable);
}

void TestFleetMetrics::snapshotsReplaceAPeriodAuditedAndFeedTheTrend()
{
    const QSqlDatabase db = (*m_db)->connection();
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

void TestFleetMetrics::jsonHasStableKeys()
{
    const QJsonObject json = FleetReportJson::toJson(report());
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01T00:00:00.000Z"));
    const QJsonObject ttp = json.value(QStringLiteral("time_to_patch")).toObject();
    QCOMPARE(ttp.value(QStringLiteral("by_severity"))
                 .toObject()
                 .value(QStringLiteral("high"))
                 .toObject()
                 .value(QStringLiteral("median_hours"))
                 .toDouble(),
             48.0);
    const QJsonObject sla = json.value(QStringLiteral("sla")).toObject();
    QCOMPARE(sla.value(QStringLiteral("within_sla_percent")).toDouble(), 66.7);
    QCOMPARE(sla.value(QStringLiteral("overdue"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("days_overdue"))
                 .toInt(),
             14);
    QCOMPARE(
        json.value(QStringLiteral("exposure")).toObject().value(QStringLiteral("trend")).toArray().size(),
        30);
    QCOMPARE(json.value(QStringLiteral("deployments"))
                 .toObject()
                 .value(QStringLiteral("rollback_deployments"))
                 .toInt(),
             1);
}

void TestFleetMetrics::openPatchesBySeverityAtTheEndAndPerDay()
{
    const FleetReport r = report();
    // Open at the end: P4 moderate -> medium, P5 critical, P6 low (its KEV CVE changes its due date, not its
    // band): critical 1, high 0, medium 1, low 1, none 0 = 3 = sla.missing. Overdue: P5 only, critical.
    QCOMPARE(r.sla.openBySeverity.critical, 1);
    QCOMPARE(r.sla.openBySeverity.high, 0);
    QCOMPARE(r.sla.openBySeverity.medium, 1);
    QCOMPARE(r.sla.openBySeverity.low, 1);
    QCOMPARE(r.sla.openBySeverity.none, 0);
    QCOMPARE(r.sla.openBySeverity.total(), r.sla.missing);
    QCOMPARE(r.sla.overdueBySeverity.critical, 1);
    QCOMPARE(r.sla.overdueBySeverity.total(), 1);
    QCOMPARE(r.sla.overdue.at(0).severity, QStringLiteral("critical"));
    // Counted only (the Compliance pane's report): the same counts, no list.
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    QVERIFY(metrics);
    const FleetReport counted =
        metrics.value().report(From, To, {}, {}, {}, 7, FleetMetrics::OverdueItems::Counted);
    QVERIFY(counted.sla.overdue.isEmpty());
    QCOMPARE(counted.sla.overdueBySeverity.critical, r.sla.overdueBySeverity.critical);
    QCOMPARE(counted.sla.overdueBySeverity.total(), r.sla.overdueBySeverity.total());
    QCOMPARE(counted.sla.withinSla, r.sla.withinSla);
    QCOMPARE(counted.assets.size(), r.assets.size());
    // End of 11-02: P1 important -> high, P3 critical, P4 medium, P5 critical: critical 2, high 1, medium 1.
    const MetricSnapshot &day2 = r.exposure.trend.at(1).figures;
    QCOMPARE(day2.openBySeverity.critical, 2);
    QCOMPARE(day2.openBySeverity.high, 1);
    QCOMPARE(day2.openBySeverity.medium, 1);
    QCOMPARE(day2.openBySeverity.low, 0);
    QCOMPARE(day2.openBySeverity.total(), day2.openPatches);
    // Assets by their most severe open patch, end of 11-02: web1 (P1 high, P3 critical) critical, db1 (P5)
    // critical, app1 (P4) medium: critical 2, medium 1; 3 of 3 assets have something open.
    QCOMPARE(day2.assetsByWorstSeverity.critical, 2);
    QCOMPARE(day2.assetsByWorstSeverity.high, 0);
    QCOMPARE(day2.assetsByWorstSeverity.medium, 1);
    QCOMPARE(day2.assetsByWorstSeverity.total(), 3);
    // At the end (last trend day): db1 (P5) critical, app1 (P4 medium, P6 low) medium; web1, new1 nothing.
    const MetricSnapshot &last = r.exposure.trend.last().figures;
    QCOMPARE(last.assetsByWorstSeverity.critical, 1);
    QCOMPARE(last.assetsByWorstSeverity.medium, 1);
    QCOMPARE(last.assetsByWorstSeverity.low, 0);
    QCOMPARE(last.assetsByWorstSeverity.total(), 2);
    // End of 11-29: P7 (important) was detected and superseded the same day: not open. P4, P5, P6 as at the
    // end.
    QCOMPARE(r.exposure.trend.at(28).figures.openBySeverity.high, 0);
    QCOMPARE(r.exposure.trend.at(28).figures.openBySeverity.total(), 3);
    // The JSON names every band.
    const QJsonObject json = FleetReportJson::toJson(r);
    const QJsonObject open =
        json.value(QStringLiteral("sla")).toObject().value(QStringLiteral("open_by_severity")).toObject();
    QCOMPARE(open.value(QStringLiteral("critical")).toInt(), 1);
    QCOMPARE(open.value(QStringLiteral("none")).toInt(), 0);
    QCOMPARE(open.size(), 5);
}

void TestFleetMetrics::assetStandingsMostExposedFirst()
{
    const QList<AssetStanding> assets = report().assets;
    // db1: P5 100 (overdue, no KEV); app1: P4 50 + P6 35 = 85 (KEV CVE-2026-2000); web1 and new1: nothing
    // open, 0 each, by name: new1, web1.
    QCOMPARE(assets.size(), 4);
    QCOMPARE(assets.at(0).name, QStringLiteral("db1"));
    QCOMPARE(assets.at(0).openRiskScore, 100.0);
    QCOMPARE(assets.at(0).openPatches, 1);
    QCOMPARE(assets.at(0).overdueItems, 1);
    QCOMPARE(assets.at(0).openKevCves, 0);
    QCOMPARE(assets.at(0).ring, QStringLiteral("prod"));
    QCOMPARE(assets.at(0).criticality, QStringLiteral("critical"));
    QCOMPARE(assets.at(0).osId, QStringLiteral("rhel"));
    QCOMPARE(assets.at(0).platform, QStringLiteral("dnf"));
    QCOMPARE(assets.at(0).tags, QStringList{QStringLiteral("db")});
    // db1's last scan before 12-01: 11-29, failed (12-02 is after the period).
    QCOMPARE(assets.at(0).lastScan, utc(2026, 11, 29));
    QCOMPARE(assets.at(0).lastScanStatus, QStringLiteral("failed"));
    QVERIFY(!assets.at(0).compliant);
    QCOMPARE(assets.at(1).name, QStringLiteral("app1"));
    QCOMPARE(assets.at(1).openRiskScore, 85.0);
    QCOMPARE(assets.at(1).openPatches, 2);
    QCOMPARE(assets.at(1).overdueItems, 0);
    QCOMPARE(assets.at(1).openKevCves, 1);
    QCOMPARE(assets.at(1).lastScan, utc(2026, 11, 25));
    QCOMPARE(assets.at(1).lastScanStatus, QStringLiteral("ok"));
    QVERIFY(!assets.at(1).compliant);
    QCOMPARE(assets.at(2).name, QStringLiteral("new1"));
    QCOMPARE(assets.at(2).openPatches, 0);
    QVERIFY(!assets.at(2).lastScan.isValid());
    QVERIFY(assets.at(2).lastScanStatus.isEmpty());
    QVERIFY(assets.at(2).compliant);
    QCOMPARE(assets.at(3).name, QStringLiteral("web1"));
    QCOMPARE(assets.at(3).lastScan, utc(2026, 11, 28));
    QVERIFY(assets.at(3).compliant);
    // The standings add up to the fleet's figures: 100 + 85 = 185; 2 compliant.
    QCOMPARE(assets.at(0).openRiskScore + assets.at(1).openRiskScore, report().exposure.openRiskScore);
    // As of the end of 11-02 new1 does not exist yet: 3 standings; web1 leads with P1 80.5 + P3 100 = 180.5.
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    QVERIFY(metrics);
    const QList<AssetStanding> day2 = metrics.value().assetsAt(utc(2026, 11, 3), {});
    QCOMPARE(day2.size(), 3);
    QCOMPARE(day2.at(0).name, QStringLiteral("web1"));
    QCOMPARE(day2.at(0).openRiskScore, 180.5);
    QCOMPARE(day2.at(0).openKevCves, 1);
    QVERIFY(!day2.at(0).compliant);
    const QJsonArray json = FleetReportJson::toJson(report()).value(QStringLiteral("assets")).toArray();
    QCOMPARE(json.size(), 4);
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("open_risk_score")).toDouble(), 85.0);
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("compliant")).toBool(), false);
}

void TestFleetMetrics::tagAndOsFiltersKeepTheirAssets()
{
    // Tag " Web " matches web1 ("web,dmz") and app1 ("internal, web": the blank is ignored), whatever the
    // case.
    MetricScope web;
    web.tag = QStringLiteral(" Web ");
    QCOMPARE(web.key(), QStringLiteral("tag=web"));
    const FleetReport byTag = report(web);
    // web1 compliant, app1 not (KEV item): 1 of 2. Open at the end: app1's P4 50 + P6 35 = 85. Time to patch:
    // web1's P1 24 h and P3 252 h: mean 138 h.
    QCOMPARE(byTag.sla.assets, 2);
    QCOMPARE(byTag.sla.compliantAssets, 1);
    QCOMPARE(byTag.exposure.openRiskScore, 85.0);
    QCOMPARE(byTag.timeToPatch.all.count, 2);
    QCOMPARE(*byTag.timeToPatch.all.meanHours, 138.0);
    QCOMPARE(byTag.assets.size(), 2);
    // OS "debian" matches app1 (debian) and new1 (Debian): 2 assets, new1 compliant; app1's P4 + P6 = 85;
    // nothing installed in the period.
    MetricScope debian;
    debian.osId = QStringLiteral("debian");
    QCOMPARE(debian.key(), QStringLiteral("os=debian"));
    const FleetReport byOs = report(debian);
    QCOMPARE(byOs.sla.assets, 2);
    QCOMPARE(byOs.sla.compliantAssets, 1);
    QCOMPARE(byOs.exposure.openRiskScore, 85.0);
    QCOMPARE(byOs.timeToPatch.all.count, 0);
    QCOMPARE(byOs.assets.at(0).name, QStringLiteral("app1"));
    QCOMPARE(byOs.assets.at(1).name, QStringLiteral("new1"));
    // Both: app1 only, not compliant. A tag nobody has: no asset, shares n/a.
    MetricScope both = web;
    both.osId = QStringLiteral("DEBIAN");
    QCOMPARE(both.key(), QStringLiteral("tag=web;os=debian"));
    QCOMPARE(report(both).sla.assets, 1);
    QCOMPARE(report(both).sla.compliantAssets, 0);
    MetricScope nobody;
    nobody.tag = QStringLiteral("we");
    QCOMPARE(report(nobody).sla.assets, 0);
    QVERIFY(!report(nobody).sla.compliantPercent());
    // The filters offer what the assets have.
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    QVERIFY(metrics);
    QCOMPARE(metrics.value().tags(), (QStringList{QStringLiteral("db"), QStringLiteral("dmz"),
                                                  QStringLiteral("internal"), QStringLiteral("web")}));
    QCOMPARE(metrics.value().osIds(),
             (QStringList{QStringLiteral("debian"), QStringLiteral("rhel"), QStringLiteral("ubuntu")}));
    QCOMPARE(metrics.value().rings(), (QStringList{QStringLiteral("canary"), QStringLiteral("prod")}));
}

void TestFleetMetrics::securityUpdateRuleCountsAnyOpenSecurityUpdate()
{
    // Every seeded patch is a security update. Only "no security update pending": at the end db1 (P5) and
    // app1 (P4, P6) have one open: 2 of 4 compliant.
    ComplianceRule security;
    security.noOverdueItems = false;
    security.noKevItems = false;
    security.noSecurityUpdates = true;
    QCOMPARE(report({}, security).sla.compliantAssets, 2);
    QCOMPARE(report({}, security).rule, security);
    // End of 11-02: web1 (P1, P3), db1 (P5), app1 (P4) all have one open: 0 of 3; by default only web1's
    // KEV item counts: 2 of 3 (as in exposureAndItsDailyTrend).
    QCOMPARE(report({}, security).exposure.trend.at(1).figures.compliantAssets, 0);
    QCOMPARE(report().exposure.trend.at(1).figures.compliantAssets, 2);
    // A bugfix does not count: app1's patches turned into bugfixes leave only db1 non-compliant: 3 of 4.
    exec(
        QStringLiteral("UPDATE asset_patches SET classification = 'bugfix' WHERE asset_id = %1").arg(m_app1));
    QCOMPARE(report({}, security).sla.compliantAssets, 3);
}

void TestFleetMetrics::drillDownRowsAddUpToTheFigures()
{
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    QVERIFY(metrics);
    // Open at the end: P5 (overdue 14 days) first, then by risk score: P4 50, P6 35.
    const QList<OpenItem> open = metrics.value().openItems(To, {});
    QCOMPARE(open.size(), 3);
    QCOMPARE(open.at(0).package, QStringLiteral("glibc"));
    QCOMPARE(open.at(0).daysOverdue, 14);
    QCOMPARE(open.at(0).severity, QStringLiteral("critical"));
    QCOMPARE(open.at(0).riskScore, 100.0);
    QCOMPARE(open.at(1).package, QStringLiteral("bash"));
    QCOMPARE(open.at(1).daysOverdue, 0);
    QCOMPARE(open.at(1).due, QDate(2026, 12, 30));
    QCOMPARE(open.at(2).package, QStringLiteral("sudo"));
    QCOMPARE(open.at(2).kevCves, QStringList{QStringLiteral("CVE-2026-2000")});
    QCOMPARE(open.at(2).due, QDate(2026, 12, 15));
    // Installed in November, slowest first: P3 252 h, P2 72 h, P1 24 h.
    const QList<PatchedItem> patched = metrics.value().patched(From, To, {});
    QCOMPARE(patched.size(), 3);
    QCOMPARE(patched.at(0).package, QStringLiteral("curl"));
    QCOMPARE(patched.at(0).hours, 252.0);
    QVERIFY(patched.at(0).kev);
    QCOMPARE(patched.at(1).package, QStringLiteral("kernel"));
    QCOMPARE(patched.at(1).platform, QStringLiteral("dnf"));
    QCOMPARE(patched.at(2).hours, 24.0);
    QCOMPARE(FleetMetrics::endOfDay(QDate(2026, 11, 30)), To);
}

void TestFleetMetrics::drillDownTablesSayWhatTheyShow()
{
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    QVERIFY(metrics);
    const FleetReport r = metrics.value().report(From, To, {});
    // Default: every asset in scope on 11-30, most exposed first.
    DrillDownTable table = ComplianceDrillDown::build(metrics.value(), r, {});
    QCOMPARE(table.size(), 4);
    QCOMPARE(table.row(0).cells.at(0).toString(), QStringLiteral("db1"));
    QCOMPARE(table.showing, QStringLiteral("all 4 asset(s) in scope on 2026-11-30, most exposed first"));
    // At the period's end the rows are the report's standings, as the engine makes them for that moment.
    const QList<AssetStanding> atEnd = metrics.value().assetsAt(To, {}, {}, r.visibility.staleDays);
    QCOMPARE(table.size(), atEnd.size());
    for (qsizetype i = 0; i < atEnd.size(); ++i) {
        QCOMPARE(table.row(i).key, atEnd.at(i).id);
        QCOMPARE(table.row(i).cells.at(10).toString(),
                 ComplianceDrillDown::visibilityName(atEnd.at(i).visibility));
        QCOMPARE(table.row(i).sortKeys.at(7).toDouble(), atEnd.at(i).openRiskScore);
    }
    // The overdue critical items at the end: P5 only.
    DrillDownRequest overdue;
    overdue.kind = DrillDownRequest::Kind::OpenItems;
    overdue.severity = QStringLiteral("critical");
    overdue.filter = DrillDownRequest::Filter::Overdue;
    table = ComplianceDrillDown::build(metrics.value(), r, overdue);
    QCOMPARE(table.size(), 1);
    QCOMPARE(table.row(0).cells.at(1).toString(), QStringLiteral("glibc"));
    QCOMPARE(table.showing,
             QStringLiteral("the 1 overdue patch(es) with severity critical at the end of 2026-11-30"));
    // Within SLA, any band: P4, P6.
    overdue.severity.clear();
    overdue.filter = DrillDownRequest::Filter::WithinSla;
    QCOMPARE(ComplianceDrillDown::build(metrics.value(), r, overdue).size(), 2);
    // Not compliant at the end of 11-02: web1 (KEV item P3).
    DrillDownRequest day2;
    day2.kind = DrillDownRequest::Kind::NonCompliantAssets;
    day2.day = QDate(2026, 11, 2);
    table = ComplianceDrillDown::build(metrics.value(), r, day2);
    QCOMPARE(table.size(), 1);
    QCOMPARE(table.row(0).key, m_web1);
    QCOMPARE(table.showing, QStringLiteral("the 1 asset(s) not compliant on 2026-11-02"));
    // KEV items at the end of 11-02: P3 on web1.
    DrillDownRequest kev;
    kev.kind = DrillDownRequest::Kind::OpenItems;
    kev.day = QDate(2026, 11, 2);
    kev.filter = DrillDownRequest::Filter::Kev;
    table = ComplianceDrillDown::build(metrics.value(), r, kev);
    QCOMPARE(table.size(), 1);
    QCOMPARE(table.row(0).cells.at(1).toString(), QStringLiteral("curl"));
    // High patches installed in November: P2 72 h, P1 24 h, slowest first.
    DrillDownRequest high;
    high.kind = DrillDownRequest::Kind::Patched;
    high.severity = QStringLiteral("high");
    table = ComplianceDrillDown::build(metrics.value(), r, high);
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.row(0).cells.at(1).toString(), QStringLiteral("kernel"));
    QCOMPARE(table.row(0).sortKeys.at(8).toDouble(), 72.0);
    QCOMPARE(table.showing, QStringLiteral("the 2 patch(es) with severity high installed from 2026-11-01 to "
                                           "2026-11-30, slowest first"));
    // One asset's open patches: app1's P4 and P6.
    DrillDownRequest app1;
    app1.kind = DrillDownRequest::Kind::AssetOpenItems;
    app1.assetId = m_app1;
    app1.assetName = QStringLiteral("app1");
    table = ComplianceDrillDown::build(metrics.value(), r, app1);
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.showing, QStringLiteral("the 2 open patch(es) of app1 at the end of 2026-11-30"));
}

void TestFleetMetrics::drillDownModelUpdatesInPlace()
{
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    QVERIFY(metrics);
    const FleetReport r = metrics.value().report(From, To, {});
    DrillDownTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTable(ComplianceDrillDown::build(metrics.value(), r, {}));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 12);
    QCOMPARE(model.headerData(7, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Risk score"));
    QCOMPARE(model.index(0, 7).data().toString(), QStringLiteral("100.0"));
    QCOMPARE(model.index(0, 7).data(TableRoles::SortRole).toDouble(), 100.0);
    QCOMPARE(model.keyAt(1), m_app1);
    // The same rows again (a reload): nothing changes, nothing is reset.
    model.setTable(ComplianceDrillDown::build(metrics.value(), r, {}));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changed.count(), 0);
    // A comparison made beforehand (on the Compliance worker) against the rows shown is taken as it says...
    const DrillDownTable same = ComplianceDrillDown::build(metrics.value(), r, {});
    DrillDownTableModel::Comparison told = DrillDownTableModel::compare(model.table(), same);
    QVERIFY(told.sameRows);
    QCOMPARE(std::count(told.changed.cbegin(), told.changed.cend(), true), 0);
    told.changed[2] = true; // as if row 2 had changed: announced without the model comparing
    model.setTable(same, told);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    changed.clear();
    // ... one made against other rows is not (rows built apart, the same to the cell): the model compares
    // itself (nothing changed).
    QCOMPARE(model.table().rows, same.rows); // the model shows the rows it was given, not a copy
    const DrillDownTable apart = ComplianceDrillDown::build(metrics.value(), r, {});
    DrillDownTableModel::Comparison stale = DrillDownTableModel::compare(apart, same);
    QVERIFY(stale.sameRows);
    std::fill(stale.changed.begin(), stale.changed.end(), true);
    model.setTable(ComplianceDrillDown::build(metrics.value(), r, {}), stale);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changed.count(), 0);
    // Same rows, one figure changed (app1's last scan now failed): that row changes in place.
    exec(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) VALUES (%1, "
                        "'2026-11-29T00:00:00.000Z', '2026-11-29T00:00:00.000Z', 'failed')")
             .arg(m_app1));
    const auto again = FleetMetrics::load((*m_db)->connection());
    QVERIFY(again);
    model.setTable(ComplianceDrillDown::build(again.value(), again.value().report(From, To, {}), {}));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QVERIFY(model.index(1, 9).data().toString().endsWith(QStringLiteral("failed")));
    // Other rows: a reset.
    DrillDownRequest overdue;
    overdue.kind = DrillDownRequest::Kind::OpenItems;
    overdue.filter = DrillDownRequest::Filter::Overdue;
    model.setTable(ComplianceDrillDown::build(metrics.value(), r, overdue));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 1);
}

void TestFleetMetrics::chartSeriesPickTheEnginesFigures()
{
    const FleetReport r = report();
    // Compliant share per day: 11-02 2 of 3 = 66.7 %; 11-30 2 of 4 = 50 %.
    const QList<DayValue> compliant = ComplianceSeries::compliantPercent(r);
    QCOMPARE(compliant.size(), 30);
    QCOMPARE(compliant.at(1).day, QDate(2026, 11, 2));
    QCOMPARE(qRound(compliant.at(1).value * 10), 667);
    QCOMPARE(compliant.at(29).value, 50.0);
    // Critical open patches on 11-02: 2 (counts); as shares: 2 of 3 assets have a critical worst: 66.7 %.
    QCOMPARE(ComplianceSeries::bySeverity(r, QStringLiteral("critical"), false).at(1).value, 2.0);
    QCOMPARE(qRound(ComplianceSeries::bySeverity(r, QStringLiteral("critical"), true).at(1).value * 10), 667);
    // SLA at the end: critical 0 within, 1 overdue; medium 1 within.
    QCOMPARE(ComplianceSeries::withinSla(r, QStringLiteral("critical")), 0);
    QCOMPARE(ComplianceSeries::overdue(r, QStringLiteral("critical")), 1);
    QCOMPARE(ComplianceSeries::withinSla(r, QStringLiteral("medium")), 1);
    QCOMPARE(ComplianceSeries::openRiskScore(r).at(14).value, 185.0);
    QCOMPARE(ComplianceSeries::openKevCves(r).at(1).value, 1.0);
    // Top exposed: db1, app1 (web1 and new1 have nothing open).
    const QList<AssetStanding> top = ComplianceSeries::topExposed(r, 6);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(1).name, QStringLiteral("app1"));
    QCOMPARE(ComplianceSeries::topExposed(r, 1).size(), 1);
    // A scope with no asset: no share, so no point (a gap), never a division by zero.
    MetricScope nobody;
    nobody.tag = QStringLiteral("none-has-it");
    QVERIFY(ComplianceSeries::compliantPercent(report(nobody)).isEmpty());
    QVERIFY(ComplianceSeries::bySeverity(report(nobody), QStringLiteral("critical"), true).isEmpty());
    QCOMPARE(ComplianceSeries::bySeverity(report(nobody), QStringLiteral("critical"), false).size(), 30);
}

void TestFleetMetrics::complianceRuleIsStoredAuditedAndAdminOnly()
{
    const QSqlDatabase db = (*m_db)->connection();
    // Unset: the default.
    auto rule = ComplianceRuleSetting::load(db);
    QVERIFY(rule);
    QCOMPARE(rule.value(), ComplianceRule{});
    QCOMPARE(ComplianceRuleSetting::describe(rule.value()),
             QStringLiteral("no overdue-SLA item and no missing patch that fixes a KEV CVE"));
    // Text both ways; unknown checks and an empty rule are refused.
    QCOMPARE(ComplianceRuleSetting::toText({true, true, true}), QStringLiteral("overdue,kev,security"));
    QCOMPARE(ComplianceRuleSetting::fromText(QStringLiteral(" Security ")).value(),
             (ComplianceRule{false, false, true}));
    QVERIFY(!ComplianceRuleSetting::fromText(QStringLiteral("overdue,exploited")));
    QVERIFY(ComplianceRuleSetting::fromText(QStringLiteral("overdue,exploited"))
                .error()
                .message.contains(QStringLiteral("exploited")));
    QVERIFY(!ComplianceRuleSetting::fromText(QString()));
    QVERIFY(!ComplianceRuleSetting::save(db, QStringLiteral("tester"), {false, false, false}));

    // The local admin (no users listed: everyone is) stores "any security update pending"; audited.
    QVERIFY(ComplianceRuleSetting::save(db, QStringLiteral("tester"), {false, false, true}));
    rule = ComplianceRuleSetting::load(db);
    QVERIFY(rule);
    QCOMPARE(rule.value(), (ComplianceRule{false, false, true}));
    QCOMPARE(ComplianceRuleSetting::describe(rule.value()), QStringLiteral("no security update pending"));
    auto events = AuditLog(db).list();
    QVERIFY(events);
    QCOMPARE(events.value().at(0).action, QStringLiteral("settings.changed"));
    QCOMPARE(events.value().at(0).subject, QStringLiteral("compliance.rule"));
    QCOMPARE(events.value().at(0).details, QStringLiteral("compliance.rule=security (was overdue,kev)"));
    // By that rule, at the end: db1 and app1 have a security update pending: 2 of 4 (as computed above).
    QCOMPARE(report({}, rule.value()).sla.compliantAssets, 2);

    // An auditor may not change it; nothing is written.
    UserRepository users(db, QStringLiteral("tester"));
    QVERIFY(users.add(QStringLiteral("ann"), Role::Admin));
    QVERIFY(users.add(QStringLiteral("tester"), Role::Auditor));
    const Status refused = ComplianceRuleSetting::save(db, QStringLiteral("tester"), ComplianceRule{});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("tester is auditor")),
             qPrintable(refused.error().message));
    QCOMPARE(ComplianceRuleSetting::load(db).value(), (ComplianceRule{false, false, true}));
    QVERIFY(ComplianceRuleSetting::save(db, QStringLiteral("ann"), ComplianceRule{}));
    QCOMPARE(ComplianceRuleSetting::load(db).value(), ComplianceRule{});
    // A stored rule this version cannot read is an Error that says what to do, never a silent default.
    QVERIFY(SettingsRepository(db).setValue(ComplianceRuleSetting::Key, QStringLiteral("patched")));
    QVERIFY(!ComplianceRuleSetting::load(db));
}

void TestFleetMetrics::daysSweepAgreesWithEachDayOnARandomHistory()
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
    QList<qint64> assets{m_web1, m_db1, m_app1, m_new1};
    for (int i = 0; i < 30; ++i)
        assets << asset(QStringLiteral("r%1").arg(i), rings.at(random.bounded(2)),
                        criticalities.at(random.bounded(3)), QStringLiteral("apt"),
                        moment(random.bounded(120)));
    for (int i = 0; i < 400; ++i) {
        const int detected = random.bounded(120);
        const int state = random.bounded(3); // missing, installed, superseded
        const QString resolved =
            state == 0 ? QStringLiteral("NULL")
                       : QLatin1Char('\'') + moment(detected + random.bounded(40)) + QLatin1Char('\'');
        exec(QStringLiteral(
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
    const auto metrics = FleetMetrics::load((*m_db)->connection());
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

void TestFleetMetrics::dailySnapshotsStoreEachFinishedDayOnce()
{
    const QSqlDatabase db = (*m_db)->connection();
    const auto auditEvents = [&] {
        return id(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'metrics.snapshotted'"));
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
    const FleetReport computed = report();
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
    exec(QStringLiteral("DELETE FROM asset_patches WHERE package = 'glibc'"));
    const FleetReport after = report();
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

void TestFleetMetrics::dailySnapshotsAreAnAdminsToWrite()
{
    const QSqlDatabase db = (*m_db)->connection();
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

void TestFleetMetrics::dailySnapshotsReadAStretchOfDaysAtATime()
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
    const QList<qint64> assets{m_web1, m_db1, m_app1, m_new1};
    for (int i = 0; i < 300; ++i) {
        const int detected = random.bounded(200);
        const bool open = random.bounded(4) == 0;
        exec(QStringLiteral(
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
        scan(assets.at(random.bounded(int(assets.size()))), moment(random.bounded(220)),
             random.bounded(5) == 0 ? QStringLiteral("failed") : QStringLiteral("ok"));
    const QSqlDatabase db = (*m_db)->connection();
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

void TestFleetMetrics::dailySnapshotTimerCatchesUpWhenTheDayChanges()
{
    // The timer's worker opens its own connection to the same encrypted file.
    DailySnapshotTimer timer(m_db->config(), QStringLiteral("tester"), std::chrono::hours(1));
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

QTEST_GUILESS_MAIN(TestFleetMetrics)
#include "tst_fleetmetrics.moc"
