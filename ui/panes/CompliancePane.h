#pragma once

#include "ListPane.h"

#include "reports/ComplianceDrillDown.h"
#include "reports/DrillDownTableModel.h"

#include <memory>

class ComplianceCharts;
class FleetMetricsRun;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

// Where the fleet stands against the team's compliance rule, and how that moved: the engine's figures
// (FleetMetrics, computed off the GUI thread by FleetMetricsRun) as charts for a scope (ring, tag, OS,
// criticality) and a period. A click on a chart shows the rows behind that figure in the table below, with
// what they are ("Showing: …") and a way back to all assets. An admin changes the rule (Rule…); it is
// stored in the database for the whole team and audited.
class CompliancePane : public ListPane
{
    Q_OBJECT

public:
    CompliancePane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    ~CompliancePane() override;
    void reload() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // The rows behind a figure (what a click on a chart asks for); the default request lists every asset.
    void showDrillDown(const DrillDownRequest &request);
    bool isComputing() const;

signals:
    void reportShown(); // a computed report is on screen (charts, subtitle, table)

private:
    QWidget *createFilterBar();
    // Asks the worker for the report (and the drill-down rows), or only the rows for the last report.
    void compute(bool reloadHistory, bool drillDownOnly = false);
    void onComputed();
    void showRows(DrillDownTable table, DrillDownTableModel::Comparison comparison);
    void fillChoices(QComboBox *box, const QStringList &values);
    void editRule();
    void periodChanged();

    FleetMetricsRun *m_run = nullptr; // a child
    ComplianceCharts *m_charts = nullptr;
    DrillDownTableModel *m_model = nullptr;
    QComboBox *m_ring = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_os = nullptr;
    QComboBox *m_criticality = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_shares = nullptr;
    QPushButton *m_rule = nullptr;
    QLabel *m_busy = nullptr;
    bool m_awaitingCharts = false; // a report landed, its charts are being built
    QLabel *m_showing = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_gaps = nullptr; // "Visibility gaps: N": drills down to them
    DrillDownRequest m_request;
    bool m_shown = false;
};
