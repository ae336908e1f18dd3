#pragma once

#include <QList>
#include <QString>

#include <memory>

class QCoreApplication;
class QLocale;
class QTranslator;

// Installs the translation for the user's language (compiled into the program): the language chosen in
// Settings ▸ Preferences… (QSettings, LanguageKey) when there is one, else the system locale's, falling back
// to English, which carries the English plural forms. A new choice applies at the next start.
class Translations
{
public:
    static void install(QCoreApplication &application);
    // The translation for `chosen` (a code from offered()) when it is compiled in, else for `system`, else
    // English; none when no translation is compiled in.
    static std::unique_ptr<QTranslator> load(const QString &chosen, const QLocale &system);

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
