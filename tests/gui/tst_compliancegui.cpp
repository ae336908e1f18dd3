// The Compliance pane on a seeded history (November 2026, as in tst_fleetmetrics): the charts show the
// engine's figures for the period and scope chosen, a click on a bar of the SLA chart and on a point of the
// compliance-over-time chart shows exactly the rows behind them (mouse events sent to the chart views'
// viewports at the positions QChart::mapToPosition gives), Back returns to all assets, and the filters change
// what the charts show.
#include "../support/TestDatabase.h"

#include "changes/ChangeNotifier.h"
#include "panes/CompliancePane.h"
#include "reports/ComplianceRuleSetting.h"
#include "reports/DrillDownTableModel.h"
#include "reports/FleetMetricsRun.h"
#include "widgets/ComplianceCharts.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

class TestComplianceGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickingAnOverdueBarShowsThoseItems();
    void clickingADayShowsItsNonCompliantAssets();
    void filtersChangeWhatTheChartsShow();
    void sharesShowTheFleetsAssetsByTheirWorstBand();
    void rowsComeFromTheWorkerAndTheOldHistoryIsFreedThere();
    void aNewReportsChartsAreBuiltOnePerTurnOfTheEventLoop();

private:
    void exec(const QString &sql);
    // The pane on November 2026 (from-to), its report shown.
    void openOnNovember();
    void waitForReport();
    QChartView *view(const char *name) const;
    void click(QChartView *view, const QPointF &value, QAbstractSeries *series);
    QStringList column(int column) const;
    QStackedBarSeries *slaSeries() const;
    QLineSeries *complianceLine() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<CompliancePane> m_pane;
};

void TestComplianceGui::exec(const QString &sql)
{
    QSqlQuery query((*m_db)->connection());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

void TestComplianceGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    const auto asset = [this](const char *name, const char *ring, const char *criticality,
                              const char *platform, const char *tags, const char *os, const char *created) {
        exec(u"INSERT INTO assets (name, transport, ring, criticality, package_manager, tags, os_id, "
             "created_at) VALUES ('%1', 'ssh', '%2', '%3', '%4', '%5', '%6', '%7')"_s.arg(
                 QLatin1String(name), QLatin1String(ring), QLatin1String(criticality),
                 QLatin1String(platform), QLatin1String(tags), QLatin1String(os), QLatin1String(created)));
    };
    const char *jan = "2026-01-01T00:00:00.000Z";
    asset("web1", "canary", "high", "apt", "web,dmz", "ubuntu", jan);
    asset("db1", "prod", "critical", "dnf", "db", "rhel", jan);
    asset("app1", "prod", "medium", "apt", "internal, web", "debian", jan);
    asset("new1", "prod", "medium", "", "", "Debian", "2026-11-20T00:00:00.000Z");
    exec(u"INSERT INTO vulnerabilities (cve_id, kev, kev_due_date, updated_at) VALUES "
         "('CVE-2026-1000', 1, '2026-11-20', 'now'), ('CVE-2026-2000', 1, '2026-12-15', 'now')"_s);
    const auto patch = [this](const char *assetName, const char *package, const char *severity,
                              const char *cves, const char *state, const char *detected,
                              const char *resolved) {
        exec(u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
             "available_version, classification, severity, cves, state, detected_at, resolved_at) SELECT id, "
             "'%1', 'amd64', '1', '2', 'security', '%2', '%3', '%4', '%5', %6 FROM assets WHERE name = '%7'"_s
                 .arg(QLatin1String(package), QLatin1String(severity), QLatin1String(cves),
                      QLatin1String(state), QLatin1String(detected),
                      *resolved ? u"'%1'"_s.arg(QLatin1String(resolved)) : u"NULL"_s,
                      QLatin1String(assetName)));
    };
    // P1..P7 of tst_fleetmetrics: at the end of November P4 (app1, medium), P5 (db1, critical, overdue since
    // 11-16) and P6 (app1, low, KEV) are open.
    patch("web1", "openssl", "important", "", "installed", "2026-11-02T00:00:00.000Z",
          "2026-11-03T00:00:00.000Z");
    patch("db1", "kernel", "important", "", "installed", "2026-11-05T00:00:00.000Z",
          "2026-11-08T00:00:00.000Z");
    patch("web1", "curl", "critical", "CVE-2026-1000", "installed", "2026-10-25T00:00:00.000Z",
          "2026-11-04T12:00:00.000Z");
    patch("app1", "bash", "moderate", "", "installed", "2026-10-01T00:00:00.000Z",
          "2026-12-03T00:00:00.000Z");
    patch("db1", "glibc", "critical", "", "missing", "2026-11-01T06:00:00.000Z", "");
    patch("app1", "sudo", "low", "CVE-2026-2000", "missing", "2026-11-10T00:00:00.000Z", "");
    patch("web1", "zlib", "important", "", "superseded", "2026-11-29T00:00:00.000Z",
          "2026-11-29T12:00:00.000Z");
    m_changes = std::make_unique<ChangeNotifier>();
    m_pane = std::make_unique<CompliancePane>(**m_db, *m_changes);
    m_pane->resize(1024, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestComplianceGui::cleanup()
{
    m_pane.reset();
    m_changes.reset();
    m_db.reset();
}

void TestComplianceGui::waitForReport()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isComputing(), 30000);
    QCoreApplication::processEvents();
}

void TestComplianceGui::openOnNovember()
{
    m_pane->reload();
    auto *period = m_pane->findChild<QComboBox *>(u"compliancePeriod"_s);
    QVERIFY(period);
    period->setCurrentIndex(period->findData(0)); // from - to
    auto *from = m_pane->findChild<QDateEdit *>(u"complianceFrom"_s);
    auto *to = m_pane->findChild<QDateEdit *>(u"complianceTo"_s);
    QVERIFY(from->isVisible() && to->isVisible());
    from->setDate(QDate(2026, 11, 1));
    to->setDate(QDate(2026, 11, 30));
    waitForReport();
    const QString subtitle = m_pane->findChild<QLabel *>(u"complianceSubtitle"_s)->text();
    // 2 of 4 compliant on 11-30 (db1 overdue, app1 KEV), by the default rule, said in words.
    QVERIFY2(subtitle.contains(u"50.0 % of the assets in scope compliant on 2026-11-30 (2 of 4)"_s),
             qPrintable(subtitle));
    QVERIFY2(subtitle.contains(u"no overdue-SLA item and no missing patch that fixes a KEV CVE"_s),
             qPrintable(subtitle));
}

QChartView *TestComplianceGui::view(const char *name) const
{
    auto *found = m_pane->findChild<QChartView *>(QLatin1String(name));
    if (!found)
        qFatal("no chart view %s", name);
    return found;
}

void TestComplianceGui::click(QChartView *chartView, const QPointF &value, QAbstractSeries *series)
{
    QChart *chart = chartView->chart();
    const QPoint at = chartView->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
    QVERIFY2(chartView->viewport()->rect().contains(at), qPrintable(u"%1,%2"_s.arg(at.x()).arg(at.y())));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, at);
}

QStringList TestComplianceGui::column(int column) const
{
    const QAbstractItemModel *model = m_pane->findChild<QTableView *>(u"complianceTable"_s)->model();
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

QStackedBarSeries *TestComplianceGui::slaSeries() const
{
    return qobject_cast<QStackedBarSeries *>(view("complianceSlaChart")->chart()->series().value(0));
}

QLineSeries *TestComplianceGui::complianceLine() const
{
    return qobject_cast<QLineSeries *>(view("complianceTrendChart")->chart()->series().value(0));
}

void TestComplianceGui::clickingAnOverdueBarShowsThoseItems()
{
    openOnNovember();
    // By default the table lists every asset in scope, most exposed first: db1 100, app1 85, new1, web1.
    QCOMPARE(column(0), (QStringList{u"db1"_s, u"app1"_s, u"new1"_s, u"web1"_s}));
    auto *back = m_pane->findChild<QPushButton *>(u"complianceBack"_s);
    QVERIFY(!back->isVisible());

    // SLA chart: per band (critical first) within SLA then overdue, stacked. Critical: 0 within, 1 overdue.
    QStackedBarSeries *series = slaSeries();
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 2);
    QBarSet *within = series->barSets().at(0);
    QBarSet *overdue = series->barSets().at(1);
    QCOMPARE(within->at(0), 0.0);
    QCOMPARE(overdue->at(0), 1.0);
    QCOMPARE(within->at(2), 1.0); // medium: P4
    QCOMPARE(within->at(3), 1.0); // low: P6
    // Click the middle of the critical overdue bar (stacked on 0 within): the overdue critical items.
    click(view("complianceSlaChart"), QPointF(0, 0.5), series);
    QTRY_COMPARE(column(1), QStringList{u"glibc"_s});
    QCOMPARE(column(0), QStringList{u"db1"_s});
    QCOMPARE(column(6), QStringList{u"14"_s}); // days overdue on 11-30
    const QString showing = m_pane->findChild<QLabel *>(u"complianceShowing"_s)->text();
    QVERIFY2(showing.contains(u"the 1 overdue patch(es) with severity critical at the end of 2026-11-30"_s),
             qPrintable(showing));
    QVERIFY(back->isVisible());

    // The medium bar's within-SLA part: bash on app1.
    click(view("complianceSlaChart"), QPointF(2, 0.5), series);
    QTRY_COMPARE(column(1), QStringList{u"bash"_s});

    // Back: every asset again.
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE(column(0), (QStringList{u"db1"_s, u"app1"_s, u"new1"_s, u"web1"_s}));
    QVERIFY(!back->isVisible());
}

void TestComplianceGui::clickingADayShowsItsNonCompliantAssets()
{
    openOnNovember();
    QLineSeries *line = complianceLine();
    QVERIFY(line);
    // One point per day of November, on a time axis: 11-02 is the second, 2 of 3 compliant (new1 not yet
    // created; web1 has its KEV item P3 open).
    QCOMPARE(line->count(), 30);
    QCOMPARE(line->at(1).x(), ComplianceCharts::xOf(QDate(2026, 11, 2)));
    QCOMPARE(qRound(line->at(1).y() * 100), 6667);
    // 11-30: 2 of 4.
    QCOMPARE(line->at(29).y(), 50.0);
    click(view("complianceTrendChart"), line->at(1), line);
    QTRY_COMPARE(column(0), QStringList{u"web1"_s});
    const QString showing = m_pane->findChild<QLabel *>(u"complianceShowing"_s)->text();
    QVERIFY2(showing.contains(u"the 1 asset(s) not compliant on 2026-11-02"_s), qPrintable(showing));
    // 11-30: db1 (overdue) and app1 (KEV), most exposed first.
    click(view("complianceTrendChart"), line->at(29), line);
    QTRY_COMPARE(column(0), (QStringList{u"db1"_s, u"app1"_s}));

    // The exposure chart's risk line, 11-15: P4, P5, P6 open.
    auto *risk = qobject_cast<QLineSeries *>(view("complianceExposureChart")->chart()->series().value(0));
    QVERIFY(risk);
    QCOMPARE(risk->at(14).y(), 185.0);
    click(view("complianceExposureChart"), risk->at(14), risk);
    QTRY_COMPARE(column(1), (QStringList{u"glibc"_s, u"bash"_s, u"sudo"_s}));
}

void TestComplianceGui::filtersChangeWhatTheChartsShow()
{
    openOnNovember();
    // Ring prod: db1, app1, new1; on 11-30 only new1 is compliant: 33.3 %.
    auto *ring = m_pane->findChild<QComboBox *>(u"complianceRing"_s);
    QCOMPARE(ring->findData(u"canary"_s), 1); // the rings the assets have, sorted
    ring->setCurrentIndex(ring->findData(u"prod"_s));
    waitForReport();
    QCOMPARE(qRound(complianceLine()->at(29).y() * 10), 333);
    QCOMPARE(slaSeries()->barSets().at(1)->at(0), 1.0); // db1's glibc still overdue
    QCOMPARE(column(0), (QStringList{u"db1"_s, u"app1"_s, u"new1"_s}));

    // Tag web on the whole fleet: web1 and app1; db1's overdue item leaves the chart; 1 of 2 compliant.
    ring->setCurrentIndex(0);
    auto *tag = m_pane->findChild<QComboBox *>(u"complianceTag"_s);
    tag->setCurrentIndex(tag->findData(u"web"_s));
    waitForReport();
    QCOMPARE(slaSeries()->barSets().at(1)->at(0), 0.0);
    QCOMPARE(slaSeries()->barSets().at(0)->at(2), 1.0);
    QCOMPARE(complianceLine()->at(29).y(), 50.0);
    QCOMPARE(column(0), (QStringList{u"app1"_s, u"web1"_s}));

    // OS debian (app1 and new1, whatever the case) and criticality medium: the same two; one compliant.
    tag->setCurrentIndex(0);
    auto *os = m_pane->findChild<QComboBox *>(u"complianceOs"_s);
    os->setCurrentIndex(os->findData(u"debian"_s));
    auto *criticality = m_pane->findChild<QComboBox *>(u"complianceCriticality"_s);
    criticality->setCurrentIndex(criticality->findData(u"medium"_s));
    waitForReport();
    QCOMPARE(column(0), (QStringList{u"app1"_s, u"new1"_s}));
    QCOMPARE(complianceLine()->at(29).y(), 50.0);
    // Before new1 exists (11-02) the scope is app1 alone, with nothing overdue or KEV: 100 %.
    QCOMPARE(complianceLine()->at(1).y(), 100.0);
    auto *risk = qobject_cast<QLineSeries *>(view("complianceExposureChart")->chart()->series().value(0));
    QCOMPARE(risk->at(29).y(), 85.0); // P4 50 + P6 35
}

void TestComplianceGui::sharesShowTheFleetsAssetsByTheirWorstBand()
{
    openOnNovember();
    const auto critical = [this] {
        for (QAbstractSeries *s : view("complianceSeverityChart")->chart()->series()) {
            if (s->objectName() == u"critical"_s)
                return qobject_cast<QAreaSeries *>(s);
        }
        return static_cast<QAreaSeries *>(nullptr);
    };
    // Counts: 11-02 has two critical open patches (P3, P5) stacked from 0.
    QVERIFY(critical());
    QCOMPARE(critical()->upperSeries()->at(1).y(), 2.0);
    // Shares: two of the three assets have a critical patch as their worst on 11-02: 66.7 %.
    m_pane->findChild<QCheckBox *>(u"complianceShares"_s)->setChecked(true);
    QCOMPARE(qRound(critical()->upperSeries()->at(1).y() * 10), 667);
    // 11-30: db1 of 4 assets: 25 %.
    QCOMPARE(critical()->upperSeries()->at(29).y(), 25.0);
    // Clicking the middle of the critical area on 11-29 (db1 of 4: 25 %) lists that day's critical patches.
    QCOMPARE(critical()->upperSeries()->at(28).y(), 25.0);
    click(view("complianceSeverityChart"), QPointF(ComplianceCharts::xOf(QDate(2026, 11, 29)), 12.5),
          critical());
    QTRY_COMPARE(column(1), QStringList{u"glibc"_s});
}

// The rows the pane shows are those ComplianceDrillDown builds from the same history and report (now built on
// the worker); a reload with nothing written since keeps the history, and after a write a reload's new
// history replaces the old one, which is destroyed on another thread than the GUI thread (the history of
// 100,000 assets takes seconds to free).
void TestComplianceGui::rowsComeFromTheWorkerAndTheOldHistoryIsFreedThere()
{
    openOnNovember();
    auto *run = m_pane->findChild<FleetMetricsRun *>(u"complianceRun"_s);
    QVERIFY(run);
    const auto shownRows = [this] {
        const auto *model = m_pane->findChild<DrillDownTableModel *>();
        return model ? model->table() : DrillDownTable();
    };
    const auto expectRows = [&](const DrillDownRequest &request) {
        const FleetReport &report = run->result().value().report;
        const auto history = FleetMetrics::load((*m_db)->connection(), report.from);
        QVERIFY(history);
        const DrillDownTable expected = ComplianceDrillDown::build(history.value(), report, request);
        const DrillDownTable shown = shownRows();
        QCOMPARE(shown.showing, expected.showing);
        QCOMPARE(shown.headers, expected.headers);
        QCOMPARE(shown.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(shown.row(i).key, expected.row(i).key);
            QCOMPARE(shown.row(i).cells, expected.row(i).cells);
        }
    };
    expectRows({});
    QCOMPARE(shownRows().size(), 4);

    DrillDownRequest overdue;
    overdue.kind = DrillDownRequest::Kind::OpenItems;
    overdue.filter = DrillDownRequest::Filter::Overdue;
    m_pane->showDrillDown(overdue);
    QTRY_COMPARE(column(1), QStringList{u"glibc"_s});
    waitForReport();
    expectRows(overdue);

    struct Releases
    {
        std::atomic<int> onGui{0};
        std::atomic<int> elsewhere{0};
    };
    const auto releases = std::make_shared<Releases>();
    QThread *gui = QThread::currentThread();
    run->setReleaseObserver(
        [releases, gui] { ++(QThread::currentThread() == gui ? releases->onGui : releases->elsewhere); });
    const auto before = std::weak_ptr<const FleetMetrics>(run->result().value().metrics);
    // Nothing written since the history was read: a reload keeps it.
    m_pane->reload();
    QVERIFY(m_pane->isComputing());
    waitForReport();
    QVERIFY(run->result().value().metrics == before.lock());
    QCOMPARE(releases->elsewhere.load() + releases->onGui.load(), 0);
    // A write (audited, as every write): the next reload reads a new history.
    ComplianceRule rule;
    rule.noSecurityUpdates = true;
    QVERIFY(ComplianceRuleSetting::save((*m_db)->connection(), (*m_db)->actor(), rule));
    m_pane->reload();
    waitForReport();
    QVERIFY(run->result().value().metrics != before.lock());
    QTRY_VERIFY(before.expired());
    QTRY_COMPARE(releases->elsewhere.load(), 1);
    QCOMPARE(releases->onGui.load(), 0);
    expectRows(overdue); // the rows asked for last, for the new history
}

void TestComplianceGui::aNewReportsChartsAreBuiltOnePerTurnOfTheEventLoop()
{
    openOnNovember();
    QVERIFY(!m_pane->isComputing());
    auto *charts = m_pane->findChild<ComplianceCharts *>();
    QVERIFY(charts);
    QVERIFY(!charts->isBuilding());
    const QList<QChartView *> views = charts->findChildren<QChartView *>();
    QCOMPARE(views.size(), 6);
    QList<QChart *> before;
    for (QChartView *v : views)
        before.append(v->chart());
    QSignalSpy built(charts, &ComplianceCharts::built);
    charts->setReport(FleetReport{});
    // Nothing built yet: the charts come in the next turns, one each (Qt delivers a posted event posted
    // while it delivers posted events in its next turn, after timers, input and paints).
    QVERIFY(charts->isBuilding());
    const auto replaced = [&] {
        int count = 0;
        for (int i = 0; i < views.size(); ++i)
            count += views.at(i)->chart() != before.at(i) ? 1 : 0;
        return count;
    };
    QCOMPARE(replaced(), 0);
    for (int turn = 1; turn <= 6; ++turn) {
        QCoreApplication::sendPostedEvents(charts, QEvent::MetaCall);
        QCOMPARE(replaced(), turn);
        QCOMPARE(built.size(), turn == 6 ? 1 : 0);
    }
    QVERIFY(!charts->isBuilding());
}

QTEST_MAIN(TestComplianceGui)
#include "tst_compliancegui.moc"
