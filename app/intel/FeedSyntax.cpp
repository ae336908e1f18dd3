#include "FeedSyntax.h"

#include <QTimeZone>

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The number in text[from, from + count), all digits; -1 otherwise.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(text.at(i)))
            return -1;
        value = value * 10 + (text.at(i).unicode() - u'0');
    }
    return value;
}

bool isIdWithNumber(QStringView text, QStringView prefix)
{
    if (text.size() <= prefix.size() || text.size() > FeedSyntax::MaxCveIdLength || !text.startsWith(prefix))
        return false;
    for (qsizetype i = prefix.size(); i < text.size(); ++i) {
        if (!isDigit(text.at(i)))
            return false;
    }
    return true;
}

} // namespace

bool FeedSyntax::isCveId(QStringView text)
{
    // "CVE-" 4 digits "-" 4+ digits
    if (text.size() < 13 || text.size() > MaxCveIdLength || !text.startsWith(u"CVE-") || text.at(8) != u'-')
        return false;
    if (digits(text, 4, 4) < 0)
        return false;
    for (qsizetype i = 9; i < text.size(); ++i) {
        if (!isDigit(text.at(i)))
            return false;
    }
    return true;
}

bool FeedSyntax::isCweId(QStringView text)
{
    return isIdWithNumber(text, u"CWE-");
}

std::optional<QDate> FeedSyntax::parseDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> FeedSyntax::parseTimestamp(QStringView text)
{
    if (text.size() < 19 || (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' '))
        return std::nullopt;
    const std::optional<QDate> date = parseDate(text.first(10));
    if (!date || text.at(13) != u':' || text.at(16) != u':')
        return std::nullopt;
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    qsizetype pos = 19;
    int millisecond = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && isDigit(text.at(pos))) {
            if (pos - start < 3)
                millisecond = millisecond * 10 + (text.at(pos).unicode() - u'0');
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
        for (qsizetype scale = pos - start; scale < 3; ++scale)
            millisecond *= 10;
    }
    const QTime time(hour, minute, second, millisecond);
    if (hour < 0 || minute < 0 || second < 0 || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QStringView zone = text.sliced(pos);
    if (zone.isEmpty() || zone == u"Z" || zone == u"z") {
        offsetSeconds = 0;
    } else if (zone.at(0) == u'+' || zone.at(0) == u'-') {
        int hours = -1;
        int minutes = 0;
        if (zone.size() == 3) {
            hours = digits(zone, 1, 2);
        } else if (zone.size() == 5) {
            hours = digits(zone, 1, 2);
            minutes = digits(zone, 3, 2);
        } else if (zone.size() == 6 && zone.at(3) == u':') {
            hours = digits(zone, 1, 2);
            minutes = digits(zone, 4, 2);
        }
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.at(0) == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDateTime local(*date, time, QTimeZone(offsetSeconds));
    if (!local.isValid()) // an offset beyond what any zone uses (over 14 hours)
        return std::nullopt;
    return local.toUTC();
}
