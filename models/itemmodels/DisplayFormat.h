#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How tables and details panels show times, durations and lists. Dates and times follow the locale
// (QLocale(): the system's, or the language chosen in Settings) with a four-digit year; the C/POSIX locale,
// which says nothing about the user, shows ISO 8601 ("2026-11-25 10:42"). Sorting never reads these texts:
// tables sort by TableRoles::SortRole, and exports write TableRoles::ExportRole's raw ISO values.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString dateTime(const QDateTime &time);        // local "25.11.2026 10:42", "—" when invalid
    static QString dateTimeSeconds(const QDateTime &time); // the same with seconds (the audit trail)
    static QString date(const QDate &day);                 // "25.11.2026", "—" when invalid
    static QString datePattern();             // the pattern date() uses ("dd.MM.yyyy"), for date fields
    static QString duration(qint64 seconds);  // "3 d 4 h", "12 min"
    static QString remaining(qint64 seconds); // a time left: "40 s", "12 min" (minutes rounded up)
    static QString age(const QDateTime &since, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString escaped(const QString &text); // HTML-escaped for details panels
    static QString definitionList(const QList<std::pair<QString, QString>> &rows); // two-column HTML table
};
