#include "itemmodels/DisplayFormat.h"

#include <QLocale>
#include <QTest>

// Dates and times in tables follow the locale with a four-digit year; the C locale shows ISO 8601.
class DisplayFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void datesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<QString>("day");
        QTest::newRow("C") << "C"
                           << "2026-11-05 09:07"
                           << "2026-11-05 09:07:03"
                           << "2026-11-05";
        QTest::newRow("de") << "de_DE"
                            << "05.11.2026 09:07"
                            << "05.11.2026 09:07:03"
                            << "05.11.2026";
        QTest::newRow("en_US") << "en_US"
                               << "11/5/2026 9:07 AM"
                               << "11/5/2026 9:07:03 AM"
                               << "11/5/2026";
        QTest::newRow("fr") << "fr_FR"
                            << "05/11/2026 09:07"
                            << "05/11/2026 09:07:03"
                            << "05/11/2026";
        QTest::newRow("ja") << "ja_JP"
                            << "2026/11/05 9:07"
                            << "2026/11/05 9:07:03"
                            << "2026/11/05";
    }

    void datesFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, minutes);
        QFETCH(QString, seconds);
        QFETCH(QString, day);
        QLocale::setDefault(QLocale(locale));
        const QDateTime local(QDate(2026, 11, 5), QTime(9, 7, 3), Qt::LocalTime);
        QCOMPARE(DisplayFormat::dateTime(local), minutes);
        QCOMPARE(DisplayFormat::dateTimeSeconds(local), seconds);
        QCOMPARE(DisplayFormat::date(local.date()), day);
    }

    void invalidIsADash()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(DisplayFormat::dateTime({}), QStringLiteral("—"));
        QCOMPARE(DisplayFormat::date({}), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(DisplayFormatTest)
#include "tst_displayformat.moc"
