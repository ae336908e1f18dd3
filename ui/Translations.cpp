#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

void Translations::install(QCoreApplication &application)
{
    auto *translator = new QTranslator(&application);
    const QString folder = QStringLiteral(":/i18n");
    const QString chosen = QSettings().value(LanguageKey).toString();
    bool chosenLoaded = false;
    for (const Language &language : offered()) {
        if (!chosen.isEmpty() && language.code == chosen)
            chosenLoaded = translator->load(QStringLiteral("patchwright_") + chosen, folder);
    }
    if (chosenLoaded ||
        translator->load(QLocale(), QStringLiteral("patchwright"), QStringLiteral("_"), folder) ||
        translator->load(QStringLiteral("patchwright_en"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator; // no translation compiled in: the source strings are shown
}

QList<Translations::Language> Translations::offered()
{
    // Each language by its own name, so someone who cannot read the current one still finds theirs.
    return {{QString(), QCoreApplication::translate("Translations", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}
