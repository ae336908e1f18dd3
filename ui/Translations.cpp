#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

void Translations::install(QCoreApplication &application)
{
    std::unique_ptr<QTranslator> translator = load(QSettings().value(LanguageKey).toString(), QLocale());
    if (!translator)
        return; // no translation compiled in: the source strings are shown
    QCoreApplication::installTranslator(translator.get());
    translator.release()->setParent(&application);
}

std::unique_ptr<QTranslator> Translations::load(const QString &chosen, const QLocale &system)
{
    auto translator = std::make_unique<QTranslator>();
    const QString folder = QStringLiteral(":/i18n");
    bool offered = false;
    for (const Language &language : Translations::offered())
        offered = offered || (!chosen.isEmpty() && language.code == chosen);
    if ((offered && translator->load(QStringLiteral("patchwright_") + chosen, folder)) ||
        translator->load(system, QStringLiteral("patchwright"), QStringLiteral("_"), folder) ||
        translator->load(QStringLiteral("patchwright_en"), folder))
        return translator;
    return nullptr;
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
