#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Which days a maintenance window opens on: every day, some weekdays, the Nth (or last) weekday of each month
// moved by 0..27 days, or a fixed day of each month. It names the day a window *starts*; a window that
// crosses midnight ends on the next day.
//
// Days of the month stop at 28 (or "last day") so that every month has the day: a window on the 31st would
// silently skip seven months a year, which is the wrong surprise for a window that gates deployments.
class Recurrence
{
public:
    enum class Ordinal
    {
        First,
        Second,
        Third,
        Fourth,
        Last,
    };

    static constexpr int maxOffsetDays = 27;
    static constexpr int maxDayOfMonth = 28;

    Recurrence() = default; // daily

    static Recurrence daily();
    // Preconditions (checked by MaintenanceWindowText, which is how windows are made): days not empty.
    static Recurrence weekly(const QList<Qt::DayOfWeek> &days);
    // "second Tue of the month +3 days": the Friday after Patch Tuesday. offsetDays is 0..maxOffsetDays.
    static Recurrence nthWeekday(Ordinal ordinal, Qt::DayOfWeek weekday, int offsetDays);
    // day is 1..maxDayOfMonth.
    static Recurrence dayOfMonth(int day);
    static Recurrence lastDayOfMonth();

    bool matches(QDate date) const;

    // The canonical words MaintenanceWindowText reads back: "daily", "Mon-Fri", "Mon,Wed", "second Tue of
    // the month +3 days", "day 15 of the month", "last day of the month". Stored, so never translated.
    QString text() const;

    static QString weekdayWord(Qt::DayOfWeek day);
    static QString ordinalWord(Ordinal ordinal);

    friend bool operator==(const Recurrence &a, const Recurrence &b);
    friend bool operator!=(const Recurrence &a, const Recurrence &b) { return !(a == b); }

private:
    enum class Kind
    {
        Weekly, // daily is every weekday
        NthWeekday,
        DayOfMonth,
        LastDayOfMonth,
    };

    bool onWeekday(int day) const { return (m_weekdays >> (day - 1)) & 1u; }
    QString weekdaysText() const;

    static constexpr unsigned everyDay = 0x7fu;

    Kind m_kind = Kind::Weekly;
    unsigned m_weekdays = everyDay; // Weekly: bit (Qt::DayOfWeek - 1) per day
    Ordinal m_ordinal = Ordinal::First;
    Qt::DayOfWeek m_weekday = Qt::Monday;
    int m_offsetDays = 0;
    int m_day = 1;
};
