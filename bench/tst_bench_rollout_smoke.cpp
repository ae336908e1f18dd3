#include "SmokeLeakProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs pw_bench_rollout --quick (3 simulated hosts, each with a root of its own, in rings pilot, broad and
// critical of one host each; needs root, as CI has, and ansible-core) and checks its counts and states: the
// staged run went through every ring with a go at each gate, every deployment succeeded and was verified, the
// hosts really hold the new versions, and Ansible did the same. A correctness smoke test: it asserts no
// timings, only that they are there.
class TestBenchRolloutSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theStagedRunWentThroughEveryRing();
    void everyDeploymentWasVerifiedOnItsOwnHost();
    void ansibleDeployedTheSameInTheSameRings();
    void theSummaryHasEachTool();
    void leavesNoMountOrFolderBehind();
    void rejectsABadOption();

private:
    QJsonObject tool(const char *name) const;

    QTemporaryDir m_workDir;
    QJsonObject m_results;
};

namespace {

double at(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toDouble() : -1;
}

const QStringList Rings{QStringLiteral("pilot"), QStringLiteral("broad"), QStringLiteral("critical")};

} // namespace

QJsonObject TestBenchRolloutSmoke::tool(const char *name) const
{
    return m_results.value(QLatin1String("runs"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String(name))
        .toObject();
}

void TestBenchRolloutSmoke::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    QProcess process;
    process.start(QStringLiteral(PW_BENCH_PATH), {QStringLiteral("--quick"), QStringLiteral("--json"),
                                                  QStringLiteral("--work-dir"), m_workDir.path()});
    QVERIFY(process.waitForStarted(30000));
    QVERIFY2(process.waitForFinished(300000), "the benchmark did not finish within 5 minutes");
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    m_results = document.object();
    QCOMPARE(m_results.value(QLatin1String("benchmark")).toString(), QStringLiteral("pw_bench_rollout"));
    const QJsonObject parameters = m_results.value(QLatin1String("parameters")).toObject();
    QCOMPARE(at(parameters, QStringLiteral("hosts")), 3.0);
    QCOMPARE(at(parameters, QStringLiteral("runs")), 1.0);
    QCOMPARE(parameters.value(QLatin1String("ringOrder")).toArray(), QJsonArray::fromStringList(Rings));
    QCOMPARE(m_results.value(QLatin1String("runs")).toArray().size(), 1);
}

void TestBenchRolloutSmoke::theStagedRunWentThroughEveryRing()
{
    const QJsonObject ours = tool("patchwright");
    QCOMPARE(ours.value(QLatin1String("endState")).toString(), QStringLiteral("succeeded"));
    const QJsonArray stages = ours.value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 3);
    for (int i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        QCOMPARE(stage.value(QLatin1String("ring")).toString(), Rings.at(i));
        QCOMPARE(at(stage, QStringLiteral("assets")), 1.0);
        QCOMPARE(at(stage, QStringLiteral("succeeded")), 1.0);
        QCOMPARE(at(stage, QStringLiteral("failed")), 0.0);
        QVERIFY(at(stage, QStringLiteral("wallSeconds")) > 0);
        if (i < 2) { // a gate after every ring but the last
            QCOMPARE(stage.value(QLatin1String("verdict")).toString(), QStringLiteral("go"));
            QVERIFY2(stage.value(QLatin1String("verdictDetail"))
                         .toString()
                         .contains(QLatin1String("1 of 1 succeeded")),
                     qPrintable(stage.value(QLatin1String("verdictDetail")).toString()));
            QVERIFY(at(stage, QStringLiteral("gateSeconds")) >= 0);
            QVERIFY(at(stage, QStringLiteral("nextRingSeconds")) >= 0);
        } else {
            QVERIFY(!stage.contains(QLatin1String("verdict")));
        }
    }
    for (const char *key : {"totalSeconds", "cpuSeconds", "peakRssMiB", "sshdCpuSeconds"})
        QVERIFY2(at(ours, QLatin1String(key)) > 0, key);
    QCOMPARE(at(ours, QStringLiteral("refusedBySshd")), 0.0);
}

void TestBenchRolloutSmoke::everyDeploymentWasVerifiedOnItsOwnHost()
{
    const QJsonObject ours = tool("patchwright");
    QCOMPARE(at(ours, QStringLiteral("succeeded")), 3.0);
    QCOMPARE(at(ours, QStringLiteral("failed")), 0.0);
    QCOMPARE(at(ours, QStringLiteral("verifiedDeployments")), 3.0);
    QCOMPARE(at(ours, QStringLiteral("installedPatches")), 6.0); // pw-demo and pw-kernel on each host
    QCOMPARE(at(ours, QStringLiteral("hostsAtTarget")), 3.0);    // read from each host's dpkg status
    const QJsonObject prepared = ours.value(QLatin1String("prepare")).toObject();
    QCOMPARE(at(prepared, QStringLiteral("scanned")), 3.0);
    QCOMPARE(at(prepared, QStringLiteral("pendingRows")), 9.0); // pw-fragile too, left out of the change
    QCOMPARE(at(prepared, QStringLiteral("changeTargets")), 6.0);
    QVERIFY(at(prepared, QStringLiteral("scanSeconds")) > 0);
}

void TestBenchRolloutSmoke::ansibleDeployedTheSameInTheSameRings()
{
    const QJsonObject peer = tool("ansible");
    QVERIFY2(!peer.isEmpty(), "no Ansible figures");
    QCOMPARE(at(peer, QStringLiteral("exitCode")), 0.0);
    QVERIFY2(at(peer, QStringLiteral("succeeded")) == 3.0,
             qPrintable(peer.value(QLatin1String("firstError")).toString()));
    QCOMPARE(at(peer, QStringLiteral("failed")), 0.0);
    QCOMPARE(at(peer, QStringLiteral("hostsAtTarget")), 3.0);
    const QJsonArray stages = peer.value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 3);
    for (int i = 0; i < stages.size(); ++i) {
        QCOMPARE(stages.at(i).toObject().value(QLatin1String("ring")).toString(), Rings.at(i));
        QVERIFY(at(stages.at(i).toObject(), QStringLiteral("wallSeconds")) > 0);
    }
    for (const char *key : {"totalSeconds", "cpuSeconds", "peakRssMiB", "sshdCpuSeconds"})
        QVERIFY2(at(peer, QLatin1String(key)) > 0, key);
}

void TestBenchRolloutSmoke::theSummaryHasEachTool()
{
    const QJsonObject summary = m_results.value(QLatin1String("summary")).toObject();
    for (const char *name : {"patchwright", "ansible"}) {
        const QJsonObject total =
            summary.value(QLatin1String(name)).toObject().value(QLatin1String("totalSeconds")).toObject();
        QCOMPARE(at(total, QStringLiteral("median")), at(tool(name), QStringLiteral("totalSeconds")));
        QCOMPARE(at(total, QStringLiteral("min")), at(total, QStringLiteral("max"))); // one run
    }
    const QJsonObject pilot = summary.value(QLatin1String("patchwright"))
                                  .toObject()
                                  .value(QLatin1String("stages"))
                                  .toObject()
                                  .value(QLatin1String("pilot"))
                                  .toObject();
    QVERIFY(pilot.contains(QLatin1String("gateSeconds")));
}

void TestBenchRolloutSmoke::leavesNoMountOrFolderBehind()
{
    QCOMPARE(processesHoldingDir(m_workDir.path()), QStringList());
    QVERIFY(QDir(m_workDir.path()).entryList({QStringLiteral("rollout-*")}, QDir::Dirs).isEmpty());
}

void TestBenchRolloutSmoke::rejectsABadOption()
{
    QProcess process;
    process.start(QStringLiteral(PW_BENCH_PATH), {QStringLiteral("--rings"), QStringLiteral("pilot:0"),
                                                  QStringLiteral("--work-dir"), m_workDir.path()});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("--rings needs NAME:HOSTS pairs"));
}

QTEST_GUILESS_MAIN(TestBenchRolloutSmoke)

#include "tst_bench_rollout_smoke.moc"
