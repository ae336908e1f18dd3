#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace {

bool isOffered(const QString &chosen)
{
    if (chosen.isEmpty())
        return false;
    const QList<Translations::Language> languages = Translations::offered();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&chosen](const Translations::Language &language) { return language.code == chosen; });
}

} // namespace

void Translations::install(QCoreApplication &application, English english)
{
    const QString chosen = QSettings().value(LanguageKey).toString();
    const QLocale shown = locale(chosen, QLocale::system());
    QLocale::setDefault(shown);
    std::unique_ptr<QTranslator> ours = load(chosen, QLocale::system());
    if (!ours)
        return; // no translation compiled in: the source strings are shown
    if (english == English::SourceEnglish && ours->language().startsWith(QLatin1String("en")))
        return;
    QCoreApplication::installTranslator(ours.get());
    ours.release()->setParent(&application);
    // Qt's catalogue only for a language Patchwright speaks: a Qt dialog in Polish inside an English console
    // would read worse than one in English.
    auto qt = std::make_unique<QTranslator>();
    if (isOffered(QLocale::languageToCode(shown.language())) && shown.language() != QLocale::English &&
        qt->load(shown, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qt.release()->setParent(&application);
    }
}

std::unique_ptr<QTranslator> Translations::load(const QString &chosen, const QLocale &system)
{
    auto translator = std::make_unique<QTranslator>();
    const QString folder = QStringLiteral(":/i18n");
    if ((isOffered(chosen) && translator->load(QStringLiteral("patchwright_") + chosen, folder)) ||
        translator->load(system, QStringLiteral("patchwright"), QStringLiteral("_"), folder) ||
        translator->load(QStringLiteral("patchwright_en"), folder))
        return translator;
    return nullptr;
}

QLocale Translations::locale(const QString &chosen, const QLocale &system)
{
    if (!isOffered(chosen))
        return system;
    const QLocale language(chosen);
    if (language.language() == system.language())
        return system;
    const QLocale here(language.language(), system.territory());
    // A territory where the language is not spoken (Japanese in Germany) gives Qt's default for the language.
    return here.language() == language.language() ? here : language;
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
