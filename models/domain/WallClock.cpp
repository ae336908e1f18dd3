#include "WallClock.h"

#include "UtcTime.h"

#include <algorithm>

namespace WallClock {

namespace {

constexpr qint64 secondsPerDay = 86400;
constexpr qint64 julianDayOf1970 = 2440588;

// Every offset in use lies within ±18 h, so before `local - 2 days` the wall clock is certainly behind it.
constexpr qint64 searchFrom = 2 * secondsPerDay;
// How many offset changes the search walks through; real zones change at most twice in that span.
constexpr int maxSegments = 12;

QDateTime instant(qint64 secondsSinceEpoch)
{
    return UtcTime::fromSecs(secondsSinceEpoch);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The next instant after `t` at which the zone's offset may change; empty when it never does. Zones without
// transition data (UTC, fixed offsets) keep one offset: MaintenanceWindow refuses any other such zone.
std::optional<qint64> nextChangeAfter(const QTimeZone &zone, qint64 t)
{
    if (!zone.hasTransitions())
        return std::nullopt;
    const QTimeZone::OffsetData next = zone.nextTransition(instant(t));
    if (!next.atUtc.isValid())
        return std::nullopt;
    return next.atUtc.toSecsSinceEpoch();
}

} // namespace

qint64 localSeconds(QDate date, int secondsOfDay)
{
    return (date.toJulianDay() - julianDayOf1970) * secondsPerDay + secondsOfDay;
}

QDate localDate(const QTimeZone &zone, const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const qint64 local = at.toSecsSinceEpoch() + zone.offsetFromUtc(at);
    return QDate::fromJulianDay(julianDayOf1970 + floorDiv(local, secondsPerDay));
}

std::optional<QDateTime> firstInstantReaching(const QTimeZone &zone, qint64 local)
{
    // Walk the spans of constant offset from well before `local`. Within a span the wall clock is
    // `t + offset`, rising with t, so its first instant at or past `local` is max(span start, local -
    // offset); if that lies beyond the span, the clock never got there in it. A span whose very start is
    // already past `local` begins right after a gap: its start is the end of the gap.
    qint64 spanStart = local - searchFrom;
    for (int i = 0; i < maxSegments; ++i) {
        const int offset = zone.offsetFromUtc(instant(spanStart));
        const qint64 candidate = std::max(spanStart, local - offset);
        const std::optional<qint64> spanEnd = nextChangeAfter(zone, spanStart);
        if (!spanEnd || candidate < *spanEnd)
            return instant(candidate);
        spanStart = *spanEnd;
    }
    return std::nullopt;
}

} // namespace WallClock
