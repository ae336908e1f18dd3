#include "ComplianceCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

std::unique_ptr<QChart> newChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace

ComplianceCharts::ComplianceCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("complianceCharts"));
    m_statusView = new QChartView(this);
    m_statusView->setObjectName(QStringLiteral("complianceStatusChart"));
    m_statusView->setRenderHint(QPainter::Antialiasing);
    m_historyView = new QChartView(this);
    m_historyView->setObjectName(QStringLiteral("complianceHistoryChart"));
    m_historyView->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusView, 2);
    layout->addWidget(m_historyView, 3);
    setMinimumHeight(240);
    setMaximumHeight(300);
}

void ComplianceCharts::setStatus(int compliant, int nonCompliant, int unscanned)
{
    auto chart = newChart(tr("Assets by status"));
    auto *series = new QPieSeries(chart.get());
    series->setHoleSize(0.45);
    const auto addSlice = [series](const QString &label, int value, const QColor &color) {
        if (value == 0)
            return;
        QPieSlice *slice = series->append(QStringLiteral("%1 (%2)").arg(label).arg(value), value);
        slice->setColor(color);
        slice->setBorderColor(Qt::white);
    };
    addSlice(tr("Compliant"), compliant, QColor(0x2e, 0x9d, 0x4f));
    addSlice(tr("Non-compliant"), nonCompliant, QColor(0xd0, 0x3b, 0x30));
    addSlice(tr("Not scanned"), unscanned, QColor(0xa0, 0xa0, 0xa0));
    chart->addSeries(series);
    QChart *old = m_statusView->chart();
    m_statusView->setChart(chart.release());
    delete old; // QChartView does not own a chart it is given away from
}

void ComplianceCharts::setHistory(const QList<CompliancePoint> &points)
{
    auto chart = newChart(tr("Pending updates per day (last 90 days)"));
    auto *security = new QBarSet(tr("Security"));
    security->setColor(QColor(0xd0, 0x3b, 0x30));
    auto *other = new QBarSet(tr("Other"));
    other->setColor(QColor(0x7a, 0x9c, 0xc6));
    QStringList days;
    int maximum = 0;
    for (const CompliancePoint &point : points) {
        security->append(point.securityPending);
        other->append(point.pending - point.securityPending);
        days.append(point.at.date().toString(QStringLiteral("MM-dd")));
        maximum = std::max(maximum, point.pending);
    }
    auto *series = new QStackedBarSeries(chart.get());
    series->append(security);
    series->append(other);
    series->setBarWidth(points.size() < 4 ? 0.3 : 0.8);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart.get());
    axisX->append(days.isEmpty() ? QStringList{tr("no scans yet")} : days);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis(chart.get());
    axisY->setRange(0, std::max(10, maximum + maximum / 10));
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart *old = m_historyView->chart();
    m_historyView->setChart(chart.release());
    delete old;
}
