#pragma once

#include "domain/Workflow.h"

#include <QWidget>

class QChart;
class QChartView;

// Two charts side by side: the fleet's compliance status now, and pending updates over time.
class ComplianceCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ComplianceCharts(QWidget *parent = nullptr);

    void setStatus(int compliant, int nonCompliant, int unscanned);
    void setHistory(const QList<CompliancePoint> &points);

private:
    QChartView *m_statusView = nullptr;
    QChartView *m_historyView = nullptr;
};
