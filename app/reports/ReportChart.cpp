#include "ReportChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

// A "nice" step (1, 2 or 5 times a power of ten) giving about `ticks` intervals up to `top`.
double niceStep(double top, int ticks)
{
    const double raw = top / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10 * power;
}

QString tickText(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(qint64(std::round(value)))
                                                      : QString::number(value, 'f', 1);
}

const QColor Ink(0x22, 0x22, 0x22);
const QColor Grid(0xd8, 0xd8, 0xd8);

} // namespace

ReportChart::ReportChart(QString title, QString unit, Kind kind)
    : m_title(std::move(title))
    , m_unit(std::move(unit))
    , m_kind(kind)
{
}

void ReportChart::setPeriod(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
}

void ReportChart::setCategories(const QStringList &categories)
{
    m_categories = categories;
}

void ReportChart::setMaximum(double maximum)
{
    m_maximum = maximum;
}

void ReportChart::addSeries(Series series)
{
    m_series.append(std::move(series));
}

bool ReportChart::isEmpty() const
{
    for (const Series &series : m_series) {
        for (const double value : series.values) {
            if (!std::isnan(value))
                return false;
        }
    }
    return true;
}

double ReportChart::top() const
{
    if (m_maximum > 0)
        return m_maximum;
    double top = 0;
    if (m_kind == Kind::StackedBars) {
        const qsizetype points = m_series.isEmpty() ? 0 : m_series.constFirst().values.size();
        for (qsizetype i = 0; i < points; ++i) {
            double sum = 0;
            for (const Series &series : m_series)
                sum += std::isnan(series.values.value(i)) ? 0 : series.values.value(i);
            top = std::max(top, sum);
        }
    } else {
        for (const Series &series : m_series) {
            for (const double value : series.values) {
                if (!std::isnan(value))
                    top = std::max(top, value);
            }
        }
    }
    if (top <= 0)
        return 1;
    const double step = niceStep(top, 4);
    return std::ceil(top / step) * step;
}

double ReportChart::xOf(const QDate &day, const QRectF &plot) const
{
    const qint64 span = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    // A day is the interval [day, day + 1): its point sits in the middle.
    return plot.left() + plot.width() * (double(m_first.daysTo(day)) + 0.5) / double(span);
}

void ReportChart::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double unit = rect.height() / 60.0; // text and margins scale with the chart
    QFont font = painter->font();
    font.setPixelSize(std::max(1, int(std::round(unit * 2.6))));
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());

    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Ink);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), metrics.height() * 1.4);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      m_unit.isEmpty() ? m_title
                                       : m_title + QStringLiteral(" (") + m_unit + QLatin1Char(')'));
    painter->setFont(font);

    const double legendHeight = metrics.height() * 1.6;
    const double left = metrics.horizontalAdvance(QStringLiteral("00000")) + unit;
    const QRectF plot(rect.left() + left, titleRect.bottom() + unit, rect.width() - left - unit,
                      rect.height() - titleRect.height() - legendHeight - metrics.height() * 1.6 - unit);
    const double maximum = top();
    paintAxes(painter, plot, maximum, unit);

    if (isEmpty()) {
        painter->setPen(Ink);
        painter->drawText(plot, Qt::AlignCenter, tr("no data in this period"));
    } else if (m_kind == Kind::Lines) {
        for (const Series &series : m_series) {
            QPainterPath path;
            bool drawing = false;
            for (qsizetype i = 0; i < series.values.size(); ++i) {
                const double value = series.values.at(i);
                if (std::isnan(value)) {
                    drawing = false;
                    continue;
                }
                const QPointF point(xOf(series.days.at(i), plot),
                                    plot.bottom() - plot.height() * std::min(value, maximum) / maximum);
                if (drawing)
                    path.lineTo(point);
                else
                    path.moveTo(point);
                drawing = true;
            }
            painter->setPen(QPen(series.color, unit * 0.45));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(path);
        }
    } else if (m_kind == Kind::StackedBars) {
        const qint64 span = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
        const qsizetype points = m_series.constFirst().days.size();
        // Bars are as wide as the gap to the nearest neighbour allows, so sampled days stay apart.
        double width = plot.width() / double(span);
        for (qsizetype i = 1; i < points; ++i)
            width = std::max(width, (xOf(m_series.constFirst().days.at(i), plot) -
                                     xOf(m_series.constFirst().days.at(i - 1), plot)));
        width *= 0.7;
        painter->setPen(Qt::NoPen);
        for (qsizetype i = 0; i < points; ++i) {
            const double x = xOf(m_series.constFirst().days.at(i), plot);
            double base = 0;
            for (const Series &series : m_series) {
                const double value = std::isnan(series.values.value(i)) ? 0 : series.values.value(i);
                if (value <= 0)
                    continue;
                const double y0 = plot.bottom() - plot.height() * base / maximum;
                const double y1 = plot.bottom() - plot.height() * (base + value) / maximum;
                painter->setBrush(series.color);
                painter->drawRect(QRectF(x - width / 2, y1, width, y0 - y1));
                base += value;
            }
        }
    } else {
        const qsizetype groups = std::max<qsizetype>(1, m_categories.size());
        const double slot = plot.width() / double(groups);
        const double bar = slot * 0.7 / double(std::max<qsizetype>(1, m_series.size()));
        for (qsizetype g = 0; g < m_categories.size(); ++g) {
            const double start = plot.left() + slot * double(g) + slot * 0.15;
            for (qsizetype s = 0; s < m_series.size(); ++s) {
                const double value = m_series.at(s).values.value(g, std::nan(""));
                const QRectF cell(start + bar * double(s), plot.top(), bar, plot.height());
                if (std::isnan(value)) {
                    painter->setPen(Ink);
                    painter->drawText(QRectF(cell.left(), plot.bottom() - metrics.height() * 1.2,
                                             cell.width(), metrics.height()),
                                      Qt::AlignCenter, tr("n/a"));
                    continue;
                }
                const double height = plot.height() * std::min(value, maximum) / maximum;
                painter->setPen(Qt::NoPen);
                painter->setBrush(m_series.at(s).color);
                painter->drawRect(QRectF(cell.left(), plot.bottom() - height, cell.width() * 0.92, height));
            }
        }
    }
    if (m_kind == Kind::Bars) {
        const double slot = plot.width() / double(std::max<qsizetype>(1, m_categories.size()));
        painter->setPen(Ink);
        for (qsizetype g = 0; g < m_categories.size(); ++g)
            painter->drawText(QRectF(plot.left() + slot * double(g), plot.bottom() + unit * 0.5, slot,
                                     metrics.height() * 1.2),
                              Qt::AlignHCenter | Qt::AlignTop, m_categories.at(g));
    }
    paintLegend(painter, QRectF(plot.left(), rect.bottom() - legendHeight, plot.width(), legendHeight), unit);
    painter->restore();
}

void ReportChart::paintAxes(QPainter *painter, const QRectF &plot, double top, double unit) const
{
    const QFontMetricsF metrics(painter->font(), painter->device());
    const double step = niceStep(top, 4);
    for (double value = 0; value <= top + step * 1e-6; value += step) {
        const double y = plot.bottom() - plot.height() * value / top;
        painter->setPen(QPen(value == 0 ? Ink : Grid, unit * (value == 0 ? 0.15 : 0.1)));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(Ink);
        painter->drawText(QRectF(plot.left() - metrics.horizontalAdvance(QStringLiteral("00000")) - unit,
                                 y - metrics.height() / 2, metrics.horizontalAdvance(QStringLiteral("00000")),
                                 metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, tickText(value));
    }
    painter->setPen(QPen(Ink, unit * 0.15));
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    if (m_kind != Kind::Bars)
        paintTimeTicks(painter, plot, unit);
}

void ReportChart::paintTimeTicks(QPainter *painter, const QRectF &plot, double unit) const
{
    if (!m_first.isValid() || !m_last.isValid())
        return;
    const QFontMetricsF metrics(painter->font(), painter->device());
    const qint64 days = m_first.daysTo(m_last) + 1;
    // Ticks on calendar boundaries: months (quarters for long periods), weeks (Mondays) or days.
    QList<QDate> ticks;
    QString format;
    if (days > 62) {
        const int every = days > 800 ? 6 : (days > 400 ? 3 : 1);
        for (QDate day(m_first.year(), m_first.month(), 1); day <= m_last; day = day.addMonths(every)) {
            if (day >= m_first)
                ticks.append(day);
        }
        format = QStringLiteral("yyyy-MM");
    } else if (days > 14) {
        for (QDate day = m_first.addDays((8 - m_first.dayOfWeek()) % 7); day <= m_last; day = day.addDays(7))
            ticks.append(day);
        format = QStringLiteral("MM-dd");
    } else {
        for (QDate day = m_first; day <= m_last; day = day.addDays(1))
            ticks.append(day);
        format = QStringLiteral("MM-dd");
    }
    const qint64 span = std::max<qint64>(1, days);
    for (const QDate &day : std::as_const(ticks)) {
        // A tick marks the start of its day.
        const double x = plot.left() + plot.width() * double(m_first.daysTo(day)) / double(span);
        painter->setPen(QPen(Ink, unit * 0.15));
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + unit * 0.6));
        const QString text = day.toString(format);
        const double width = metrics.horizontalAdvance(text);
        painter->drawText(QRectF(x - width / 2, plot.bottom() + unit * 0.7, width, metrics.height()),
                          Qt::AlignCenter, text);
    }
}

void ReportChart::paintLegend(QPainter *painter, const QRectF &area, double unit) const
{
    const QFontMetricsF metrics(painter->font(), painter->device());
    double x = area.left();
    const double box = metrics.height() * 0.7;
    for (const Series &series : m_series) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(series.color);
        painter->drawRect(QRectF(x, area.center().y() - box / 2, box, box));
        painter->setPen(Ink);
        const double width = metrics.horizontalAdvance(series.name);
        painter->drawText(QRectF(x + box + unit * 0.5, area.top(), width + unit, area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, series.name);
        x += box + width + unit * 3;
    }
}
