#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How tables and details panels show times, durations and lists.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString dateTime(const QDateTime &time); // local "2026-11-25 10:42", "—" when invalid
    static QString duration(qint64 seconds);        // "3 d 4 h", "12 min"
    static QString remaining(qint64 seconds);       // a time left: "40 s", "12 min" (minutes rounded up)
    static QString age(const QDateTime &since, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString escaped(const QString &text); // HTML-escaped for details panels
    static QString definitionList(const QList<std::pair<QString, QString>> &rows); // two-column HTML table
};
