#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

void Translations::install(QCoreApplication &application)
{
    auto *translator = new QTranslator(&application);
    const QString folder = QStringLiteral(":/i18n");
    if (translator->load(QLocale(), QStringLiteral("patchwright"), QStringLiteral("_"), folder) ||
        translator->load(QStringLiteral("patchwright_en"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator; // no translation compiled in: the source strings are shown
}
