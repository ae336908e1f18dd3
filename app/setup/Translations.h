#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

// The user's language, for the console and the CLI alike. Patchwright's translations are compiled into the
// programs (translations/, qt_add_translations on pw_app): the language chosen in Settings ▸ Preferences…
// (personal QSettings, LanguageKey) when there is one, else the system locale's, falling back to English,
// which carries the English plural forms. Qt's own catalogue for the same language (qtbase_<lang>.qm in Qt's
// translations folder: Debian's qt6-translations-l10n) translates Qt's standard buttons and dialogs when
// present. A chosen language also becomes the default QLocale, with the system's territory, so that dates
// and numbers follow it. A new choice applies at the next start.
class Translations
{
public:
    // English: the console installs patchwright_en for its plural forms ("1 asset", "2 assets"); the CLI
    // passes SourceEnglish and prints English as the sources write it ("1 asset(s)"), the text its scripts
    // and its tests have always matched. Other languages are installed either way.
    enum class English
    {
        PluralForms,
        SourceEnglish
    };
    static void install(QCoreApplication &application, English english = English::PluralForms);
    // The translation for `chosen` (a code from offered()) when it is compiled in, else for `system`, else
    // English; none when no translation is compiled in.
    static std::unique_ptr<QTranslator> load(const QString &chosen, const QLocale &system);
    // The locale dates and numbers are shown in: `chosen`'s language in the system's territory (German in
    // Switzerland stays de_CH) or, with nothing chosen, the system's.
    static QLocale locale(const QString &chosen, const QLocale &system);

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
