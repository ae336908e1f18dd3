#include "Recurrence.h"

#include <QStringList>

Recurrence Recurrence::daily()
{
    return Recurrence{};
}

Recurrence Recurrence::weekly(const QList<Qt::DayOfWeek> &days)
{
    Q_ASSERT(!days.isEmpty());
    Recurrence r;
    r.m_weekdays = 0;
    for (const Qt::DayOfWeek day : days)
        r.m_weekdays |= 1u << (int(day) - 1);
    return r;
}

Recurrence Recurrence::nthWeekday(Ordinal ordinal, Qt::DayOfWeek weekday, int offsetDays)
{
    Q_ASSERT(offsetDays >= 0 && offsetDays <= maxOffsetDays);
    Recurrence r;
    r.m_kind = Kind::NthWeekday;
    r.m_ordinal = ordinal;
    r.m_weekday = weekday;
    r.m_offsetDays = offsetDays;
    return r;
}

Recurrence Recurrence::dayOfMonth(int day)
{
    Q_ASSERT(day >= 1 && day <= maxDayOfMonth);
    Recurrence r;
    r.m_kind = Kind::DayOfMonth;
    r.m_day = day;
    return r;
}

Recurrence Recurrence::lastDayOfMonth()
{
    Recurrence r;
    r.m_kind = Kind::LastDayOfMonth;
    return r;
}

bool Recurrence::matches(QDate date) const
{
    if (!date.isValid())
        return false;
    switch (m_kind) {
    case Kind::Weekly:
        return onWeekday(date.dayOfWeek());
    case Kind::NthWeekday: {
        // The offset moves the window, not the rule: find the weekday it was counted from.
        const QDate base = date.addDays(-m_offsetDays);
        if (base.dayOfWeek() != m_weekday)
            return false;
        if (m_ordinal == Ordinal::Last)
            return base.day() + 7 > base.daysInMonth();
        return (base.day() - 1) / 7 == int(m_ordinal);
    }
    case Kind::DayOfMonth:
        return date.day() == m_day;
    case Kind::LastDayOfMonth:
        return date.day() == date.daysInMonth();
    }
    return false;
}

QString Recurrence::weekdayWord(Qt::DayOfWeek day)
{
    static const char *const words[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return QString::fromLatin1(words[int(day) - 1]);
}

QString Recurrence::ordinalWord(Ordinal ordinal)
{
    static const char *const words[] = {"first", "second", "third", "fourth", "last"};
    return QString::fromLatin1(words[int(ordinal)]);
}

QString Recurrence::weekdaysText() const
{
    if (m_weekdays == everyDay)
        return QStringLiteral("daily");
    // Runs of three or more days read as a range (Mon-Fri), shorter ones as a list (Sat,Sun).
    QStringList parts;
    int day = 1;
    while (day <= 7) {
        if (!onWeekday(day)) {
            ++day;
            continue;
        }
        int last = day;
        while (last < 7 && onWeekday(last + 1))
            ++last;
        if (last - day >= 2) {
            parts.append(weekdayWord(Qt::DayOfWeek(day)) + QLatin1Char('-') +
                         weekdayWord(Qt::DayOfWeek(last)));
        } else {
            for (int d = day; d <= last; ++d)
                parts.append(weekdayWord(Qt::DayOfWeek(d)));
        }
        day = last + 1;
    }
    return parts.join(QLatin1Char(','));
}

QString Recurrence::text() const
{
    switch (m_kind) {
    case Kind::Weekly:
        return weekdaysText();
    case Kind::NthWeekday: {
        QString text = ordinalWord(m_ordinal) + QLatin1Char(' ') + weekdayWord(m_weekday) +
                       QStringLiteral(" of the month");
        if (m_offsetDays == 1)
            text += QStringLiteral(" +1 day");
        else if (m_offsetDays > 1)
            text += QStringLiteral(" +%1 days").arg(m_offsetDays);
        return text;
    }
    case Kind::DayOfMonth:
        return QStringLiteral("day %1 of the month").arg(m_day);
    case Kind::LastDayOfMonth:
        return QStringLiteral("last day of the month");
    }
    return {};
}

bool operator==(const Recurrence &a, const Recurrence &b)
{
    return a.m_kind == b.m_kind && a.m_weekdays == b.m_weekdays && a.m_ordinal == b.m_ordinal &&
           a.m_weekday == b.m_weekday && a.m_offsetDays == b.m_offsetDays && a.m_day == b.m_day;
}
