#include "DisplayFormat.h"

#include "StatusTone.h"

#include "domain/DateText.h"

#include <QLocale>

#include <algorithm>

namespace {

QString timeFormat(const QLocale &locale, bool seconds)
{
    if (locale.language() == QLocale::C)
        return seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    if (!seconds)
        format.remove(QLatin1String(":ss"));
    return format;
}

QString localDateTime(const QDateTime &time, bool seconds)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    return locale.toString(time.toLocalTime(),
                           DateText::pattern(locale) + QLatin1Char(' ') + timeFormat(locale, seconds));
}

} // namespace

QString DisplayFormat::dateTime(const QDateTime &time)
{
    return localDateTime(time, false);
}

QString DisplayFormat::dateTimeSeconds(const QDateTime &time)
{
    return localDateTime(time, true);
}

QString DisplayFormat::date(const QDate &day)
{
    return DateText::of(day);
}

QString DisplayFormat::datePattern()
{
    return DateText::pattern();
}

QString DisplayFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min").arg(minutes);
}

QString DisplayFormat::remaining(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(std::max<qint64>(seconds, 1));
    return duration((seconds + 59) / 60 * 60);
}

QString DisplayFormat::age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return QStringLiteral("—");
    const qint64 days = since.daysTo(now);
    if (days >= 1)
        return tr("%n day(s)", nullptr, int(days));
    return tr("today");
}

QString DisplayFormat::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString DisplayFormat::definitionList(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto &[label, value] : rows) {
        html += QStringLiteral("<tr><td style='color:") + StatusTone::css(StatusTone::Muted) +
                QStringLiteral(";padding-right:12px' valign='top'>") + label.toHtmlEscaped() +
                QStringLiteral("</td><td>") + value + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}
