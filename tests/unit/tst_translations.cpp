#include "setup/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The language chosen in Settings wins over the system's; dates and numbers follow it in the system's
// territory; every offered language is compiled in.
class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyOfferedLanguageIsCompiledIn()
    {
        for (const Translations::Language &language : Translations::offered()) {
            if (language.code.isEmpty())
                continue;
            const auto translator = Translations::load(language.code, QLocale::c());
            QVERIFY2(translator, qPrintable(language.code));
            QCOMPARE(translator->language(),
                     language.code == u"en" ? u"en"_s : QLocale(language.code).name());
        }
    }

    void theChoiceWinsOverTheSystem()
    {
        const auto german = Translations::load(QStringLiteral("de"), QLocale(QStringLiteral("fr_FR")));
        QVERIFY(german);
        QCOMPARE(german->translate("MainWindow", "&File"), u"&Datei"_s);
        const auto french = Translations::load(QString(), QLocale(QStringLiteral("fr_FR")));
        QVERIFY(french);
        QCOMPARE(french->translate("MainWindow", "&File"), u"&Fichier"_s);
    }

    void unknownLanguagesFallBackToEnglish()
    {
        const auto translator = Translations::load(QStringLiteral("xx"), QLocale(QStringLiteral("pl_PL")));
        QVERIFY(translator);
        QCOMPARE(translator->language(), u"en"_s);
        // English carries the plural forms the sources write as "(s)".
        QCOMPARE(translator->translate("DisplayFormat", "%n day(s)", nullptr, 2), u"%n days"_s);
    }

    void datesFollowTheChosenLanguageInTheSystemsTerritory()
    {
        QCOMPARE(Translations::locale(QString(), QLocale(QStringLiteral("en_GB"))).name(), u"en_GB"_s);
        QCOMPARE(Translations::locale(QStringLiteral("de"), QLocale(QStringLiteral("de_CH"))).name(),
                 u"de_CH"_s);
        QCOMPARE(Translations::locale(QStringLiteral("fr"), QLocale(QStringLiteral("de_CH"))).name(),
                 u"fr_CH"_s);
        QCOMPARE(Translations::locale(QStringLiteral("ja"), QLocale(QStringLiteral("de_DE"))).language(),
                 QLocale::Japanese);
        QCOMPARE(Translations::locale(QStringLiteral("xx"), QLocale(QStringLiteral("es_ES"))).name(),
                 u"es_ES"_s);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
