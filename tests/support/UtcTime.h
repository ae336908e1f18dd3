#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QtGlobal>

// "2026-12-09T10:00:00Z" as a QDateTime, for tests that pin instants (a typo is fatal, not a silent invalid
// time).
inline QDateTime utc(const char *iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!at.isValid() || !QByteArray(iso).endsWith('Z'))
        qFatal("not a UTC ISO date: %s", iso);
    return at;
}
