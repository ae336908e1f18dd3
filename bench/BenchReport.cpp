#include "BenchReport.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace BenchReport {

QJsonObject ratios(const QJsonObject &a, const QJsonObject &b)
{
    QJsonObject result;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QJsonValue other = b.value(it.key());
        if (it->isObject() && other.isObject()) {
            const QJsonObject nested = ratios(it->toObject(), other.toObject());
            if (!nested.isEmpty())
                result.insert(it.key(), nested);
        } else if (it->isDouble() && other.isDouble() && other.toDouble() != 0.0) {
            result.insert(it.key(), it->toDouble() / other.toDouble());
        }
    }
    return result;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value.toDouble();
}

QString number(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString grouped(double value)
{
    QLocale locale(QLocale::English);
    return locale.toString(qint64(value + 0.5));
}

QString ratioText(const QJsonObject &ratio, const QStringList &path)
{
    QJsonValue value = ratio;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value.isDouble() ? number(value.toDouble(), 2) + QLatin1Char('x') : QStringLiteral("-");
}

QString row(const QString &label, const QString &measured, const QString &baseline, const QString &ratio)
{
    return label.leftJustified(40) + measured.rightJustified(18) + baseline.rightJustified(18) +
           ratio.rightJustified(12) + QLatin1Char('\n');
}

} // namespace BenchReport
