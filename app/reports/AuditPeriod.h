#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The ends of a period an auditor types (`audit list --from/--to`, the Audit pane's From and To): a date is
// a UTC day, a time is ISO 8601 (UTC unless it names an offset). Both ends include what they name: a start
// is that day's or that instant's first millisecond; an end is returned as the (exclusive) instant after
// the day or millisecond it names, as AuditLog::Filter::until expects.
class AuditPeriod
{
public:
    enum class End
    {
        Start,
        Finish
    };
    // nullopt when `text` is neither a date nor a time.
    static std::optional<QDateTime> parse(const QString &text, End end);
};
