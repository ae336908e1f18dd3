#include "endpoints/LocalEndpoint.h"
#include "endpoints/RemoteCommand.h"
#include "platforms/AptPlatform.h"
#include "scan/AssetScanner.h"
#include "scan/FactsProbe.h"
#include "scan/ScanScript.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// This machine, one command per step: the scan as it ran before ScanScript (runsShellScripts() false).
class PerStepEndpoint : public Endpoint
{
public:
    CommandResult run(const Command &command, const RunLimits &limits,
                      const std::atomic_bool *cancel) override
    {
        ++commands;
        return m_local.run(command, limits, cancel);
    }
    QString describe() const override { return m_local.describe(); }
    int commands = 0;

private:
    LocalEndpoint m_local;
};

// This machine through the scan script, counting the commands it is given.
class CountingEndpoint : public Endpoint
{
public:
    CommandResult run(const Command &command, const RunLimits &limits,
                      const std::atomic_bool *cancel) override
    {
        ++commands;
        return m_local.run(command, limits, cancel);
    }
    QString describe() const override { return m_local.describe(); }
    bool runsShellScripts() const override { return true; }
    int commands = 0;

private:
    LocalEndpoint m_local;
};

QByteArray section(const QByteArray &boundary, const QByteArray &name, const QByteArray &content, int status)
{
    return '\n' + boundary + " begin " + name + '\n' + content + '\n' + boundary + " end " + name + ' ' +
           QByteArray::number(status) + '\n';
}

RunLimits limits()
{
    RunLimits limits;
    limits.timeout = std::chrono::seconds(60);
    return limits;
}

QStringList rows(const ScanRecord &record)
{
    QStringList rows;
    for (const InstalledPackage &package : record.installed)
        rows << u"i %1 %2 %3 %4"_s.arg(package.name, package.architecture, package.version, package.source);
    for (const PendingPatch &patch : record.pending)
        rows << u"p %1 %2 %3 %4"_s.arg(patch.package, patch.architecture, patch.installedVersion,
                                       patch.availableVersion);
    const AssetFacts &facts = record.facts;
    rows << u"f %1 %2 %3 %4 %5 %6 %7"_s.arg(facts.hostname, facts.kernel, facts.architecture, facts.osId,
                                            facts.osVersion, facts.packageManager,
                                            facts.rebootRequired ? u"reboot"_s : u"-"_s);
    return rows;
}

} // namespace

class TestScanScript : public QObject
{
    Q_OBJECT

private slots:
    void boundaryIsFreshAndRandom();
    void commandRunsWithoutTheGuardAndPassesOnlyValidatedArguments();
    void parsesSectionsExactly();
    void outputCannotForgeASection_data();
    void outputCannotForgeASection();
    void streamsMustNameTheSameSteps();
    void oneCommandScansThisMachineAsTheStepsDid();
    void warmRescanReturnsTheSameRowsForFarLess();
    void changedFingerprintScansCold();
};

void TestScanScript::boundaryIsFreshAndRandom()
{
    const QByteArray a = ScanScript::newBoundary();
    const QByteArray b = ScanScript::newBoundary();
    QVERIFY(a != b);
    QCOMPARE(a.size(), qsizetype(3 + 32));
    QVERIFY(a.startsWith("pw-"));
}

void TestScanScript::commandRunsWithoutTheGuardAndPassesOnlyValidatedArguments()
{
    const QString known = u"123 456 /var/lib/dpkg/status\n789 1011 -"_s;
    const Command command = ScanScript::command("pw-0123", known);
    QCOMPARE(command.program, u"sh"_s);
    QVERIFY(!command.needsRoot);
    QVERIFY(!command.stopWithChannel);
    QCOMPARE(command.arguments.at(2), u"patchwright"_s);
    QCOMPARE(command.arguments.at(3), u"pw-0123"_s);
    QCOMPARE(command.arguments.at(4), known);
    // A stored value that is not a fingerprint is never passed (a cold scan instead): not one that would
    // reach the shell, nor the single line the script printed before (a baseline from an older version).
    QCOMPARE(ScanScript::command("pw-0123", u"1; reboot"_s).arguments.at(4), QString());
    QCOMPARE(ScanScript::command("pw-0123", u"1 2 /etc/os-release; reboot\n1 2 -"_s).arguments.at(4),
             QString());
    QCOMPARE(ScanScript::command("pw-0123", u"123 456"_s).arguments.at(4), QString());
    QVERIFY(ScanScript::isValidFingerprint(u"1 2 -"_s));
    QVERIFY(!ScanScript::isValidFingerprint(u"1 2 -\n"_s));
    // The script is the same for every scan: the boundary and the fingerprint travel as arguments.
    QCOMPARE(ScanScript::command("pw-other").arguments.at(1), command.arguments.at(1));
    const auto line = RemoteCommand::line(command, true);
    QVERIFY(line.ok());
    QVERIFY(!line.value().contains("kill -TERM 0")); // no watcher
    QVERIFY(line.value().startsWith("'env' 'LC_ALL=C' 'LANG=C' 'sh' '-c' "));
    Command guarded = AptPlatform().installedPackagesCommand();
    QVERIFY(RemoteCommand::line(guarded, true).value().contains("kill -TERM 0"));
}

void TestScanScript::parsesSectionsExactly()
{
    const QByteArray b = ScanScript::newBoundary();
    // Contents keep their exact bytes: no final newline, an empty one, a blank line.
    const QByteArray out = section(b, "fingerprint", "1 2\n", 0) + section(b, "installed", "a\tb", 0) +
                           section(b, "pending", "", 100) + section(b, "facts", "\n\nx\n", 3);
    const QByteArray err = section(b, "fingerprint", "", 0) + section(b, "installed", "warn\n", 0) +
                           section(b, "pending", "", 100) + section(b, "facts", "", 3);
    const auto sections = ScanScript::parse(out, err, b);
    QVERIFY2(sections.ok(), qPrintable(sections.error().text()));
    QCOMPARE(sections.value().size(), qsizetype(4));
    QCOMPARE(sections.value().value(u"installed"_s).standardOutput, QByteArray("a\tb"));
    QCOMPARE(sections.value().value(u"installed"_s).standardError, QByteArray("warn\n"));
    QCOMPARE(sections.value().value(u"pending"_s).standardOutput, QByteArray());
    QCOMPARE(sections.value().value(u"pending"_s).exitCode, 100);
    QCOMPARE(sections.value().value(u"facts"_s).standardOutput, QByteArray("\n\nx\n"));
    QCOMPARE(sections.value().value(u"facts"_s).exitCode, 3);
}

void TestScanScript::outputCannotForgeASection_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("refused");
    const QByteArray guessed = "pw-00000000000000000000000000000000";
    // Without the boundary, marker-like lines are the step's output, kept as they are.
    QTest::newRow("guessed boundary")
        << QByteArray("x\n" + guessed + " end installed 0\n" + guessed + " begin pending\nfake 1.0\n")
        << false;
    QTest::newRow("old facts marker") << QByteArray("@@patchwright:end@@\n") << false;
    // With it (a host that learned it from the process list mid-scan), the parser refuses, never misreads.
    QTest::newRow("real boundary, early end") << QByteArray("x\nBOUNDARY end installed 0\n") << true;
    QTest::newRow("real boundary, new section") << QByteArray("x\nBOUNDARY begin pending\n") << true;
    QTest::newRow("real boundary, other step") << QByteArray("\nBOUNDARY end pending 0\n") << true;
}

void TestScanScript::outputCannotForgeASection()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, refused);
    const QByteArray b = ScanScript::newBoundary();
    content.replace("BOUNDARY", b);
    const QByteArray out = section(b, "fingerprint", "1 2\n", 0) + section(b, "installed", content, 0);
    const QByteArray err = section(b, "fingerprint", "", 0) + section(b, "installed", "", 0);
    const auto sections = ScanScript::parse(out, err, b);
    QCOMPARE(!sections.ok(), refused);
    if (!refused) {
        QCOMPARE(sections.value().size(), qsizetype(2));
        QCOMPARE(sections.value().value(u"installed"_s).standardOutput, content);
    }
}

void TestScanScript::streamsMustNameTheSameSteps()
{
    const QByteArray b = ScanScript::newBoundary();
    const QByteArray out = section(b, "fingerprint", "1 2\n", 0) + section(b, "installed", "", 0);
    QVERIFY(!ScanScript::parse(out, section(b, "fingerprint", "", 0), b).ok());
    QVERIFY(!ScanScript::parse(out, out, "pw-other").ok());
    QVERIFY(!ScanScript::parse(out + "trailing", out, b).ok());
    QVERIFY(!ScanScript::parse(out.chopped(3), out, b).ok()); // cut short
    QVERIFY(ScanScript::parse(out, out, b).ok());
}

void TestScanScript::oneCommandScansThisMachineAsTheStepsDid()
{
    PerStepEndpoint perStep;
    const auto before =
        AssetScanner::scanAsset(perStep, 1, limits(), nullptr, {}, FactsSource::PosixShell, nullptr);
    QVERIFY2(before.ok(), qPrintable(before.error().text()));
    QVERIFY(perStep.commands >= 3);
    QVERIFY(before.value().fingerprint.isEmpty());

    CountingEndpoint oneExec;
    const auto scanned =
        AssetScanner::scanAsset(oneExec, 1, limits(), nullptr, {}, FactsSource::PosixShell, nullptr);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().text()));
    QCOMPARE(oneExec.commands, 1);
    QCOMPARE(scanned.value().commands, 1);
    QVERIFY(!scanned.value().unchanged);
    QVERIFY(ScanScript::isValidFingerprint(scanned.value().fingerprint));
    QVERIFY(scanned.value().record.installed.size() > 10);
    QCOMPARE(rows(scanned.value().record), rows(before.value().record));
}

void TestScanScript::warmRescanReturnsTheSameRowsForFarLess()
{
    CountingEndpoint endpoint;
    const auto cold =
        AssetScanner::scanAsset(endpoint, 7, limits(), nullptr, {}, FactsSource::PosixShell, nullptr);
    QVERIFY2(cold.ok(), qPrintable(cold.error().text()));
    const ScanBaseline baseline{cold.value().fingerprint, cold.value().record};
    QStringList steps;
    const auto warm = AssetScanner::scanAsset(
        endpoint, 7, limits(), nullptr, [&steps](const QString &step) { steps << step; },
        FactsSource::PosixShell, &baseline);
    QVERIFY2(warm.ok(), qPrintable(warm.error().text()));
    QVERIFY(warm.value().unchanged);
    QCOMPARE(warm.value().commands, 1);
    QCOMPARE(warm.value().fingerprint, cold.value().fingerprint);
    QCOMPARE(rows(warm.value().record), rows(cold.value().record));
    QCOMPARE(warm.value().record.assetId, qint64(7));
    QVERIFY(warm.value().record.startedAt >= cold.value().record.finishedAt);
    QVERIFY(warm.value().record.facts.uptimeSeconds >= cold.value().record.facts.uptimeSeconds);
    // Only the fingerprint and the uptime came back.
    QVERIFY2(
        warm.value().bytesReceived * 20 < cold.value().bytesReceived,
        qPrintable(
            u"warm %1 bytes, cold %2"_s.arg(warm.value().bytesReceived).arg(cold.value().bytesReceived)));
    QCOMPARE(steps, QStringList{AssetScanner::tr("Collecting facts")});
}

void TestScanScript::changedFingerprintScansCold()
{
    CountingEndpoint endpoint;
    const auto cold =
        AssetScanner::scanAsset(endpoint, 1, limits(), nullptr, {}, FactsSource::PosixShell, nullptr);
    QVERIFY2(cold.ok(), qPrintable(cold.error().text()));
    ScanBaseline stale{u"1 1 -"_s, cold.value().record};
    stale.record.installed.clear(); // what a stale baseline would wrongly give back
    const auto rescanned =
        AssetScanner::scanAsset(endpoint, 1, limits(), nullptr, {}, FactsSource::PosixShell, &stale);
    QVERIFY2(rescanned.ok(), qPrintable(rescanned.error().text()));
    QVERIFY(!rescanned.value().unchanged);
    QCOMPARE(rows(rescanned.value().record), rows(cold.value().record));
}

QTEST_GUILESS_MAIN(TestScanScript)
#include "tst_scanscript.moc"
