// What the Compliance pane shows of FleetMetrics' figures, on the November history of NovemberFleet
// (tests/support/NovemberFleet.h): the drill-down tables behind every figure, their model, and the series
// the charts draw.
#include "../support/NovemberFleet.h"

#include "itemmodels/ListTableModel.h"
#include "reports/ComplianceDrillDown.h"
#include "reports/ComplianceSeries.h"
#include "reports/DrillDownTableModel.h"
#include "reports/FleetMetrics.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using NovemberPeriod::From;
using NovemberPeriod::To;

class TestComplianceDrillDown : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fleet = std::make_unique<NovemberFleet>(); }
    void cleanup() { m_fleet.reset(); }
    void drillDownRowsAddUpToTheFigures();
    void drillDownTablesSayWhatTheyShow();
    void drillDownModelUpdatesInPlace();
    void chartSeriesPickTheEnginesFigures();

private:
    std::unique_ptr<NovemberFleet> m_fleet;
};

void TestComplianceDrillDown::drillDownRowsAddUpToTheFigures()
{
    const auto metrics = FleetMetrics::load(m_fleet->connection());
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

void TestComplianceDrillDown::drillDownTablesSayWhatTheyShow()
{
    const auto metrics = FleetMetrics::load(m_fleet->connection());
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
    QCOMPARE(table.row(0).key, m_fleet->web1);
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
    app1.assetId = m_fleet->app1;
    app1.assetName = QStringLiteral("app1");
    table = ComplianceDrillDown::build(metrics.value(), r, app1);
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.showing, QStringLiteral("the 2 open patch(es) of app1 at the end of 2026-11-30"));
}

void TestComplianceDrillDown::drillDownModelUpdatesInPlace()
{
    const auto metrics = FleetMetrics::load(m_fleet->connection());
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
    QCOMPARE(model.keyAt(1), m_fleet->app1);
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
    m_fleet->exec(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) VALUES (%1, "
                                 "'2026-11-29T00:00:00.000Z', '2026-11-29T00:00:00.000Z', 'failed')")
                      .arg(m_fleet->app1));
    const auto again = FleetMetrics::load(m_fleet->connection());
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

void TestComplianceDrillDown::chartSeriesPickTheEnginesFigures()
{
    const FleetReport r = m_fleet->report();
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
    QVERIFY(ComplianceSeries::compliantPercent(m_fleet->report(nobody)).isEmpty());
    QVERIFY(
        ComplianceSeries::bySeverity(m_fleet->report(nobody), QStringLiteral("critical"), true).isEmpty());
    QCOMPARE(ComplianceSeries::bySeverity(m_fleet->report(nobody), QStringLiteral("critical"), false).size(),
             30);
}

QTEST_GUILESS_MAIN(TestComplianceDrillDown)
#include "tst_compliancedrilldown.moc"
