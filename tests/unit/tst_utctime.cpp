#include "domain/UtcTime.h"
#include "storage/SqlTime.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Times read from the database are UTC held inline (UtcTime): the same instants as before, without a
// time-zone object per value.
class TestUtcTime : public QObject
{
    Q_OBJECT

private slots:
    void storedTimesReadBackAsTheSameInstantInUtc();
    void aTextWithoutOffsetIsUtcOneWithAnOffsetIsConverted();
    void helpersMakeUtcMoments();
};

void TestUtcTime::storedTimesReadBackAsTheSameInstantInUtc()
{
    const QDateTime local =
        QDateTime(QDate(2026, 7, 1), QTime(14, 30, 15, 250), QTimeZone(QByteArray("Europe/Berlin")));
    const QVariant stored = SqlTime::toValue(local);
    QCOMPARE(stored.toString(), u"2026-07-01T12:30:15.250Z"_s);
    const QDateTime read = SqlTime::fromValue(stored);
    QCOMPARE(read.timeSpec(), Qt::UTC);
    QCOMPARE(read, local);
    QCOMPARE(read.toMSecsSinceEpoch(), local.toMSecsSinceEpoch());
    QCOMPARE(read.toString(Qt::ISODateWithMs), u"2026-07-01T12:30:15.250Z"_s);
    QVERIFY(!SqlTime::fromValue(QVariant()).isValid());
}

void TestUtcTime::aTextWithoutOffsetIsUtcOneWithAnOffsetIsConverted()
{
    const QDateTime bare = SqlTime::fromValue(u"2026-01-15T08:00:00.000"_s);
    QCOMPARE(bare.timeSpec(), Qt::UTC);
    QCOMPARE(bare.time(), QTime(8, 0));
    const QDateTime offset = SqlTime::fromValue(u"2026-01-15T08:00:00.000+02:00"_s);
    QCOMPARE(offset.timeSpec(), Qt::UTC);
    QCOMPARE(offset.time(), QTime(6, 0)); // the same instant, not the same wall time
    QVERIFY(!SqlTime::fromValue(u"not a time"_s).isValid());
}

void TestUtcTime::helpersMakeUtcMoments()
{
    const QDateTime at = UtcTime::at(QDate(2026, 12, 6), QTime(12, 0));
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QCOMPARE(at.toString(Qt::ISODate), u"2026-12-06T12:00:00Z"_s);
    QCOMPARE(UtcTime::fromMSecs(at.toMSecsSinceEpoch()), at);
    QCOMPARE(UtcTime::fromSecs(at.toSecsSinceEpoch()), at);
    QCOMPARE(UtcTime::startOfDay(QDate(2026, 12, 6)).toString(Qt::ISODate), u"2026-12-06T00:00:00Z"_s);
    QCOMPARE(UtcTime::fromMSecs(0).timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestUtcTime)
#include "tst_utctime.moc"
