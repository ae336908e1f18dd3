// FleetMetrics' figures on the November history of NovemberFleet (tests/support/NovemberFleet.h), each
// checked against a value computed by hand there or in the comments here; the compliance rule as a value
// and as a stored, audited, admin-only setting.
#include "../support/NovemberFleet.h"

#include "reports/ComplianceRuleSetting.h"
#include "reports/FleetMetrics.h"
#include "reports/FleetReportJson.h"
#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTest>

using NovemberPeriod::From;
using NovemberPeriod::To;
using NovemberPeriod::utc;

class TestFleetMetrics : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fleet = std::make_unique<NovemberFleet>(); }
    void cleanup() { m_fleet.reset(); }
    void timeToPatchBySeverityKevAndPlatform();
    void slaComplianceAtThePeriodsEnd();
    void deploymentSuccessFirstTryAndAfterRetry();
    void exposureAndItsDailyTrend();
    void visibilityGaps();
    void scopeKeepsOnlyTheRingsAssets();
    void complianceRuleIsAValue();
    void emptyFleetReportsNotAvailable();
    void jsonHasStableKeys();
    void openPatchesBySeverityAtTheEndAndPerDay();
    void assetStandingsMostExposedFirst();
    void tagAndOsFiltersKeepTheirAssets();
    void securityUpdateRuleCountsAnyOpenSecurityUpdate();
    void complianceRuleIsStoredAuditedAndAdminOnly();

private:
    std::unique_ptr<NovemberFleet> m_fleet;
};

void TestFleetMetrics::timeToPatchBySeverityKevAndPlatform()
{
    const TimeToPatch ttp = m_fleet->report().timeToPatch;
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
    const SlaCompliance sla = m_fleet->report().sla;
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
    const DeploymentSuccess d = m_fleet->report().deployments;
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
    const ExposureFigures exposure = m_fleet->report().exposure;
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
    const VisibilityGaps gaps = m_fleet->report().visibility;
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
    const FleetReport r = m_fleet->report(prod);
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
    QCOMPARE(m_fleet->report({}, rule).sla.compliantAssets, 3);
    rule.noOverdueItems = false;
    QCOMPARE(m_fleet->report({}, rule).sla.compliantAssets, 4);
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

void TestFleetMetrics::jsonHasStableKeys()
{
    const QJsonObject json = FleetReportJson::toJson(m_fleet->report());
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
    const FleetReport r = m_fleet->report();
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
    const auto metrics = FleetMetrics::load(m_fleet->connection());
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
    const QList<AssetStanding> assets = m_fleet->report().assets;
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
    QCOMPARE(assets.at(0).openRiskScore + assets.at(1).openRiskScore,
             m_fleet->report().exposure.openRiskScore);
    // As of the end of 11-02 new1 does not exist yet: 3 standings; web1 leads with P1 80.5 + P3 100 = 180.5.
    const auto metrics = FleetMetrics::load(m_fleet->connection());
    QVERIFY(metrics);
    const QList<AssetStanding> day2 = metrics.value().assetsAt(utc(2026, 11, 3), {});
    QCOMPARE(day2.size(), 3);
    QCOMPARE(day2.at(0).name, QStringLiteral("web1"));
    QCOMPARE(day2.at(0).openRiskScore, 180.5);
    QCOMPARE(day2.at(0).openKevCves, 1);
    QVERIFY(!day2.at(0).compliant);
    const QJsonArray json =
        FleetReportJson::toJson(m_fleet->report()).value(QStringLiteral("assets")).toArray();
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
    const FleetReport byTag = m_fleet->report(web);
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
    const FleetReport byOs = m_fleet->report(debian);
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
    QCOMPARE(m_fleet->report(both).sla.assets, 1);
    QCOMPARE(m_fleet->report(both).sla.compliantAssets, 0);
    MetricScope nobody;
    nobody.tag = QStringLiteral("we");
    QCOMPARE(m_fleet->report(nobody).sla.assets, 0);
    QVERIFY(!m_fleet->report(nobody).sla.compliantPercent());
    // The filters offer what the assets have.
    const auto metrics = FleetMetrics::load(m_fleet->connection());
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
    QCOMPARE(m_fleet->report({}, security).sla.compliantAssets, 2);
    QCOMPARE(m_fleet->report({}, security).rule, security);
    // End of 11-02: web1 (P1, P3), db1 (P5), app1 (P4) all have one open: 0 of 3; by default only web1's
    // KEV item counts: 2 of 3 (as in exposureAndItsDailyTrend).
    QCOMPARE(m_fleet->report({}, security).exposure.trend.at(1).figures.compliantAssets, 0);
    QCOMPARE(m_fleet->report().exposure.trend.at(1).figures.compliantAssets, 2);
    // A bugfix does not count: app1's patches turned into bugfixes leave only db1 non-compliant: 3 of 4.
    m_fleet->exec(QStringLiteral("UPDATE asset_patches SET classification = 'bugfix' WHERE asset_id = %1")
                      .arg(m_fleet->app1));
    QCOMPARE(m_fleet->report({}, security).sla.compliantAssets, 3);
}

void TestFleetMetrics::complianceRuleIsStoredAuditedAndAdminOnly()
{
    const QSqlDatabase db = m_fleet->connection();
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
    QCOMPARE(m_fleet->report({}, rule.value()).sla.compliantAssets, 2);

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

QTEST_GUILESS_MAIN(TestFleetMetrics)
#include "tst_fleetmetrics.moc"
