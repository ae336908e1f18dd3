#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

// A time zone's wall clock read as "local seconds": seconds since 1970-01-01 00:00 *on that clock*, with no
// zone attached, so that local dates and times can be added and compared before they become instants.
//
// Turning a local time into an instant follows one rule: a local time means the first instant at which the
// zone's wall clock reaches it. That rule, unlike QDateTime(date, time, zone) — invalid in a spring-forward
// gap in Qt 6.4, moved forward by the gap's length in 6.7+, and the *later* pass of a repeated hour in 6.4 —
// says the same in every Qt version:
//   - a time in a gap (02:30 when the clocks jump from 02:00 to 03:00) is the end of the gap (03:00);
//   - a time the clock shows twice (02:30 when the clocks go back from 03:00 to 02:00) is its first pass.
namespace WallClock {

qint64 localSeconds(QDate date, int secondsOfDay);

// The date the zone's wall clock shows at `at` (any zone; invalid when `at` is).
QDate localDate(const QTimeZone &zone, const QDateTime &at);

// The first instant (UTC) at which the zone's wall clock shows `local` or later. Empty only for a zone that
// changes its offset more than a dozen times within two days of it, which no real zone does.
std::optional<QDateTime> firstInstantReaching(const QTimeZone &zone, qint64 local);

} // namespace WallClock
