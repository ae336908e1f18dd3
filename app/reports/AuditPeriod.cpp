#include "AuditPeriod.h"

#include "domain/UtcTime.h"

#include <QTimeZone>

std::optional<QDateTime> AuditPeriod::parse(const QString &text, End end)
{
    const QString trimmed = text.trimmed();
    // QDate's ISO parser also takes the date part of a time: a day is exactly yyyy-MM-dd.
    if (const QDate day = QDate::fromString(trimmed, u"yyyy-MM-dd"); trimmed.size() == 10 && day.isValid())
        return UtcTime::startOfDay(day.addDays(end == End::Finish ? 1 : 0));
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    time = UtcTime::reading(time); // no zone given: UTC, as the trail stores it
    // Times are stored to the millisecond: the millisecond named is included.
    return end == End::Finish ? time.toUTC().addMSecs(1) : time.toUTC();
}
