#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

#include <optional>

// The small syntaxes every vulnerability feed shares, checked by hand (no regular expressions: EPSS has a
// quarter of a million rows).
class FeedSyntax
{
public:
    static constexpr qsizetype MaxCveIdLength = 64;

    // CVE-YYYY-NNNN with four or more digits after the year, at most MaxCveIdLength characters.
    static bool isCveId(QStringView text);
    // CWE-N.
    static bool isCweId(QStringView text);
    // YYYY-MM-DD, a real calendar date.
    static std::optional<QDate> parseDate(QStringView text);
    // YYYY-MM-DDTHH:MM:SS with optional fraction (any number of digits, kept to the millisecond) and
    // optional zone (Z, +HH:MM, +HHMM, +HH); without a zone the time is UTC, as NVD writes it. The result is
    // in UTC.
    static std::optional<QDateTime> parseTimestamp(QStringView text);
};
