#pragma once

#include "domain/UtcTime.h"

#include <QDateTime>
#include <QString>

#include <QTimeZone>
#include <QVariant>

// Timestamps are stored as ISO 8601 UTC text with milliseconds: portable, sortable, readable.
namespace SqlTime {

inline QVariant toValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime fromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    // Stored with a "Z": UTC already, kept inline (UtcTime); a text without an offset is UTC as well.
    return UtcTime::reading(QDateTime::fromString(value.toString(), Qt::ISODateWithMs));
}

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace SqlTime

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
namespace SqlText {

inline QString bindable(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace SqlText
