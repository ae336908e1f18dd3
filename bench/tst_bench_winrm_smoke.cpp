#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Runs pw_bench_winrm --quick (4 Windows hosts on one WinRM double, parallelism 2, one run of each tool) and
// checks that its report is complete and its counts right: both tools scanned every host and read the same
// updates, Patchwright stored them, the doubles' logs show the requests each scan sent, the table shows
// every figure, and no double outlives the benchmark. A correctness smoke test: it asserts no timings.
class TestBenchWinRmSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothToolsScannedEveryHost_data();
    void bothToolsScannedEveryHost();
    void requestsPerScanAreCountedFromTheDoublesLog();
    void patchwrightStoredEveryScan();
    void summaryHasMedianSpreadAndRatio();
    void tableShowsEveryFigure();
    void leavesNoDoubleOrFolderBehind();
    void rejectsABadOption();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QJsonObject tool(const char *name) const;
    static double at(const QJsonObject &object, const QString &key);

    QTemporaryDir m_workDir;
    QJsonObject m_results;
    QString m_resultsFile;
};

TestBenchWinRmSmoke::Run TestBenchWinRmSmoke::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(PW_BENCH_PATH), arguments);
    Run result;
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestBenchWinRmSmoke::tool(const char *name) const
{
    return m_results.value(QLatin1String("runs"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String(name))
        .toObject();
}

double TestBenchWinRmSmoke::at(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toDouble() : -1;
}

void TestBenchWinRmSmoke::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    const Run smoke = run({QStringLiteral("--quick"), QStringLiteral("--json"), QStringLiteral("--work-dir"),
                           m_workDir.path()});
    QVERIFY2(smoke.exitCode == 0, smoke.err.constData());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(smoke.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    m_results = document.object();
    QCOMPARE(m_results.value(QLatin1String("benchmark")).toString(), QStringLiteral("pw_bench_winrm"));
    const QJsonObject parameters = m_results.value(QLatin1String("parameters")).toObject();
    QCOMPARE(at(parameters, QStringLiteral("assets")), 4.0);
    QCOMPARE(at(parameters, QStringLiteral("parallel")), 2.0);
    QCOMPARE(at(parameters, QStringLiteral("runs")), 1.0);
    QCOMPARE(parameters.value(QLatin1String("auth")).toString(), QStringLiteral("ntlm"));
    QCOMPARE(m_results.value(QLatin1String("runs")).toArray().size(), 1);
    m_resultsFile = QDir(m_workDir.path()).filePath(QStringLiteral("results.json"));
    QFile saved(m_resultsFile);
    QVERIFY(saved.open(QIODevice::WriteOnly));
    saved.write(smoke.out);
}

void TestBenchWinRmSmoke::bothToolsScannedEveryHost_data()
{
    QTest::addColumn<QString>("tool");
    QTest::newRow("patchwright") << QStringLiteral("patchwright");
    QTest::newRow("pywinrm") << QStringLiteral("pywinrm");
}

void TestBenchWinRmSmoke::bothToolsScannedEveryHost()
{
    QFETCH(QString, tool);
    const QJsonObject figures = this->tool(qPrintable(tool));
    QVERIFY2(!figures.isEmpty(), qPrintable(tool));
    QVERIFY2(at(figures, QStringLiteral("ok")) == 4.0,
             qPrintable(figures.value(QLatin1String("firstError")).toString()));
    QCOMPARE(at(figures, QStringLiteral("failures")), 0.0);
    for (const char *key : {"wallSeconds", "cpuSeconds", "doubleCpuSeconds", "peakRssMiB", "scansPerSecond"})
        QVERIFY2(at(figures, QLatin1String(key)) > 0, key);
    QVERIFY(qAbs(at(figures, QStringLiteral("scansPerSecond")) * at(figures, QStringLiteral("wallSeconds")) -
                 4) < 1e-6);
    // windows-update-host.json: KB5044281 and 7-Zip installed, KB5050001 and KB5050002 pending, on every
    // host; what the peer got is read with Patchwright's parsers, so both count alike.
    QCOMPARE(at(figures, QStringLiteral("installedRows")), 4.0 * 2);
    QCOMPARE(at(figures, QStringLiteral("pendingRows")), 4.0 * 2);
}

void TestBenchWinRmSmoke::requestsPerScanAreCountedFromTheDoublesLog()
{
    for (const char *name : {"patchwright", "pywinrm"}) {
        const QJsonObject requests = tool(name).value(QLatin1String("requestsPerHost")).toObject();
        // Three commands, each in a shell of its own: Create, Command, Send (stdin), Delete.
        for (const char *action : {"Create", "Command", "Send", "Delete"})
            QVERIFY2(at(requests, QLatin1String(action)) == 3.0,
                     qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(action))));
        // pending.ps1's first Receive answers w:TimedOut, so at least 4 Receives, one of them a fault.
        QVERIFY2(at(requests, QStringLiteral("Receive")) >= 4.0, name);
        QVERIFY2(at(requests, QStringLiteral("faults")) >= 1.0, name);
        // One kept connection per host, NTLM once on it: one 401 challenge.
        QVERIFY2(at(requests, QStringLiteral("connections")) >= 1.0, name);
        QVERIFY2(at(requests, QStringLiteral("loginRoundTrips")) >= 1.0, name);
        QVERIFY2(at(requests, QStringLiteral("httpRequests")) >= 16.0, name);
    }
}

void TestBenchWinRmSmoke::patchwrightStoredEveryScan()
{
    const QJsonObject figures = tool("patchwright");
    const QJsonObject stored = figures.value(QLatin1String("stored")).toObject();
    QCOMPARE(at(stored, QStringLiteral("scans")), 4.0);
    QCOMPARE(at(stored, QStringLiteral("installed_packages")), at(figures, QStringLiteral("installedRows")));
    QCOMPARE(at(stored, QStringLiteral("asset_patches")), at(figures, QStringLiteral("pendingRows")));
    QVERIFY(at(figures, QStringLiteral("writeSeconds")) > 0);
    QVERIFY(at(tool("pywinrm"), QStringLiteral("processSeconds")) >=
            at(tool("pywinrm"), QStringLiteral("wallSeconds")));
}

void TestBenchWinRmSmoke::summaryHasMedianSpreadAndRatio()
{
    const QJsonObject summary = m_results.value(QLatin1String("summary")).toObject();
    for (const char *name : {"patchwright", "pywinrm"}) {
        const QJsonObject wall =
            summary.value(QLatin1String(name)).toObject().value(QLatin1String("wallSeconds")).toObject();
        // One run: median, min and max are that run's figure.
        QCOMPARE(at(wall, QStringLiteral("median")), at(tool(name), QStringLiteral("wallSeconds")));
        QCOMPARE(at(wall, QStringLiteral("min")), at(wall, QStringLiteral("median")));
        QCOMPARE(at(wall, QStringLiteral("max")), at(wall, QStringLiteral("median")));
    }
    const QJsonObject ratio = summary.value(QLatin1String("ratio")).toObject();
    for (const char *key : {"wallSeconds", "cpuSeconds", "doubleCpuSeconds", "peakRssMiB"}) {
        const double expected =
            at(tool("patchwright"), QLatin1String(key)) / at(tool("pywinrm"), QLatin1String(key));
        QVERIFY2(qFuzzyCompare(at(ratio, QLatin1String(key)), expected), key);
    }
}

void TestBenchWinRmSmoke::tableShowsEveryFigure()
{
    const Run table = run({QStringLiteral("--report"), m_resultsFile});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QString text = QString::fromUtf8(table.out);
    for (const char *label :
         {"4 Windows hosts, parallelism 2, NTLM authentication over HTTPS", "wall (s)",
          "client CPU, user+sys (s)", "WinRM double CPU, server side (s)", "peak RSS, client process (MiB)",
          "Requests per host scan", "HTTP requests", "Create", "Receive", "Delete", "pywinrm 0.3"})
        QVERIFY2(text.contains(QLatin1String(label)), label);
    // Requests per host: Create is 3.00 for both tools, ratio 1.00x.
    const QString create = text.section(QLatin1Char('\n'), 0, -1)
                               .split(QLatin1Char('\n'))
                               .filter(QRegularExpression(QStringLiteral("^  Create ")))
                               .value(0);
    QVERIFY2(create.simplified() == QStringLiteral("Create 3.00 3.00 1.00x"), qPrintable(create));
}

void TestBenchWinRmSmoke::leavesNoDoubleOrFolderBehind()
{
    // Every double logs under the work folder: no process may still name it on its command line.
    const QByteArray work = m_workDir.path().toUtf8();
    QStringList holders;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(work))
            holders << entry;
    }
    QCOMPARE(holders, QStringList());
    QVERIFY(QDir(m_workDir.path()).entryList({QStringLiteral("winrm-*")}, QDir::Dirs).isEmpty());
}

void TestBenchWinRmSmoke::rejectsABadOption()
{
    const Run bad = run({QStringLiteral("--auth"), QStringLiteral("kerberos"), QStringLiteral("--work-dir"),
                         m_workDir.path()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY2(bad.err.contains("--auth is ntlm or basic"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestBenchWinRmSmoke)

#include "tst_bench_winrm_smoke.moc"
