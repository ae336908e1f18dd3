#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs pw_bench_intel at tiny sizes and checks that its report is complete and consistent. A correctness
// smoke test: it asserts no timings, only that every figure is there, positive and consistent.
class TestBenchIntelSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsBothImports_data();
    void reportsBothImports();
    void reportsCorrelation();
    void alternatesTheOrder();
    void debsecanAgreesOnEveryHost();
    void listsAndExplainsDisagreements();
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
    static double at(const QJsonObject &object, const QStringList &path);

    QTemporaryDir m_workDir;
    QJsonObject m_results;
};

TestBenchIntelSmoke::Run TestBenchIntelSmoke::run(const QStringList &arguments) const
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

QStringList TestBenchIntelSmoke::tiny() const
{
    return {QStringLiteral("--kev"),      QStringLiteral("50"),         QStringLiteral("--epss"),
            QStringLiteral("1000"),       QStringLiteral("--assets"),   QStringLiteral("5"),
            QStringLiteral("--packages"), QStringLiteral("50"),         QStringLiteral("--ranges"),
            QStringLiteral("200"),        QStringLiteral("--work-dir"), m_workDir.path()};
    // Every run: Patchwright's whole job and debsecan's; two runs, so each goes first once.
}

double TestBenchIntelSmoke::at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value.isDouble() ? value.toDouble() : -1;
}

void TestBenchIntelSmoke::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    // With the peers, debsecan among them: a missing debsecan fails the run, and so this test.
    const Run tinyRun =
        run(tiny() + QStringList{QStringLiteral("--runs"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(tinyRun.exitCode == 0, tinyRun.err.constData());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(tinyRun.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    m_results = document.object();
    QCOMPARE(m_results.value(QLatin1String("benchmark")).toString(), QStringLiteral("pw_bench_intel"));
}

void TestBenchIntelSmoke::reportsBothImports_data()
{
    QTest::addColumn<QString>("feed");
    QTest::addColumn<double>("records");
    QTest::newRow("kev") << QStringLiteral("kev") << 50.0;
    QTest::newRow("epss") << QStringLiteral("epss") << 1000.0;
}

void TestBenchIntelSmoke::reportsBothImports()
{
    QFETCH(QString, feed);
    QFETCH(double, records);
    const QJsonObject figures = m_results.value(feed).toObject();
    QVERIFY(!figures.isEmpty());
    QCOMPARE(at(figures, {QStringLiteral("records")}), records);
    for (const char *key : {"bytes", "seconds", "reimportSeconds", "baselineRssMiB", "peakRssMiB",
                            "reimportPeakRssMiB", "databaseMiB"})
        QVERIFY2(at(figures, {QLatin1String(key)}) > 0, key);
    QVERIFY(at(figures, {QStringLiteral("peakRssMiB")}) >= at(figures, {QStringLiteral("baselineRssMiB")}));
    QVERIFY(at(figures, {QStringLiteral("reimportPeakRssMiB")}) >=
            at(figures, {QStringLiteral("peakRssMiB")}));
    // Everything is new the first time, nothing changes the second.
    QCOMPARE(at(figures, {QStringLiteral("counts"), QStringLiteral("added")}), records);
    QCOMPARE(at(figures, {QStringLiteral("reimportCounts"), QStringLiteral("unchanged")}), records);
    for (const char *key : {"added", "changed", "removed"})
        QCOMPARE(at(figures, {QStringLiteral("reimportCounts"), QLatin1String(key)}), 0.0);
    if (feed == QLatin1String("epss"))
        QVERIFY(at(figures, {QStringLiteral("inflatedBytes")}) > at(figures, {QStringLiteral("bytes")}));
}

void TestBenchIntelSmoke::reportsCorrelation()
{
    const QJsonObject correlation = m_results.value(QLatin1String("correlation")).toObject();
    const QJsonObject seed = correlation.value(QLatin1String("seed")).toObject();
    const QJsonObject run = correlation.value(QLatin1String("run")).toObject();
    QCOMPARE(at(seed, {QStringLiteral("assets")}), 5.0);
    QCOMPARE(at(seed, {QStringLiteral("installedPackages")}), 250.0);
    for (const char *key :
         {"seconds", "assetsSeconds", "packagesSeconds", "patchesSeconds", "missingPatches", "databaseMiB"})
        QVERIFY2(at(seed, {QLatin1String(key)}) > 0, key);

    // The OSV archive: 200 ranges in 100 records, some introduced by a real version, some without a fix.
    const QJsonObject archive = correlation.value(QLatin1String("osvArchive")).toObject();
    QCOMPARE(at(archive, {QStringLiteral("records")}), 100.0);
    QCOMPARE(at(archive, {QStringLiteral("intervals")}), 200.0);
    QVERIFY(at(archive, {QStringLiteral("intervalsFromAVersion")}) > 0);
    QVERIFY(at(archive, {QStringLiteral("intervalsFromAVersion")}) < 200);
    QVERIFY(at(archive, {QStringLiteral("openIntervals")}) > 0);
    QVERIFY(at(archive, {QStringLiteral("bytes")}) > 0);
    QVERIFY(at(archive, {QStringLiteral("inflatedBytes")}) > at(archive, {QStringLiteral("bytes")}));

    // Patchwright's whole job: the open and the import (with correlation) inside the measured window.
    QCOMPARE(at(run, {QStringLiteral("advisories")}), 100.0);
    for (const char *key : {"openMs", "importSeconds", "seconds", "cpuSeconds", "correlatorSeconds",
                            "rssBeforeMiB", "rssAfterMiB", "peakRssMiB"})
        QVERIFY2(at(run, {QLatin1String(key)}) > 0, key);
    QVERIFY(at(run, {QStringLiteral("seconds")}) > at(run, {QStringLiteral("importSeconds")}));
    QVERIFY(at(run, {QStringLiteral("peakRssMiB")}) >= at(run, {QStringLiteral("rssBeforeMiB")}));
    const QStringList summary{QStringLiteral("summary")};
    QCOMPARE(at(run, summary + QStringList{QStringLiteral("packagesChecked")}), 250.0);
    QCOMPARE(at(run, summary + QStringList{QStringLiteral("unparsableVersions")}), 0.0);
    // The data set makes some installed packages vulnerable, some of them fixed by a missing patch.
    const double vulnerabilities = at(run, summary + QStringList{QStringLiteral("vulnerabilities")});
    const double fixed = at(run, summary + QStringList{QStringLiteral("fixedByPendingPatch")});
    QVERIFY(vulnerabilities > 0);
    QVERIFY(fixed > 0 && fixed < vulnerabilities);
    QVERIFY(at(run, summary + QStringList{QStringLiteral("patchCveLinks")}) > 0);
    const double affected = at(run, {QStringLiteral("affectedPackages")});
    QVERIFY(affected > 0 && affected < 250);

    // Median and spread of the runs.
    QCOMPARE(correlation.value(QLatin1String("runs")).toArray().size(), 2);
    const QJsonObject spread = correlation.value(QLatin1String("patchwright")).toObject();
    for (const char *key : {"openMs", "importSeconds", "seconds", "cpuSeconds", "peakRssMiB"}) {
        const QStringList figure{QLatin1String(key)};
        QVERIFY2(at(spread, figure + QStringList{QStringLiteral("min")}) > 0, key);
        QVERIFY2(at(spread, figure + QStringList{QStringLiteral("min")}) <=
                     at(spread, figure + QStringList{QStringLiteral("median")}),
                 key);
        QVERIFY2(at(spread, figure + QStringList{QStringLiteral("median")}) <=
                     at(spread, figure + QStringList{QStringLiteral("max")}),
                 key);
    }
}

void TestBenchIntelSmoke::alternatesTheOrder()
{
    const QJsonObject debsecan =
        m_results.value(QLatin1String("peers")).toObject().value(QLatin1String("debsecan")).toObject();
    QCOMPARE(debsecan.value(QLatin1String("order")).toVariant().toStringList(),
             QStringList({QStringLiteral("Patchwright first"), QStringLiteral("debsecan first")}));
    QCOMPARE(debsecan.value(QLatin1String("runs")).toArray().size(), 2);
}

// debsecan, run on the dpkg status file of every asset with the same vulnerability data in its own format,
// finds exactly what Patchwright found there: the same (CVE, binary package) pairs on each host.
void TestBenchIntelSmoke::debsecanAgreesOnEveryHost()
{
    const QJsonObject debsecan =
        m_results.value(QLatin1String("peers")).toObject().value(QLatin1String("debsecan")).toObject();
    QVERIFY(!debsecan.isEmpty());
    QCOMPARE(at(debsecan, {QStringLiteral("hosts")}), 5.0);
    QVERIFY(debsecan.value(QLatin1String("agreeEveryRun")).toBool());
    QVERIFY(at(debsecan, {QStringLiteral("source"), QStringLiteral("packageLines")}) > 200);
    for (const char *key : {"wallRatio", "cpuRatio"})
        QVERIFY2(at(debsecan, {QLatin1String(key)}) > 0, key);
    for (const char *key : {"seconds", "cpuSeconds", "peakRssMiB"})
        QVERIFY2(at(debsecan, {QStringLiteral("spread"), QLatin1String(key), QStringLiteral("min")}) > 0,
                 key);
    const QJsonObject comparison = debsecan.value(QLatin1String("comparison")).toObject();
    QCOMPARE(at(comparison, {QStringLiteral("hostsAgreeing")}), 5.0);
    QCOMPARE(at(comparison, {QStringLiteral("disagreementCount")}), 0.0);
    QVERIFY(comparison.value(QLatin1String("disagreements")).toArray().isEmpty());
    QVERIFY(at(comparison, {QStringLiteral("findings")}) > 0);
    QCOMPARE(at(comparison, {QStringLiteral("findings")}),
             at(comparison, {QStringLiteral("patchwrightFindings")}));
    const QJsonArray hosts = comparison.value(QLatin1String("perHost")).toArray();
    QCOMPARE(hosts.size(), 5);
    for (const QJsonValue &value : hosts) {
        const QJsonObject host = value.toObject();
        const double packages = at(host, {QStringLiteral("vulnerablePackages")});
        QVERIFY(packages < 50);
        QCOMPARE(packages, at(host, {QStringLiteral("patchwrightVulnerablePackages")}));
        QVERIFY(at(host, {QStringLiteral("findings")}) >= packages);
        QCOMPARE(at(host, {QStringLiteral("findings")}), at(host, {QStringLiteral("patchwrightFindings")}));
        QCOMPARE(at(host, {QStringLiteral("onlyDebsecan")}), 0.0);
        QCOMPARE(at(host, {QStringLiteral("onlyPatchwright")}), 0.0);
        QVERIFY(host.value(QLatin1String("agree")).toBool());
    }
}

// With --only-fixed, debsecan leaves out the vulnerabilities without a fix in the suite (the open
// intervals): the comparison must list each of those findings as Patchwright's only, with that reason, and
// nothing it cannot explain.
void TestBenchIntelSmoke::listsAndExplainsDisagreements()
{
    const Run filtered =
        run(tiny() + QStringList{QStringLiteral("--runs"), QStringLiteral("1"),
                                 QStringLiteral("--debsecan-only-fixed"), QStringLiteral("--json")});
    QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
    const QJsonObject debsecan = QJsonDocument::fromJson(filtered.out)
                                     .object()
                                     .value(QLatin1String("peers"))
                                     .toObject()
                                     .value(QLatin1String("debsecan"))
                                     .toObject();
    QVERIFY(debsecan.value(QLatin1String("onlyFixed")).toBool());
    QVERIFY(!debsecan.value(QLatin1String("agreeEveryRun")).toBool());
    const QJsonObject comparison = debsecan.value(QLatin1String("comparison")).toObject();
    const double count = at(comparison, {QStringLiteral("disagreementCount")});
    QVERIFY(count > 0);
    QCOMPARE(at(comparison, {QStringLiteral("unexplainedCount")}), 0.0);
    QCOMPARE(at(comparison, {QStringLiteral("patchwrightFindings")}) -
                 at(comparison, {QStringLiteral("findings")}),
             count);
    const QJsonArray listed = comparison.value(QLatin1String("disagreements")).toArray();
    QCOMPARE(double(listed.size()), count);
    for (const QJsonValue &value : listed) {
        const QJsonObject disagreement = value.toObject();
        QCOMPARE(disagreement.value(QLatin1String("reportedBy")).toString(), QStringLiteral("Patchwright"));
        QVERIFY(disagreement.value(QLatin1String("finding")).toString().startsWith(QLatin1String("CVE-")));
        QVERIFY(disagreement.value(QLatin1String("why")).toString().contains(QLatin1String("--only-fixed")));
    }
    // The first run's findings stayed the same: the same data gives Patchwright the same findings.
    QCOMPARE(at(comparison, {QStringLiteral("patchwrightFindings")}),
             at(m_results, {QStringLiteral("peers"), QStringLiteral("debsecan"), QStringLiteral("comparison"),
                            QStringLiteral("patchwrightFindings")}));
}

void TestBenchIntelSmoke::removesItsTemporaryFolder()
{
    QVERIFY(QDir(m_workDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestBenchIntelSmoke::printsATable()
{
    const Run table = run(tiny() + QStringList{QStringLiteral("--no-peers")});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    for (const char *text : {"KEV import", "EPSS import", "Correlation", "whole job", "Correlator::run",
                             "packagesChecked", "fixedByPendingPatch"})
        QVERIFY2(table.out.contains(text), text);
    QVERIFY(!table.out.contains("Peers"));
    QVERIFY(!table.out.contains("debsecan"));
}

void TestBenchIntelSmoke::rejectsABadOption()
{
    const Run bad = run({QStringLiteral("--assets"), QStringLiteral("0")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY2(bad.err.contains("--assets needs a positive whole number"), bad.err.constData());
    const Run badRuns = run({QStringLiteral("--runs"), QStringLiteral("-1")});
    QCOMPARE(badRuns.exitCode, 2);
    QVERIFY2(badRuns.err.contains("--runs needs a positive whole number"), badRuns.err.constData());
}

QTEST_GUILESS_MAIN(TestBenchIntelSmoke)

#include "tst_bench_intel_smoke.moc"
