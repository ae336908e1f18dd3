#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs pw_bench_report at a tiny size (30 assets, 40 days, 2 runs) and checks that its report is complete
// and consistent. A correctness smoke test: it asserts no timings, only that every figure is there and
// positive, that the history generated is the one asked for, and that the work folder is left clean.
class TestBenchReportSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatesTheHistoryAskedFor();
    void measuresEveryRun();
    void summarisesMedianAndSpread();
    void removesItsTemporaryFolder();
    void printsATable();
    void rejectsABadOption();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QStringList tiny() const;

    QTemporaryDir m_workDir;
    QJsonObject m_results;
};

TestBenchReportSmoke::Run TestBenchReportSmoke::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(PW_BENCH_PATH), arguments);
    Run result;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestBenchReportSmoke::tiny() const
{
    return {QStringLiteral("--assets"),   QStringLiteral("30"),
            QStringLiteral("--days"),     QStringLiteral("40"),
            QStringLiteral("--runs"),     QStringLiteral("2"),
            QStringLiteral("--end"),      QStringLiteral("2026-12-01"),
            QStringLiteral("--work-dir"), m_workDir.path()};
}

void TestBenchReportSmoke::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    const Run result = run(tiny() << QStringLiteral("--json"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonParseError error;
    m_results = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(m_results.value(QLatin1String("benchmark")).toString(), QStringLiteral("pw_bench_report"));
}

void TestBenchReportSmoke::generatesTheHistoryAskedFor()
{
    const QJsonObject history = m_results.value(QLatin1String("history")).toObject();
    QCOMPARE(history.value(QLatin1String("assets")).toInt(), 30);
    // A patch every 14 days and a scan every 7 on each asset over 40 days: at least 2 and 5 per asset
    // present the whole time (27 of the 30; a tenth join during the history).
    QVERIFY(history.value(QLatin1String("patches")).toInt() >= 27 * 2);
    QVERIFY(history.value(QLatin1String("scans")).toInt() >= 27 * 5);
    QVERIFY(history.value(QLatin1String("deployments")).toInt() > 0);
    QVERIFY(history.value(QLatin1String("auditEvents")).toInt() >= 40); // a daily summary at least
}

void TestBenchReportSmoke::measuresEveryRun()
{
    const QJsonArray runs = m_results.value(QLatin1String("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &value : runs) {
        const QJsonObject r = value.toObject();
        for (const char *key :
             {"openMs", "metricsMs", "pdfMs", "totalMs", "peakRssMiB", "pdfBytes", "pdfPages"})
            QVERIFY2(r.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(r.value(QLatin1String("totalMs")).toDouble() >=
                r.value(QLatin1String("metricsMs")).toDouble() + r.value(QLatin1String("pdfMs")).toDouble());
        QCOMPARE(r.value(QLatin1String("trendDays")).toInt(), 40);
        QVERIFY(r.value(QLatin1String("assets")).toInt() >= 27);
        QVERIFY(r.value(QLatin1String("assets")).toInt() <= 30);
        QVERIFY(r.value(QLatin1String("installedInPeriod")).toInt() > 0);
    }
}

void TestBenchReportSmoke::summarisesMedianAndSpread()
{
    const QJsonObject summary = m_results.value(QLatin1String("summary")).toObject();
    for (const char *key : {"metricsMs", "pdfMs", "totalMs", "peakRssMiB"}) {
        const QJsonObject s = summary.value(QLatin1String(key)).toObject();
        QVERIFY2(s.value(QLatin1String("min")).toDouble() > 0, key);
        QVERIFY(s.value(QLatin1String("min")).toDouble() <= s.value(QLatin1String("median")).toDouble());
        QVERIFY(s.value(QLatin1String("median")).toDouble() <= s.value(QLatin1String("max")).toDouble());
    }
}

void TestBenchReportSmoke::removesItsTemporaryFolder()
{
    QCOMPARE(QDir(m_workDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestBenchReportSmoke::printsATable()
{
    const Run result = run(QStringList{
        QStringLiteral("--assets"), QStringLiteral("5"), QStringLiteral("--days"), QStringLiteral("10"),
        QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--work-dir"), m_workDir.path()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("compute all metrics (s)"));
    QVERIFY(result.out.contains("render the PDF (s)"));
    QVERIFY(result.out.contains("peak RSS (MiB)"));
}

void TestBenchReportSmoke::rejectsABadOption()
{
    QCOMPARE(run({QStringLiteral("--assets"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--end"), QStringLiteral("soon")}).exitCode, 2);
}

QTEST_MAIN(TestBenchReportSmoke)
#include "tst_bench_report_smoke.moc"
