#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

// Installs the translation for the user's language (compiled into the program): the language chosen in
// Settings ▸ Preferences… (QSettings, LanguageKey) when there is one, else the system locale's, falling back
// to English, which carries the English plural forms. A new choice applies at the next start.
class Translations
{
public:
    static void install(QCoreApplication &application);

    // The QSettings key of the chosen language: a code from offered(), empty or absent for the system's.
    static inline const QString LanguageKey = QStringLiteral("ui/language");

    struct Language
    {
        QString code; // "de"; empty: the system's
        QString name; // in the language itself ("Deutsch"), or "System default" translated
    };
    // The choices offered, the system's first.
    static QList<Language> offered();
};
