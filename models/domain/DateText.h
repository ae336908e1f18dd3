#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// A day as the reader writes it: the locale's short date with the year in four digits ("25.11.2026",
// "11/25/2026"); the C/POSIX locale, which says nothing about the reader, gives ISO 8601 ("2026-11-25").
// For texts shown to a person (tables, explanations); records and exports keep ISO 8601.
namespace DateText {

QString pattern(const QLocale &locale = QLocale()); // "dd.MM.yyyy", for date fields
QString of(const QDate &day);                       // "—" when invalid

} // namespace DateText
