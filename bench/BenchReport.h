#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the benchmarks' reports share: ratios of two result trees, medians, number formatting and the
// four-column table row (figure, measured, baseline, ratio).
namespace BenchReport {

// Every numeric leaf of `a` that `b` also has (and is not 0 there), as a / b, keeping the nesting.
QJsonObject ratios(const QJsonObject &a, const QJsonObject &b);

// Median of the values (0 when empty).
double median(QList<double> values);

// The number at `path` in `object` (0 when there is none).
double at(const QJsonObject &object, const QStringList &path);

// "12.35" (C locale) and "1,234,567" (grouped, rounded).
QString number(double value, int decimals);
QString grouped(double value);

// The ratio at `path` as "1.23x", "-" when there is none.
QString ratioText(const QJsonObject &ratio, const QStringList &path);

// One line of a report table: the label, two measured columns and the ratio.
QString row(const QString &label, const QString &measured, const QString &baseline, const QString &ratio);

} // namespace BenchReport
