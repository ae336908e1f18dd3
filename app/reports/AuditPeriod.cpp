#include "AuditPeriod.h"

#include <QTimeZone>

std::optional<QDateTime> AuditPeriod::parse(const QString &text, End end)
{
    const QString trimmed = text.trimmed();
    // QDate's ISO parser also takes the date part of a time: a day is exactly yyyy-MM-dd.
    if (const QDate day = QDate::fromString(trimmed, u"yyyy-MM-dd"); trimmed.size() == 10 && day.isValid())
        return day.addDays(end == End::Finish ? 1 : 0).startOfDay(QTimeZone::utc());
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc()); // no zone given: UTC, as the trail stores it
    // Times are stored to the millisecond: the millisecond named is included.
    return end == End::Finish ? time.toUTC().addMSecs(1) : time.toUTC();
}
