// The pace of a big scan in the status bar: counts, and the time left at the rate assets finished so far —
// none before there is enough to go on.
#include "jobs/RunForecast.h"

#include <QTest>

class TestRunForecast : public QObject
{
    Q_OBJECT

private slots:
    void countsOkAndFailed()
    {
        RunForecast forecast;
        forecast.start(10, 0);
        forecast.finishedOne(true);
        forecast.finishedOne(false);
        forecast.finishedOne(true);
        QCOMPARE(forecast.done(), 3);
        QCOMPARE(forecast.ok(), 2);
        QCOMPARE(forecast.failed(), 1);
        QCOMPARE(forecast.total(), 10);
    }

    void noEstimateUntilThereIsEnoughToGoOn()
    {
        RunForecast forecast;
        forecast.start(1000, 5000);
        QVERIFY(!forecast.remainingMs(60000)); // nothing done yet
        forecast.finishedOne(true);
        forecast.finishedOne(true);
        QVERIFY(!forecast.remainingMs(60000)); // two results say little about the pace
        forecast.finishedOne(true);
        QVERIFY(!forecast.remainingMs(5000 + RunForecast::MinElapsedMs - 1)); // they landed together
        QVERIFY(forecast.remainingMs(5000 + RunForecast::MinElapsedMs));
    }

    void timeLeftFollowsThePaceSoFar()
    {
        RunForecast forecast;
        forecast.start(1000, 0);
        for (int i = 0; i < 250; ++i)
            forecast.finishedOne(i % 10 != 0);
        // 250 assets in 60 s: 750 more take 180 s.
        QCOMPARE(*forecast.remainingMs(60000), qint64(180000));
        // Slower since: 250 in 120 s, so 360 s for the rest.
        QCOMPARE(*forecast.remainingMs(120000), qint64(360000));
        for (int i = 0; i < 750; ++i)
            forecast.finishedOne(true);
        QVERIFY(!forecast.remainingMs(200000)); // nothing left
    }
};

QTEST_GUILESS_MAIN(TestRunForecast)
#include "tst_runforecast.moc"
