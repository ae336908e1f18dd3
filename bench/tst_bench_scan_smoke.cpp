#include "SmokeLeakProbe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Runs pw_bench_scan --quick (6 simulated hosts of 300 packages with 5 pending updates, at parallelism 1 and
// 3; needs root, as CI has) and checks that its report is complete and its counts right. A correctness smoke
// test: it asserts no timings, only that every figure is there and positive, that every scan succeeded for
// every tool (Patchwright, parallel-ssh, Ansible raw, Ansible package_facts) and that every tool stored the
// same rows for every host.
class TestBenchScanSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsBothToolsAtEachParallelism_data();
    void reportsBothToolsAtEachParallelism();
    void patchwrightStoredEveryScan();
    void ratiosArePatchwrightOverEachPeer();
    void everyToolStoredTheSameRowsForEveryHost();
    void reportsTheFloorOfEveryTool();
    void countsEndpointProcessesAndOneExecPerHost();
    void warmRescanFindsEveryHostUnchangedWithTheSameRows();
    void leavesNoMountOrFolderBehind();
    void stopsAPeerPastItsDeadlineAndGoesOn();
    void rejectsABadOption();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QJsonObject tool(const QString &parallel, const char *name) const;
    static double at(const QJsonObject &object, const QString &key);

    QTemporaryDir m_workDir;
    QJsonObject m_results;
    QByteArray m_mountsWhileRunning; // /proc/<benchmark>/mounts once its simulated host was up
};

TestBenchScanSmoke::Run TestBenchScanSmoke::run(const QStringList &arguments) const
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

QJsonObject TestBenchScanSmoke::tool(const QString &parallel, const char *name) const
{
    return m_results.value(QLatin1String("runs"))
        .toObject()
        .value(parallel)
        .toObject()
        .value(QLatin1String(name))
        .toObject();
}

double TestBenchScanSmoke::at(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toDouble() : -1;
}

void TestBenchScanSmoke::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    // Run the benchmark, reading its progress on stderr as it comes: once it announces its first
    // measurement its simulated host is mounted, in the private mount namespace it re-ran itself in (same
    // process, `unshare` execs). Its mount table is read then, from outside, as a leak would be seen.
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(PW_BENCH_PATH), {QStringLiteral("--quick"), QStringLiteral("--json"),
                                                  QStringLiteral("--work-dir"), m_workDir.path()});
    QVERIFY(process.waitForStarted(30000));
    const qint64 pid = process.processId();
    QByteArray err;
    QDeadlineTimer deadline(600000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        err += process.readAllStandardError();
        if (m_mountsWhileRunning.isEmpty() && err.contains("[patchwright] 6 hosts, parallelism 1")) {
            QFile mounts(QStringLiteral("/proc/%1/mounts").arg(pid));
            QVERIFY2(mounts.open(QIODevice::ReadOnly), "the benchmark ended before its mounts could be read");
            m_mountsWhileRunning = mounts.readAll();
        }
    }
    QVERIFY2(process.state() == QProcess::NotRunning, "the benchmark did not finish within 10 minutes");
    err += process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
    const QByteArray out = process.readAllStandardOutput();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    m_results = document.object();
    QCOMPARE(m_results.value(QLatin1String("benchmark")).toString(), QStringLiteral("pw_bench_scan"));
    const QJsonObject parameters = m_results.value(QLatin1String("parameters")).toObject();
    QCOMPARE(parameters.value(QLatin1String("hosts")).toInt(), 6);
    QCOMPARE(parameters.value(QLatin1String("parallel")).toArray(), (QJsonArray{1, 3}));
}

namespace {

const char *const Peers[] = {"parallel-ssh", "ansible-raw", "ansible-facts"};

} // namespace

void TestBenchScanSmoke::reportsBothToolsAtEachParallelism_data()
{
    QTest::addColumn<QString>("parallel");
    QTest::addColumn<QString>("tool");
    for (const char *parallel : {"1", "3"}) {
        for (const char *tool : {"patchwright", "parallel-ssh", "ansible-raw", "ansible-facts"})
            QTest::addRow("%s-%s", tool, parallel)
                << QString::fromLatin1(parallel) << QString::fromLatin1(tool);
    }
}

void TestBenchScanSmoke::reportsBothToolsAtEachParallelism()
{
    QFETCH(QString, parallel);
    QFETCH(QString, tool);
    const QJsonObject figures = this->tool(parallel, qPrintable(tool));
    QVERIFY2(!figures.isEmpty(), qPrintable(tool));
    QCOMPARE(at(figures, QStringLiteral("hosts")), 6.0);
    QCOMPARE(at(figures, QStringLiteral("parallel")), parallel.toDouble());
    QVERIFY2(at(figures, QStringLiteral("ok")) == 6.0,
             qPrintable(figures.value(QLatin1String("firstError")).toString()));
    QCOMPARE(at(figures, QStringLiteral("failures")), 0.0);
    QCOMPARE(at(figures, QStringLiteral("refusedBySshd")), 0.0);
    // One connection and one exec per host for every tool; the warm rescan runs on the cold scan's sessions,
    // kept open as the console keeps them (sshd logs no new login).
    QCOMPARE(at(figures, QStringLiteral("connections")), tool == u"patchwright-warm"_s ? 0.0 : 6.0);
    QCOMPARE(at(figures, QStringLiteral("commandsPerHost")), 1.0);
    QCOMPARE(at(figures, QStringLiteral("runs")), 1.0);
    for (const char *key : {"wallSeconds", "cpuSeconds", "sshdCpuSeconds", "peakRssMiB", "scansPerSecond"})
        QVERIFY2(at(figures, QLatin1String(key)) > 0, key);
    QVERIFY(qAbs(at(figures, QStringLiteral("scansPerSecond")) * at(figures, QStringLiteral("wallSeconds")) -
                 6) < 1e-6);

    // Every host is the same simulated Debian 12 root sized to 300 installed packages, 5 of them pending an
    // update (package_facts lists installed packages only).
    QCOMPARE(at(figures, QStringLiteral("installedRows")), 6.0 * 300);
    QCOMPARE(at(figures, QStringLiteral("pendingRows")), tool == u"ansible-facts"_s ? 0.0 : 6.0 * 5);
    const QJsonObject stored = figures.value(QLatin1String("stored")).toObject();
    QCOMPARE(at(stored, QStringLiteral("scans")), 6.0);
    QCOMPARE(at(stored, QStringLiteral("installed_packages")), at(figures, QStringLiteral("installedRows")));
    QCOMPARE(at(stored, QStringLiteral("asset_patches")), at(figures, QStringLiteral("pendingRows")));
}

void TestBenchScanSmoke::patchwrightStoredEveryScan()
{
    for (const QString &parallel : {QStringLiteral("1"), QStringLiteral("3")}) {
        const QJsonObject figures = tool(parallel, "patchwright");
        QVERIFY(at(figures, QStringLiteral("writeSeconds")) > 0);
        // Per-asset progress: every asset reported its steps (facts, packages, updates, advisories).
        QVERIFY(at(figures, QStringLiteral("progressSteps")) >= 6 * 3);
        for (const char *peer : Peers)
            QVERIFY2(at(tool(parallel, peer), QStringLiteral("parseStoreSeconds")) > 0, peer);
    }
}

void TestBenchScanSmoke::ratiosArePatchwrightOverEachPeer()
{
    for (const QString &parallel : {QStringLiteral("1"), QStringLiteral("3")}) {
        const QJsonObject run = m_results.value(QLatin1String("runs")).toObject().value(parallel).toObject();
        for (const char *peer : Peers) {
            const QJsonObject ratio =
                run.value(QLatin1String("ratio")).toObject().value(QLatin1String(peer)).toObject();
            for (const char *key :
                 {"wallSeconds", "cpuSeconds", "sshdCpuSeconds", "peakRssMiB", "scansPerSecond"}) {
                const double expected = at(tool(parallel, "patchwright"), QLatin1String(key)) /
                                        at(tool(parallel, peer), QLatin1String(key));
                QVERIFY2(qFuzzyCompare(at(ratio, QLatin1String(key)), expected), key);
            }
            const double speedup =
                run.value(QLatin1String("speedup")).toObject().value(QLatin1String(peer)).toDouble();
            QVERIFY(
                qFuzzyCompare(speedup, at(tool(parallel, peer), QStringLiteral("wallSeconds")) /
                                           at(tool(parallel, "patchwright"), QStringLiteral("wallSeconds"))));
        }
    }
}

void TestBenchScanSmoke::everyToolStoredTheSameRowsForEveryHost()
{
    for (const QString &parallel : {QStringLiteral("1"), QStringLiteral("3")}) {
        const QJsonObject ours = tool(parallel, "patchwright").value(QLatin1String("perHost")).toObject();
        QCOMPARE(ours.size(), 6);
        for (auto host = ours.begin(); host != ours.end(); ++host) {
            const QJsonObject expected = host->toObject();
            QCOMPARE(at(expected, QStringLiteral("installedRows")), 300.0);
            QCOMPARE(at(expected, QStringLiteral("pendingRows")), 5.0);
            for (const char *peer : Peers) {
                const QJsonObject theirs = tool(parallel, peer)
                                               .value(QLatin1String("perHost"))
                                               .toObject()
                                               .value(host.key())
                                               .toObject();
                const QString where = host.key() + u" by "_s + QLatin1String(peer);
                QVERIFY2(theirs.value(QLatin1String("installed")) ==
                             expected.value(QLatin1String("installed")),
                         qPrintable(where));
                if (QLatin1String(peer) != QLatin1String("ansible-facts"))
                    QVERIFY2(theirs.value(QLatin1String("pending")) ==
                                 expected.value(QLatin1String("pending")),
                             qPrintable(where));
            }
        }
    }
}

void TestBenchScanSmoke::reportsTheFloorOfEveryTool()
{
    const double cpus =
        at(m_results.value(QLatin1String("machine")).toObject(), QStringLiteral("logicalCpus"));
    QVERIFY(cpus >= 1);
    for (const QString &parallel : {QStringLiteral("1"), QStringLiteral("3")}) {
        for (const char *name :
             {"patchwright", "parallel-ssh", "ansible-raw", "ansible-facts", "patchwright-warm"}) {
            const QJsonObject figures = tool(parallel, name);
            QVERIFY(qFuzzyCompare(at(figures, QStringLiteral("floorSeconds")),
                                  at(figures, QStringLiteral("sshdCpuSeconds")) / cpus));
            QVERIFY(qFuzzyCompare(at(figures, QStringLiteral("wallOverFloor")),
                                  at(figures, QStringLiteral("wallSeconds")) /
                                      at(figures, QStringLiteral("floorSeconds"))));
            QVERIFY(figures.value(QLatin1String("spread")).toObject().contains(u"wallSeconds"_s));
        }
    }
}

void TestBenchScanSmoke::countsEndpointProcessesAndOneExecPerHost()
{
    for (const QString &parallel : {QStringLiteral("1"), QStringLiteral("3")}) {
        const QJsonObject ours = tool(parallel, "patchwright");
        for (const char *name : {"patchwright", "parallel-ssh", "ansible-raw", "ansible-facts"}) {
            const QJsonObject figures = tool(parallel, name);
            // Every host costs sshd processes and at least a shell and the package tool.
            QVERIFY(at(figures, QStringLiteral("sshdProcessesPerHost")) >= 1);
            QVERIFY(at(figures, QStringLiteral("endpointProcessesPerHost")) >
                    at(figures, QStringLiteral("sshdProcessesPerHost")) + 2);
            const QJsonObject names = figures.value(QLatin1String("endpointProcessesByName")).toObject();
            QVERIFY2(names.contains(QLatin1String(name) == QLatin1String("ansible-facts") ? u"python3"_s
                                                                                          : u"apt-get"_s),
                     name);
            // The clients' own processes are not the endpoint's.
            for (const char *client : {"ssh", "ansible", "parallel-ssh"})
                QVERIFY2(!names.contains(QLatin1String(client)), name);
        }
        // The same one command: the same processes on the endpoint for Patchwright and parallel-ssh.
        QCOMPARE(at(ours, QStringLiteral("endpointProcessesPerHost")),
                 at(tool(parallel, "parallel-ssh"), QStringLiteral("endpointProcessesPerHost")));
    }
}

void TestBenchScanSmoke::warmRescanFindsEveryHostUnchangedWithTheSameRows()
{
    for (const QString &parallel : {QStringLiteral("1"), QStringLiteral("3")}) {
        const QJsonObject warm = tool(parallel, "patchwright-warm");
        QVERIFY2(at(warm, QStringLiteral("ok")) == 6.0,
                 qPrintable(warm.value(QLatin1String("firstError")).toString()));
        QCOMPARE(at(warm, QStringLiteral("unchanged")), 6.0);
        QVERIFY(warm.value(QLatin1String("sameRowsAsCold")).toBool());
        QCOMPARE(at(warm, QStringLiteral("installedRows")),
                 at(tool(parallel, "patchwright"), QStringLiteral("installedRows")));
        QCOMPARE(at(warm, QStringLiteral("commandsPerHost")), 1.0);
        QVERIFY(warm.value(QLatin1String("keptSessions")).toBool());
        // Nothing but the fingerprint is computed: no dpkg-query, no apt-get.
        const QJsonObject names = warm.value(QLatin1String("endpointProcessesByName")).toObject();
        QVERIFY(!names.contains(u"apt-get"_s));
        QVERIFY(!names.contains(u"dpkg-query"_s));
        QVERIFY2(names.contains(u"cksum"_s), "the warm rescan's own commands are counted");
        QVERIFY(at(warm, QStringLiteral("wallSeconds")) > 0);
    }
}

void TestBenchScanSmoke::leavesNoMountOrFolderBehind()
{
    // While it ran, the benchmark's own mount table held the simulated host's overlay (and its /proc and
    // boot id) under the work folder: the probe below looks where such mounts live.
    const QByteArray host = m_workDir.path().toUtf8() + "/scan-";
    QVERIFY2(m_mountsWhileRunning.contains(QByteArray("overlay " + host)) &&
                 m_mountsWhileRunning.contains(QByteArray("proc " + host)),
             m_mountsWhileRunning.constData());
    // A leak would be a process outliving the benchmark (an sshd, a session, a command chrooted into the
    // host) that keeps the namespace, and so the overlay, alive; or mounts made outside the namespace. No
    // process on the machine may see a mount under the work folder or run with its root there.
    QCOMPARE(processesHoldingDir(m_workDir.path()), QStringList());
    QVERIFY(QDir(m_workDir.path()).entryList({QStringLiteral("scan-*")}, QDir::Dirs).isEmpty());
}

namespace {

// The pids of the processes whose command line names `text` (a peer's workers name their inventory's path).
QStringList processesNaming(const QByteArray &text)
{
    QStringList pids;
    for (const QString &pid :
         QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(text))
            pids.append(pid);
    }
    return pids;
}

} // namespace

// A peer that runs past its deadline (here 3 s: package_facts needs several seconds for 6 hosts one at a
// time) is stopped with every process it forked, its measurements are reported as unfinished, and the run
// goes on (two rounds, the order turned: Patchwright, Ansible stopped; Ansible stopped, Patchwright) and ends
// with exit code 3.
void TestBenchScanSmoke::stopsAPeerPastItsDeadlineAndGoesOn()
{
    QTemporaryDir workDir;
    QVERIFY(workDir.isValid());
    const Run stopped =
        run({QStringLiteral("--quick"), QStringLiteral("--json"), QStringLiteral("--parallel"),
             QStringLiteral("1"), QStringLiteral("--runs"), QStringLiteral("2"), QStringLiteral("--tools"),
             QStringLiteral("ansible-facts,patchwright"), QStringLiteral("--peer-deadline"),
             QStringLiteral("3"), QStringLiteral("--work-dir"), workDir.path()});
    QCOMPARE(stopped.exitCode, 3);
    QVERIFY2(stopped.err.contains("did not finish within 3 s and was stopped"), stopped.err.constData());
    QVERIFY2(stopped.err.contains("2 measurement(s) did not finish"), stopped.err.constData());
    const QJsonObject run = QJsonDocument::fromJson(stopped.out)
                                .object()
                                .value(QLatin1String("runs"))
                                .toObject()
                                .value(QLatin1String("1"))
                                .toObject();
    const QJsonObject facts = run.value(QLatin1String("ansible-facts")).toObject();
    QCOMPARE(at(facts, QStringLiteral("unfinished")), 2.0);
    QVERIFY(!facts.contains(QLatin1String("wallSeconds")));
    QCOMPARE(facts.value(QLatin1String("unfinishedReasons")).toArray().size(), 2);
    QVERIFY(facts.value(QLatin1String("unfinishedReasons"))
                .toArray()
                .at(1)
                .toString()
                .contains(u"ansible-facts at parallelism 1"_s));
    QVERIFY(!run.value(QLatin1String("speedup")).toObject().contains(QLatin1String("ansible-facts")));
    // Patchwright was measured in both rounds, the second time after the stopped peer.
    const QJsonObject ours = run.value(QLatin1String("patchwright")).toObject();
    QCOMPARE(at(ours, QStringLiteral("unfinished")), 0.0);
    QCOMPARE(at(ours, QStringLiteral("runs")), 2.0);
    QCOMPARE(at(ours, QStringLiteral("ok")), 6.0);
    // No worker of the stopped Ansible outlives it (they name the run's inventory, under the work folder).
    QCOMPARE(processesNaming(workDir.path().toUtf8()), QStringList());
    QCOMPARE(processesHoldingDir(workDir.path()), QStringList());
}

void TestBenchScanSmoke::rejectsABadOption()
{
    const Run bad = run({QStringLiteral("--parallel"), QStringLiteral("1,0"), QStringLiteral("--work-dir"),
                         m_workDir.path()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY2(bad.err.contains("--parallel needs numbers from 1 to 1024"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestBenchScanSmoke)

#include "tst_bench_scan_smoke.moc"
