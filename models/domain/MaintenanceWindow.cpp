#include "MaintenanceWindow.h"

#include "PlainText.h"
#include "UtcTime.h"
#include "WallClock.h"

#include <utility>

namespace {

constexpr int secondsPerMinute = 60;

// IANA ids are short ASCII paths: Area/Location[/Sub], each part a letter then letters, digits, "_", "+"
// and "-". Checked before Qt sees the id, which on Linux names a file under /usr/share/zoneinfo.
bool looksLikeIanaPath(const QString &id)
{
    constexpr qsizetype longest = 64;
    if (id.isEmpty() || id.size() > longest)
        return false;
    bool partStart = true;
    for (const QChar ch : id) {
        const char16_t c = ch.unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (c == u'/') {
            if (partStart)
                return false;
            partStart = true;
            continue;
        }
        if (partStart && !letter)
            return false;
        const bool other = (c >= u'0' && c <= u'9') || c == u'_' || c == u'+' || c == u'-';
        if (!letter && !other)
            return false;
        partStart = false;
    }
    return !partStart;
}

QString zoneHint()
{
    return MaintenanceWindow::tr("Name the assets' zone explicitly, like Europe/Berlin, America/New_York or "
                                 "UTC, so that the window means the same on every console.");
}

} // namespace

MaintenanceWindow::MaintenanceWindow(MaintenanceWindowText text, QTimeZone zone, QString timeZoneId)
    : m_text(std::move(text))
    , m_zone(std::move(zone))
    , m_timeZoneId(std::move(timeZoneId))
{
}

Result<QTimeZone> MaintenanceWindow::zoneOf(const QString &timeZoneId)
{
    const QString code = QStringLiteral("time-zone-invalid");
    if (timeZoneId.isEmpty())
        return Error{tr("The maintenance window has no time zone."), zoneHint(), code};
    // Qt takes "system", "localtime" or "" as the machine's zone, and any other word as a POSIX TZ rule
    // ("CET" would be UTC with a name): only Area/Location ids and UTC name the same zone everywhere.
    const bool utc = timeZoneId == QLatin1String("UTC");
    if (!utc && (!looksLikeIanaPath(timeZoneId) || !timeZoneId.contains(QLatin1Char('/')))) {
        const QString shown = PlainText::visible(timeZoneId.left(64), PlainText::Lines::One);
        return Error{tr("\"%1\" is not an IANA time zone of the form Area/Location, or UTC.").arg(shown),
                     zoneHint(), code};
    }
    QTimeZone zone(timeZoneId.toLatin1());
    if (!zone.isValid()) {
        return Error{tr("The time zone \"%1\" is not in this machine's time zone database.").arg(timeZoneId),
                     tr("Check the spelling (e.g. Europe/Berlin), or install or update the zone database "
                        "(on Debian and Ubuntu the tzdata package)."),
                     code};
    }
    // Without transition data the offset could not be followed across changes; UTC and fixed offsets
    // need none.
    const QDateTime january = UtcTime::at(QDate(2027, 1, 15), QTime(12, 0));
    const QDateTime july = UtcTime::at(QDate(2027, 7, 15), QTime(12, 0));
    if (!zone.hasTransitions() && zone.offsetFromUtc(january) != zone.offsetFromUtc(july)) {
        return Error{
            tr("This system cannot list when the time zone \"%1\" changes its clocks.").arg(timeZoneId),
            zoneHint(), code};
    }
    return zone;
}

Result<MaintenanceWindow> MaintenanceWindow::parse(const QString &text, const QString &timeZoneId)
{
    Result<MaintenanceWindowText> parsed = MaintenanceWindowText::parse(text);
    if (!parsed)
        return parsed.error();
    Result<QTimeZone> zone = zoneOf(timeZoneId);
    if (!zone)
        return zone.error();
    return MaintenanceWindow(std::move(parsed).value(), std::move(zone).value(), timeZoneId);
}

std::optional<Interval> MaintenanceWindow::occurrenceOpeningOn(QDate day) const
{
    if (!m_text.recurrence().matches(day))
        return std::nullopt;
    const QDate endDay = m_text.crossesMidnight() ? day.addDays(1) : day;
    const std::optional<QDateTime> start = WallClock::firstInstantReaching(
        m_zone, WallClock::localSeconds(day, m_text.startMinute() * secondsPerMinute));
    const std::optional<QDateTime> end = WallClock::firstInstantReaching(
        m_zone, WallClock::localSeconds(endDay, m_text.endMinute() * secondsPerMinute));
    if (!start || !end || *end <= *start)
        return std::nullopt;
    return Interval{*start, *end};
}

std::optional<Interval> MaintenanceWindow::occurrenceContaining(const QDateTime &at) const
{
    const QDate today = WallClock::localDate(m_zone, at);
    if (!today.isValid())
        return std::nullopt;
    // An occurrence open at `at` opened today or yesterday by the clock; the days around those cover a clock
    // turned back (or forward) by up to a day in between.
    for (qint64 days = -3; days <= 1; ++days) {
        const std::optional<Interval> occurrence = occurrenceOpeningOn(today.addDays(days));
        if (occurrence && occurrence->contains(at))
            return occurrence;
    }
    return std::nullopt;
}

Result<Interval> MaintenanceWindow::nextOpening(const QDateTime &after) const
{
    const QDate today = WallClock::localDate(m_zone, after);
    if (!today.isValid())
        return Error{tr("There is no next maintenance window after an invalid time.")};
    // Occurrences follow the order of the days they open on, so the first one ending after `after` is it.
    for (qint64 days = -3; days <= lookAheadDays; ++days) {
        const std::optional<Interval> occurrence = occurrenceOpeningOn(today.addDays(days));
        if (occurrence && occurrence->end > after)
            return *occurrence;
    }
    return Error{tr("The maintenance window \"%1\" does not open within %2 days of %3.")
                     .arg(text())
                     .arg(lookAheadDays)
                     .arg(after.toUTC().toString(Qt::ISODate)),
                 tr("Check the window's days and time zone.")};
}

bool MaintenanceWindow::mayStart(const QDateTime &at, std::chrono::seconds expectedDuration) const
{
    // No step outlasts a window of at most a day (plus a DST hour), and refusing early keeps the sum below
    // from overflowing.
    constexpr std::chrono::seconds longest = std::chrono::hours(48);
    if (expectedDuration < std::chrono::seconds::zero() || expectedDuration > longest)
        return false;
    const std::optional<Interval> open = occurrenceContaining(at);
    if (!open)
        return false;
    return at.toMSecsSinceEpoch() + std::chrono::milliseconds(expectedDuration).count() <=
           open->end.toMSecsSinceEpoch();
}
