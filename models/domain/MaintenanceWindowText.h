#pragma once

#include "Recurrence.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

// What a maintenance window's text says, before a time zone turns it into instants: the days it opens on and
// its local start and end time. The grammar (case-insensitive; spaces optional around "-", "," and "+"; an en
// dash "–" reads as "-"):
//
//   window      = recurrence time "-" time
//   recurrence  = "daily"
//               | weekdays                                   Sat | Mon,Wed | Mon-Fri | Fri-Mon (wraps)
//               | ordinal weekday "of" ["the"] "month" [ "+" N ("day" | "days") ]      N = 0..27
//               | "day" D "of" ["the"] "month"                                          D = 1..28
//               | "last" "day" "of" ["the"] "month"
//   weekdays    = span { "," span }     span = weekday [ "-" weekday ]
//   weekday     = mon | tue | wed | thu | fri | sat | sun, or the full English name
//   ordinal     = first | second | third | fourth | last
//   time        = H:MM or HH:MM, 00:00..23:59; the end time may also be 24:00 (midnight ending the day)
//
// An end at or before the start ends on the next day ("Sat 22:00-02:00" ends on Sunday); an end equal to the
// start is refused as empty (a whole day is 00:00-24:00), so a window is never longer than 24 h. The
// grammar's words are stored text and never translated; refusals are, and each names the word that is wrong.
class MaintenanceWindowText
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceWindowText)

public:
    static constexpr int maxLength = 120;
    static constexpr int minutesPerDay = 24 * 60;

    static Result<MaintenanceWindowText> parse(const QString &text);

    // The canonical text, which parse() reads back to an equal value: "Mon-Fri 01:00-05:00".
    QString text() const;

    const Recurrence &recurrence() const { return m_recurrence; }
    int startMinute() const { return m_startMinute; } // after local midnight, 0..1439
    int endMinute() const { return m_endMinute; }     // 1..1440; at or before the start: on the next day
    bool crossesMidnight() const { return m_endMinute <= m_startMinute; }

    friend bool operator==(const MaintenanceWindowText &a, const MaintenanceWindowText &b);

private:
    MaintenanceWindowText(Recurrence recurrence, int startMinute, int endMinute);

    Recurrence m_recurrence;
    int m_startMinute = 0;
    int m_endMinute = minutesPerDay;
};
