#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

// A small chart painted with QPainter, for printed reports (app/ has no Qt Charts): lines or stacked bars
// over a real time axis (days; a gap in the data is a gap on the axis, not a squeezed category), or grouped
// bars over named categories. Vector drawing, so it stays sharp in a PDF at any zoom.
class ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)

public:
    enum class Kind
    {
        Lines,       // one line per series over days
        StackedBars, // one bar per day, the series stacked
        Bars         // categories side by side, one bar per series in each
    };
    struct Series
    {
        QString name;
        QColor color;
        QList<QDate> days;    // Lines, StackedBars
        QList<double> values; // one per day (or per category for Bars); NaN: no value
    };

    ReportChart(QString title, QString unit, Kind kind);

    void setPeriod(const QDate &first, const QDate &last); // the time axis, both days included
    void setCategories(const QStringList &categories);     // Bars
    void setMaximum(double maximum);                       // a fixed top (100 for percentages)
    void addSeries(Series series);

    const QString &title() const { return m_title; }
    bool isEmpty() const;

    // Paints into `rect` (the painter's units); text sizes follow `rect`'s height.
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    double top() const;
    double xOf(const QDate &day, const QRectF &plot) const;
    void paintAxes(QPainter *painter, const QRectF &plot, double top, double unit) const;
    void paintTimeTicks(QPainter *painter, const QRectF &plot, double unit) const;
    void paintLegend(QPainter *painter, const QRectF &area, double unit) const;

    QString m_title;
    QString m_unit;
    Kind m_kind;
    QDate m_first;
    QDate m_last;
    QStringList m_categories;
    double m_maximum = 0;
    QList<Series> m_series;
};
