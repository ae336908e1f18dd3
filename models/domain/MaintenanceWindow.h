#pragma once

#include "Interval.h"
#include "MaintenanceWindowText.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <optional>

// A recurring time, on the clock of one time zone, in which changes may be deployed to a ring or an asset:
// "Sat 22:00-02:00", "Mon-Fri 01:00-05:00", "second Tue of the month +3 days 20:00-23:00" in Europe/Berlin.
// The text's grammar is in MaintenanceWindowText.h. Whether an emergency change may ignore its window is the
// caller's policy; this type only says when the window is open.
//
// The zone is an IANA id of the form Area/Location (Europe/Berlin, America/New_York, Etc/UTC) or "UTC". The
// machine's own zone ("system", "localtime", an empty id) is refused, and so are legacy names without a
// slash (CET, EST5EDT), so that a stored window means the same instants on every console.
//
// An occurrence opens on each day the recurrence names, at the start time, and closes at the end time of that
// day, or of the next day when the end is at or before the start. It is defined by the wall clock, so its
// length in real time changes on the nights the clocks change; every local time means the first instant at
// which the zone's clock reaches it (WallClock.h):
//   - a start or end in a spring-forward gap is the end of the gap: "Sun 02:30-05:00" on Berlin's
//     28 March 2027 opens at 03:00 CEST; "Sun 01:00-04:00" lasts 2 h that night;
//   - a start or end in a repeated hour is its first pass: "Sun 02:30-03:30" on 31 October 2027 opens at
//     02:30 CEST and closes at 03:30 CET (2 h); "Sun 01:00-02:30" closes at 02:30 CEST and does not reopen
//     when the clock shows 02:00-02:30 again in CET — the window never grows into the repeated hour;
//   - an occurrence lying wholly in a gap ("Sun 02:10-02:50" that night) does not open at all.
// Occurrences never overlap (each lasts at most 24 h of wall clock and starts on a different day); adjacent
// ones ("Sat,Sun 00:00-24:00") are two occurrences, and a step must fit in one.
//
// Every query takes a QDateTime in any zone and compares instants; intervals come back in UTC. The work is
// bounded: nextOpening() looks at most about 400 days ahead.
class MaintenanceWindow
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceWindow)

public:
    static constexpr int lookAheadDays = 400;

    static Result<MaintenanceWindow> parse(const QString &text, const QString &timeZoneId);

    // The canonical text, which parse() reads back to an equal window: "Mon-Fri 01:00-05:00".
    QString text() const { return m_text.text(); }
    QString timeZoneId() const { return m_timeZoneId; }
    const MaintenanceWindowText &parts() const { return m_text; }

    // The occurrence open at `at` (start inclusive, end exclusive), if any.
    std::optional<Interval> occurrenceContaining(const QDateTime &at) const;

    // The first occurrence that ends after `after`: the open one when the window is open, else the next to
    // open. An Error only for an invalid `after` or when none opens within lookAheadDays.
    Result<Interval> nextOpening(const QDateTime &after) const;

    // Whether a step expected to take `expectedDuration` may start at `at`: the window is open and the step
    // ends by the window's end. A step that would run past the end is not started.
    bool mayStart(const QDateTime &at, std::chrono::seconds expectedDuration) const;

    friend bool operator==(const MaintenanceWindow &a, const MaintenanceWindow &b)
    {
        return a.m_text == b.m_text && a.m_timeZoneId == b.m_timeZoneId;
    }
    friend bool operator!=(const MaintenanceWindow &a, const MaintenanceWindow &b) { return !(a == b); }

private:
    MaintenanceWindow(MaintenanceWindowText text, QTimeZone zone, QString timeZoneId);

    static Result<QTimeZone> zoneOf(const QString &timeZoneId);
    // The occurrence that opens on local date `day`, if the recurrence names it and it is not empty.
    std::optional<Interval> occurrenceOpeningOn(QDate day) const;

    MaintenanceWindowText m_text;
    QTimeZone m_zone;
    QString m_timeZoneId;
};
