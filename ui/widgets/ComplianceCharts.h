#pragma once

#include "reports/ComplianceDrillDown.h"

#include <QWidget>

class QAbstractSeries;
class QChart;
class QChartView;

// The Compliance pane's six charts over one FleetReport: compliance over time, open patches by severity
// over time (stacked; counts or shares of the fleet), SLA status by severity, mean time to patch by
// severity, the exposure trend, and the most exposed assets. Days sit on a real time axis. Hovering shows
// the exact values; a click on a point, bar or area asks for the rows behind it (drillDown). Colours follow
// the widget's palette (light or dark). A new report's charts are built one per turn of the event loop (at
// 100,000 assets the six took 18-30 ms together, and the report landing then held the GUI thread 52 ms);
// built() says when the last one is.
class ComplianceCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ComplianceCharts(QWidget *parent = nullptr);

    // Returns the report it replaces, for the caller to free where it costs nothing (100,000 standings).
    // The charts follow in the next turns of the event loop.
    FleetReport setReport(FleetReport report);
    bool isBuilding() const { return m_nextChart < ChartCount; }
    void setShowShares(bool shares);
    bool showsShares() const { return m_shares; }

    // The x value of a day on the time axes (its 12:00 UTC), and back.
    static qreal xOf(const QDate &day);
    static QDate dayAt(qreal x);

signals:
    void drillDown(const DrillDownRequest &request);
    void built(); // every chart shows the report last set

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *newView(const QString &name);
    std::unique_ptr<QChart> newChart(const QString &title) const;
    void show(QChartView *view, std::unique_ptr<QChart> chart);
    void rebuildSoon();
    void buildNext(); // one chart, then the next one in the next turn of the event loop
    void buildCompliance();
    void buildSeverity();
    void buildSla();
    void buildTimeToPatch();
    void buildExposure();
    void buildTopAssets();
    void attachTimeAxis(QChart *chart, const QList<QAbstractSeries *> &series, int ticks = 5) const;
    void styleAxes(QChart *chart) const;
    QDate clampDay(const QDate &day) const;
    const TrendPoint *pointOf(const QDate &day) const;
    void tip(const QString &text);

    static constexpr int ChartCount = 6;
    FleetReport m_report;
    bool m_hasReport = false;
    int m_nextChart = ChartCount; // the chart buildNext() builds; ChartCount when all show the report
    bool m_nextPosted = false;
    bool m_shares = false;
    QList<AssetStanding> m_top;
    QStringList m_ttpBands;
    QChartView *m_complianceView = nullptr;
    QChartView *m_severityView = nullptr;
    QChartView *m_slaView = nullptr;
    QChartView *m_ttpView = nullptr;
    QChartView *m_exposureView = nullptr;
    QChartView *m_topView = nullptr;
};
