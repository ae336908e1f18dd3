#include "ComplianceCharts.h"

#include "domain/UtcTime.h"
#include "itemmodels/StatusTone.h"
#include "reports/ComplianceSeries.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

QString dayText(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

double niceMaximum(double maximum, double floor)
{
    return std::max(floor, maximum * 1.1);
}

} // namespace

ComplianceCharts::ComplianceCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("complianceCharts"));
    m_complianceView = newView(QStringLiteral("complianceTrendChart"));
    m_severityView = newView(QStringLiteral("complianceSeverityChart"));
    m_slaView = newView(QStringLiteral("complianceSlaChart"));
    m_ttpView = newView(QStringLiteral("complianceTimeToPatchChart"));
    m_exposureView = newView(QStringLiteral("complianceExposureChart"));
    m_topView = newView(QStringLiteral("complianceTopAssetsChart"));
    // A screen reader names each chart by its title, before the first report too (show() keeps it current).
    for (const auto &[view, title] :
         {std::pair{m_complianceView, tr("Compliant assets (%)")},
          std::pair{m_severityView, tr("Open patches by severity")},
          std::pair{m_slaView, tr("SLA status of open patches")},
          std::pair{m_ttpView, tr("Time to patch by severity (days)")},
          std::pair{m_exposureView, tr("Exposure")}, std::pair{m_topView, tr("Most exposed assets")}})
        view->setAccessibleName(title);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_complianceView, 0, 0);
    layout->addWidget(m_severityView, 0, 1);
    layout->addWidget(m_slaView, 0, 2);
    layout->addWidget(m_exposureView, 1, 0);
    layout->addWidget(m_ttpView, 1, 1);
    layout->addWidget(m_topView, 1, 2);
    for (int column = 0; column < 3; ++column)
        layout->setColumnStretch(column, 1);
}

QChartView *ComplianceCharts::newView(const QString &name)
{
    auto *view = new QChartView(this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 160); // two rows of charts and the table fit in 1024×700
    view->setMouseTracking(true);
    return view;
}

qreal ComplianceCharts::xOf(const QDate &day)
{
    return qreal(UtcTime::at(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QDate ComplianceCharts::dayAt(qreal x)
{
    return UtcTime::fromMSecs(qint64(std::llround(x))).date();
}

std::unique_ptr<QChart> ComplianceCharts::newChart(const QString &title) const
{
    const QPalette p = palette();
    auto chart = std::make_unique<QChart>();
    chart->setTheme(StatusTone::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(p.color(QPalette::WindowText));
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    chart->setBackgroundRoundness(4);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    chart->legend()->setFont(small);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void ComplianceCharts::styleAxes(QChart *chart) const
{
    const QPalette p = palette();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setTitleFont(small);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setTruncateLabels(false); // "Critical", an asset's name, a score: never "..."
    }
}

void ComplianceCharts::show(QChartView *view, std::unique_ptr<QChart> chart)
{
    styleAxes(chart.get());
    QChart *old = view->chart();
    view->setAccessibleName(chart->title()); // a screen reader names the chart by its title
    view->setChart(chart.release());
    delete old; // QChartView does not own a chart it is given away from
}

void ComplianceCharts::attachTimeAxis(QChart *chart, const QList<QAbstractSeries *> &series, int ticks) const
{
    auto *axis = new QDateTimeAxis(chart);
    axis->setFormat(m_report.from.daysTo(m_report.to) > 120 ? QStringLiteral("MMM yy")
                                                            : QStringLiteral("MMM d"));
    axis->setTickCount(ticks);
    const QDate first = m_report.from.date();
    const QDate last = m_report.to.addMSecs(-1).date();
    axis->setRange(UtcTime::fromMSecs(qint64(xOf(first)) - 43'200'000),
                   UtcTime::fromMSecs(qint64(xOf(last)) + 43'200'000));
    chart->addAxis(axis, Qt::AlignBottom);
    for (QAbstractSeries *s : series)
        s->attachAxis(axis);
}

QDate ComplianceCharts::clampDay(const QDate &day) const
{
    const QDate first = m_report.from.date();
    const QDate last = m_report.to.addMSecs(-1).date();
    return std::clamp(day, first, last);
}

const TrendPoint *ComplianceCharts::pointOf(const QDate &day) const
{
    const qint64 index = m_report.from.date().daysTo(day);
    if (index < 0 || index >= m_report.exposure.trend.size())
        return nullptr;
    return &m_report.exposure.trend.at(index);
}

void ComplianceCharts::tip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text, this);
}

FleetReport ComplianceCharts::setReport(FleetReport report)
{
    std::swap(m_report, report);
    m_hasReport = true;
    rebuildSoon();
    return report;
}

void ComplianceCharts::setShowShares(bool shares)
{
    if (m_shares == shares)
        return;
    m_shares = shares;
    if (m_hasReport)
        buildSeverity();
}

void ComplianceCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && m_hasReport)
        rebuildSoon();
}

void ComplianceCharts::rebuildSoon()
{
    m_nextChart = 0; // a build under way starts over with the new report
    if (m_nextPosted)
        return;
    m_nextPosted = true;
    QMetaObject::invokeMethod(this, &ComplianceCharts::buildNext, Qt::QueuedConnection);
}

void ComplianceCharts::buildNext()
{
    m_nextPosted = false;
    switch (m_nextChart++) {
    case 0:
        buildCompliance();
        break;
    case 1:
        buildSeverity();
        break;
    case 2:
        buildSla();
        break;
    case 3:
        buildTimeToPatch();
        break;
    case 4:
        buildExposure();
        break;
    case 5:
        buildTopAssets();
        break;
    default:
        m_nextChart = ChartCount;
        return;
    }
    if (m_nextChart < ChartCount) {
        m_nextPosted = true;
        // Posted events posted while Qt delivers posted events wait for the next turn: timers, input and
        // paints come between two charts.
        QMetaObject::invokeMethod(this, &ComplianceCharts::buildNext, Qt::QueuedConnection);
        return;
    }
    emit built();
}

void ComplianceCharts::buildCompliance()
{
    auto chart = newChart(tr("Compliant assets (%)"));
    chart->legend()->hide();
    // One line per run of days with a share; a day without assets in scope leaves a gap.
    QList<QAbstractSeries *> all;
    QLineSeries *line = nullptr;
    QDate previous;
    for (const DayValue &v : ComplianceSeries::compliantPercent(m_report)) {
        if (!line || previous.daysTo(v.day) != 1) {
            line = new QLineSeries(chart.get());
            line->setName(tr("Compliant"));
            line->setPointsVisible(m_report.exposure.trend.size() <= 92);
            line->setPen(QPen(StatusTone::series(StatusTone::Good, palette()), 2));
            chart->addSeries(line);
            all.append(line);
            connect(line, &QXYSeries::clicked, this, [this](const QPointF &point) {
                DrillDownRequest request;
                request.kind = DrillDownRequest::Kind::NonCompliantAssets;
                request.day = clampDay(dayAt(point.x()));
                emit drillDown(request);
            });
            connect(line, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
                const TrendPoint *p = state ? pointOf(dayAt(point.x())) : nullptr;
                if (!p)
                    return QToolTip::hideText();
                const MetricSnapshot &f = p->figures;
                tip(tr("%1: %2 % compliant (%3 of %4 assets)\nClick for the assets not compliant")
                        .arg(dayText(f.day), number(*percentOf(f.compliantAssets, f.assets)))
                        .arg(f.compliantAssets)
                        .arg(f.assets));
            });
        }
        line->append(xOf(v.day), v.value);
        previous = v.day;
    }
    if (all.isEmpty()) { // nothing in scope: an empty series keeps the axes
        line = new QLineSeries(chart.get());
        chart->addSeries(line);
        all.append(line);
    }
    attachTimeAxis(chart.get(), all);
    auto *axisY = new QValueAxis(chart.get());
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickCount(6);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : all)
        s->attachAxis(axisY);
    show(m_complianceView, std::move(chart));
}

void ComplianceCharts::buildSeverity()
{
    auto chart = newChart(m_shares ? tr("Assets by most severe open patch (% of fleet)")
                                   : tr("Open patches by severity"));
    chart->legend()->setAlignment(Qt::AlignRight); // five bands: room for their names at 200 % too
    QList<QAbstractSeries *> all;
    QHash<QDate, double> below; // the stack so far, per day
    double maximum = 0;
    for (const QString &band : SeverityCounts::bands()) {
        auto *area = new QAreaSeries(chart.get());
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        for (const DayValue &v : ComplianceSeries::bySeverity(m_report, band, m_shares)) {
            const double base = below.value(v.day);
            lower->append(xOf(v.day), base);
            upper->append(xOf(v.day), base + v.value);
            below.insert(v.day, base + v.value);
            maximum = std::max(maximum, base + v.value);
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(ComplianceDrillDown::bandName(band));
        area->setObjectName(band);
        area->setColor(StatusTone::severity(band, palette()));
        area->setBorderColor(StatusTone::severity(band, palette()).darker(120));
        chart->addSeries(area);
        all.append(area);
        const auto bandAt = [this, name = band](const QPointF &point) {
            return std::pair{clampDay(dayAt(point.x())), name};
        };
        connect(area, &QAreaSeries::clicked, this, [this, bandAt](const QPointF &point) {
            DrillDownRequest request;
            request.kind = DrillDownRequest::Kind::OpenItems;
            std::tie(request.day, request.severity) = bandAt(point);
            emit drillDown(request);
        });
        connect(area, &QAreaSeries::hovered, this, [this, bandAt](const QPointF &point, bool state) {
            const auto [day, hoveredBand] = bandAt(point);
            const TrendPoint *p = state ? pointOf(day) : nullptr;
            if (!p)
                return QToolTip::hideText();
            const MetricSnapshot &f = p->figures;
            const int assets = f.assetsByWorstSeverity.of(hoveredBand);
            tip(tr("%1, %2: %n open patch(es); %3 of %4 assets have it as their most severe (%5 %)", nullptr,
                   f.openBySeverity.of(hoveredBand))
                    .arg(dayText(day), ComplianceDrillDown::bandName(hoveredBand))
                    .arg(assets)
                    .arg(f.assets)
                    .arg(number(percentOf(assets, f.assets).value_or(0))));
        });
    }
    attachTimeAxis(chart.get(), all, 3); // narrower than the others: its legend is beside it
    auto *axisY = new QValueAxis(chart.get());
    axisY->setRange(0, m_shares ? 100 : niceMaximum(maximum, 5));
    axisY->setLabelFormat(QStringLiteral("%d"));
    if (!m_shares)
        axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : all)
        s->attachAxis(axisY);
    show(m_severityView, std::move(chart));
}

void ComplianceCharts::buildSla()
{
    auto chart = newChart(tr("SLA status of open patches"));
    auto *within = new QBarSet(tr("Within SLA"), chart.get());
    within->setColor(StatusTone::series(StatusTone::Good, palette()));
    auto *late = new QBarSet(tr("Overdue"), chart.get());
    late->setColor(StatusTone::series(StatusTone::Danger, palette()));
    QStringList categories;
    int maximum = 0;
    for (const QString &band : SeverityCounts::bands()) {
        within->append(ComplianceSeries::withinSla(m_report, band));
        late->append(ComplianceSeries::overdue(m_report, band));
        categories.append(ComplianceDrillDown::bandName(band));
        maximum = std::max(maximum, m_report.sla.openBySeverity.of(band));
    }
    auto *series = new QStackedBarSeries(chart.get());
    series->append(within);
    series->append(late);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    const auto request = [this, late](int index, QBarSet *set) {
        DrillDownRequest r;
        r.kind = DrillDownRequest::Kind::OpenItems;
        r.severity = SeverityCounts::bands().value(index);
        r.filter = set == late ? DrillDownRequest::Filter::Overdue : DrillDownRequest::Filter::WithinSla;
        return r;
    };
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, request](int index, QBarSet *set) { emit drillDown(request(index, set)); });
    connect(series, &QAbstractBarSeries::hovered, this, [this, late](bool state, int index, QBarSet *set) {
        if (!state)
            return QToolTip::hideText();
        const QString band = SeverityCounts::bands().value(index);
        const int open = m_report.sla.openBySeverity.of(band);
        const int value = int(set->at(index));
        tip((set == late ? tr("%1: %2 of %n open patch(es) overdue on %3", nullptr, open)
                         : tr("%1: %2 of %n open patch(es) within their SLA on %3", nullptr, open))
                .arg(ComplianceDrillDown::bandName(band))
                .arg(value)
                .arg(dayText(m_report.to.addMSecs(-1).date())));
    });
    auto *axisX = new QBarCategoryAxis(chart.get());
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis(chart.get());
    axisY->setRange(0, niceMaximum(maximum, 5));
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    show(m_slaView, std::move(chart));
}

void ComplianceCharts::buildTimeToPatch()
{
    auto chart = newChart(tr("Time to patch by severity (days)"));
    auto *mean = new QBarSet(tr("Mean"), chart.get());
    mean->setColor(StatusTone::series(StatusTone::Info, palette()));
    auto *median = new QBarSet(tr("Median"), chart.get());
    median->setColor(StatusTone::series(StatusTone::Info, palette()).lighter(150));
    QStringList categories;
    m_ttpBands.clear();
    double maximum = 0;
    for (const QString &band : SeverityCounts::bands()) {
        const auto found = m_report.timeToPatch.bySeverity.find(band);
        if (found == m_report.timeToPatch.bySeverity.end() || found->second.count == 0)
            continue;
        m_ttpBands.append(band);
        categories.append(ComplianceDrillDown::bandName(band));
        mean->append(found->second.meanHours.value_or(0) / 24.0);
        median->append(found->second.medianHours.value_or(0) / 24.0);
        maximum = std::max(maximum, found->second.meanHours.value_or(0) / 24.0);
        maximum = std::max(maximum, found->second.medianHours.value_or(0) / 24.0);
    }
    auto *series = new QBarSeries(chart.get());
    series->append(mean);
    series->append(median);
    chart->addSeries(series);
    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        DrillDownRequest request;
        request.kind = DrillDownRequest::Kind::Patched;
        request.severity = m_ttpBands.value(index);
        emit drillDown(request);
    });
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
        if (!state || index >= m_ttpBands.size())
            return QToolTip::hideText();
        const DurationStats &stats = m_report.timeToPatch.bySeverity.at(m_ttpBands.at(index));
        tip(tr("%1: %n patch(es) installed; mean %2 h (%3 days), median %4 h (%5 days)", nullptr, stats.count)
                .arg(ComplianceDrillDown::bandName(m_ttpBands.at(index)))
                .arg(number(*stats.meanHours), number(*stats.meanHours / 24.0), number(*stats.medianHours),
                     number(*stats.medianHours / 24.0)));
    });
    auto *axisX = new QBarCategoryAxis(chart.get());
    axisX->append(categories.isEmpty() ? QStringList{tr("nothing installed")} : categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis(chart.get());
    axisY->setRange(0, niceMaximum(maximum, 1));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    show(m_ttpView, std::move(chart));
}

void ComplianceCharts::buildExposure()
{
    auto chart = newChart(tr("Exposure"));
    auto *risk = new QLineSeries(chart.get());
    risk->setName(tr("Open risk score"));
    risk->setPen(QPen(StatusTone::series(StatusTone::Danger, palette()), 2));
    auto *kev = new QLineSeries(chart.get());
    kev->setName(tr("Open KEV CVEs"));
    kev->setPen(QPen(StatusTone::series(StatusTone::Kev, palette()), 2, Qt::DashLine));
    const bool points = m_report.exposure.trend.size() <= 92;
    risk->setPointsVisible(points);
    kev->setPointsVisible(points);
    double maxRisk = 0;
    double maxKev = 0;
    for (const DayValue &v : ComplianceSeries::openRiskScore(m_report)) {
        risk->append(xOf(v.day), v.value);
        maxRisk = std::max(maxRisk, v.value);
    }
    for (const DayValue &v : ComplianceSeries::openKevCves(m_report)) {
        kev->append(xOf(v.day), v.value);
        maxKev = std::max(maxKev, v.value);
    }
    chart->addSeries(risk);
    chart->addSeries(kev);
    const auto click = [this](DrillDownRequest::Filter filter) {
        return [this, filter](const QPointF &point) {
            DrillDownRequest request;
            request.kind = DrillDownRequest::Kind::OpenItems;
            request.day = clampDay(dayAt(point.x()));
            request.filter = filter;
            emit drillDown(request);
        };
    };
    connect(risk, &QXYSeries::clicked, this, click(DrillDownRequest::Filter::All));
    connect(kev, &QXYSeries::clicked, this, click(DrillDownRequest::Filter::Kev));
    const auto hover = [this](const QPointF &point, bool state) {
        const TrendPoint *p = state ? pointOf(dayAt(point.x())) : nullptr;
        if (!p)
            return QToolTip::hideText();
        tip((p->stored
                 ? tr("%1 (stored snapshot): open risk score %2 over %n open patch(es); open KEV CVEs: %3",
                      nullptr, p->figures.openPatches)
                 : tr("%1: open risk score %2 over %n open patch(es); open KEV CVEs: %3", nullptr,
                      p->figures.openPatches))
                .arg(dayText(p->figures.day), number(p->figures.openRiskScore))
                .arg(p->figures.openKevCves));
    };
    connect(risk, &QXYSeries::hovered, this, hover);
    connect(kev, &QXYSeries::hovered, this, hover);
    attachTimeAxis(chart.get(), {risk, kev});
    auto *axisRisk = new QValueAxis(chart.get());
    axisRisk->setRange(0, niceMaximum(maxRisk, 10));
    axisRisk->setLabelFormat(QStringLiteral("%d"));
    axisRisk->applyNiceNumbers();
    chart->addAxis(axisRisk, Qt::AlignLeft);
    risk->attachAxis(axisRisk);
    auto *axisKev = new QValueAxis(chart.get());
    axisKev->setRange(0, niceMaximum(maxKev, 5));
    axisKev->setLabelFormat(QStringLiteral("%d"));
    axisKev->applyNiceNumbers();
    chart->addAxis(axisKev, Qt::AlignRight);
    kev->attachAxis(axisKev);
    show(m_exposureView, std::move(chart));
}

void ComplianceCharts::buildTopAssets()
{
    auto chart = newChart(tr("Most exposed assets"));
    chart->legend()->hide();
    m_top = ComplianceSeries::topExposed(m_report, 6);
    auto *set = new QBarSet(tr("Open risk score"), chart.get());
    set->setColor(StatusTone::series(StatusTone::Danger, palette()));
    QStringList names;
    double maximum = 0;
    // Bottom to top: the most exposed asset is drawn at the top.
    for (auto it = m_top.crbegin(); it != m_top.crend(); ++it) {
        set->append(it->openRiskScore);
        names.append(it->name);
        maximum = std::max(maximum, it->openRiskScore);
    }
    auto *series = new QHorizontalBarSeries(chart.get());
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    const auto assetAt = [this](int index) -> const AssetStanding * {
        const qsizetype i = m_top.size() - 1 - index;
        return i >= 0 && i < m_top.size() ? &m_top.at(i) : nullptr;
    };
    connect(series, &QAbstractBarSeries::clicked, this, [this, assetAt](int index, QBarSet *) {
        const AssetStanding *asset = assetAt(index);
        if (!asset)
            return;
        DrillDownRequest request;
        request.kind = DrillDownRequest::Kind::AssetOpenItems;
        request.assetId = asset->id;
        request.assetName = asset->name;
        emit drillDown(request);
    });
    connect(series, &QAbstractBarSeries::hovered, this, [this, assetAt](bool state, int index, QBarSet *) {
        const AssetStanding *asset = state ? assetAt(index) : nullptr;
        if (!asset)
            return QToolTip::hideText();
        tip(tr("%1: open risk score %2; %n open patch(es), overdue: %3, KEV CVEs: %4", nullptr,
               asset->openPatches)
                .arg(asset->name, number(asset->openRiskScore))
                .arg(asset->overdueItems)
                .arg(asset->openKevCves));
    });
    auto *axisY = new QBarCategoryAxis(chart.get());
    axisY->append(names.isEmpty() ? QStringList{tr("nothing open")} : names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis(chart.get());
    axisX->setRange(0, niceMaximum(maximum, 10));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->applyNiceNumbers();
    axisX->setTickCount(4);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    show(m_topView, std::move(chart));
}
