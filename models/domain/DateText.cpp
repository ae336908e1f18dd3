#include "DateText.h"

namespace DateText {

QString pattern(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    // A patch history spans years, and "05.11.26" reads as a day in 2026 only by guessing.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString of(const QDate &day)
{
    if (!day.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    return locale.toString(day, pattern(locale));
}

} // namespace DateText
