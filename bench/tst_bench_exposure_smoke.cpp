#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Runs pw_bench_exposure on a tiny fleet and checks its figures are complete and its row counts are what the
// generator made. A correctness smoke test: it asserts no timings.
class TestBenchExposureSmoke : public QObject
{
    Q_OBJECT

private slots:
    void countsWhatItGenerated()
    {
        QProcess bench;
        bench.start(QStringLiteral(PW_BENCH_PATH),
                    {QStringLiteral("--assets"), QStringLiteral("3"), QStringLiteral("--updates"),
                     QStringLiteral("6"), QStringLiteral("--findings"), QStringLiteral("1")});
        QVERIFY(bench.waitForFinished(120000));
        QCOMPARE(bench.exitCode(), 0);
        const QJsonObject figures = QJsonDocument::fromJson(bench.readAllStandardOutput()).object();
        // Three assets, two source packages each (three binaries apiece), none shared: six update rows of one
        // host, two CVEs per source, one finding per asset.
        QCOMPARE(figures.value(QStringLiteral("updateRows")).toInt(), 6);
        QCOMPARE(figures.value(QStringLiteral("hostsOfFirstUpdate")).toInt(), 1);
        QCOMPARE(figures.value(QStringLiteral("cveRows")).toInt(), 12);
        QCOMPARE(figures.value(QStringLiteral("findingRows")).toInt(), 3);
        for (const char *key : {"byCveMs", "byUpdateMs", "findingsMs", "hostsOfUpdateMs", "hostsOfCveMs"})
            QVERIFY2(figures.value(QLatin1String(key)).toDouble() > 0, key);
        QProcess refused;
        refused.start(QStringLiteral(PW_BENCH_PATH), {QStringLiteral("--assets"), QStringLiteral("none")});
        QVERIFY(refused.waitForFinished(30000));
        QCOMPARE(refused.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBenchExposureSmoke)
#include "tst_bench_exposure_smoke.moc"
