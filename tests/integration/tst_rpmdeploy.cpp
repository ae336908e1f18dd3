#include "../support/RootedEndpoint.h"
#include "../support/RpmLab.h"
#include "../support/SshServer.h"
#include "../support/TestDatabase.h"

#include "endpoints/EndpointForAsset.h"
#include "platforms/PlatformDetector.h"
#include "scan/AssetScanner.h"
#include "trust/ConsoleTrust.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The RPM endpoint, for real: Debian's own dnf and zypper against the local rpm-md repositories of
// rpm-lab.sh (an updateinfo.xml with security advisory PW-SA-2026:0001 for pw-crypto 1.0-1 -> 1.1-1), one
// simulated host root each, reached over a real sshd of the test's own through the console's SshEndpoint
// (host key checked), with RootedEndpoint adding each tool's root option (--installroot, --root). Scan ->
// deploy by advisory (dnf --advisory, zypper patch:) -> rescan shows the fix -> roll back to the recorded
// version (dnf downgrade, zypper install --oldpackage) -> rescan shows the old version and the advisory
// pending again.
class TestRpmDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanDeployVerifyRollBack_data();
    void scanDeployVerifyRollBack();

private:
    QTemporaryDir m_lab;
};

namespace {

const QString SecurityAdvisory = u"PW-SA-2026:0001"_s;

const PendingPatch *find(const QList<PendingPatch> &pending, const QString &package)
{
    for (const PendingPatch &patch : pending) {
        if (patch.package == package)
            return &patch;
    }
    return nullptr;
}

QString installedVersion(const ScanRecord &record, const QString &package)
{
    for (const InstalledPackage &installed : record.installed) {
        if (installed.name == package)
            return installed.version;
    }
    return {};
}

Result<ScanRecord> scan(Endpoint &endpoint)
{
    return AssetScanner::scan(endpoint, 1, RunLimits{}, nullptr);
}

void runAsRoot(Endpoint &endpoint, const Command &command)
{
    QVERIFY(command.needsRoot);
    const CommandResult result = endpoint.run(command, RunLimits{});
    QVERIFY2(
        result.completed() && result.exitCode == 0,
        qPrintable(command.display() + u": "_s + result.error + QString::fromUtf8(result.standardError)));
}

} // namespace

void TestRpmDeploy::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "tst_rpmdeploy needs root: dnf --installroot, rpm --root and unshare --mount");
    const QStringList missing = RpmLab::missingTools();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"missing %1; run packaging/install-deps.sh --tests"_s.arg(missing.join(u", "_s))));
    QVERIFY(m_lab.isValid());
    const Status built = RpmLab::buildRepositories(m_lab.path());
    QVERIFY2(built.ok(), qPrintable(built.error().message));
}

void TestRpmDeploy::scanDeployVerifyRollBack_data()
{
    QTest::addColumn<int>("host");
    QTest::addColumn<QString>("manager");
    QTest::addColumn<QString>("deployTarget");   // the argument that selects the advisory
    QTest::addColumn<QString>("bugfixSeverity"); // dnf's list shows none for non-security advisories
    QTest::newRow("dnf (Rocky-like)")
        << int(RpmLab::Host::Dnf) << u"dnf"_s << u"--advisory=PW-SA-2026:0001"_s << u"unknown"_s;
    QTest::newRow("zypper (SLES-like)")
        << int(RpmLab::Host::Zypper) << u"zypper"_s << u"patch:PW-SA-2026:0001"_s << u"moderate"_s;
}

void TestRpmDeploy::scanDeployVerifyRollBack()
{
    QFETCH(int, host);
    QFETCH(QString, manager);
    QFETCH(QString, deployTarget);
    QFETCH(QString, bugfixSeverity);

    QTemporaryDir hostDir;
    QVERIFY(hostDir.isValid());
    const QString root = hostDir.path() + u"/root"_s;
    const Status made = RpmLab::makeHost(m_lab.path(), root, static_cast<RpmLab::Host>(host));
    QVERIFY2(made.ok(), qPrintable(made.error().message));
    // The host is reached over SSH, as a real RPM server would be.
    SshServer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    TestDatabase console;
    Asset asset;
    asset.name = u"rpm1"_s;
    asset.transport = Transport::Ssh;
    asset.address = sshd.host();
    asset.port = sshd.port();
    asset.user = sshd.user();
    asset.identityFile = sshd.userKeyPath();
    EndpointContext context;
    context.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    auto ssh = endpointForAsset(asset, ConsoleTrust::forDatabase(context, console.config()));
    QVERIFY2(ssh.ok(), qPrintable(ssh.error().text()));
    auto rooted = RootedEndpoint::create(*ssh.value(), root);
    QVERIFY2(rooted.ok(), qPrintable(rooted.error().message));
    RootedEndpoint &endpoint = rooted.value();

    // Scan: the security patch is pending with its advisory, severity and CVEs.
    const auto before = scan(endpoint);
    QVERIFY2(before.ok(), qPrintable(before.error().text()));
    QCOMPARE(before.value().facts.packageManager, manager);
    QCOMPARE(installedVersion(before.value(), u"pw-crypto"_s), u"1.0-1"_s);
    const PendingPatch *crypto = find(before.value().pending, u"pw-crypto"_s);
    QVERIFY(crypto);
    QCOMPARE(crypto->installedVersion, u"1.0-1"_s);
    QCOMPARE(crypto->availableVersion, u"1.1-1"_s);
    QCOMPARE(crypto->advisory, SecurityAdvisory);
    QCOMPARE(crypto->classification, PatchClassification::Security);
    QCOMPARE(crypto->severity, PatchSeverity::Important);
    QCOMPARE(crypto->cves, (QStringList{u"CVE-2026-1001"_s, u"CVE-2026-1002"_s}));
    const PendingPatch *daemon = find(before.value().pending, u"pw-daemon"_s);
    QVERIFY(daemon);
    QCOMPARE(daemon->advisory, u"PW-BA-2026:0002"_s);
    QCOMPARE(daemon->classification, PatchClassification::Bugfix);
    QCOMPARE(storedText(daemon->severity), bugfixSeverity);
    const PendingPatch *tool = find(before.value().pending, u"pw-tool"_s);
    QVERIFY(tool);
    QVERIFY(tool->advisory.isEmpty());
    QCOMPARE(before.value().pending.size(), qsizetype(3));

    // Deploy the advisory; record the version before.
    const std::unique_ptr<PatchPlatform> platform = PlatformDetector::forFacts(before.value().facts);
    QVERIFY(platform);
    const PackageChange change{crypto->package, crypto->architecture, crypto->availableVersion,
                               crypto->advisory};
    const PackageChange previous{crypto->package, crypto->architecture, crypto->installedVersion,
                                 crypto->advisory};
    const auto install = platform->installCommand({change});
    QVERIFY2(install.ok(), qPrintable(install.error().text()));
    QVERIFY(install.value().arguments.contains(deployTarget));
    runAsRoot(endpoint, install.value());

    // Verify: the fixed version is installed and the advisory is no longer pending; the rest still is.
    const auto after = scan(endpoint);
    QVERIFY2(after.ok(), qPrintable(after.error().text()));
    QCOMPARE(installedVersion(after.value(), u"pw-crypto"_s), u"1.1-1"_s);
    QVERIFY(!find(after.value().pending, u"pw-crypto"_s));
    QVERIFY(find(after.value().pending, u"pw-daemon"_s));
    QVERIFY(find(after.value().pending, u"pw-tool"_s));

    // Roll back to the recorded version.
    const auto rollback = platform->rollbackCommand({previous});
    QVERIFY2(rollback.ok(), qPrintable(rollback.error().text()));
    runAsRoot(endpoint, rollback.value());

    const auto rolledBack = scan(endpoint);
    QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.error().text()));
    QCOMPARE(installedVersion(rolledBack.value(), u"pw-crypto"_s), u"1.0-1"_s);
    const PendingPatch *again = find(rolledBack.value().pending, u"pw-crypto"_s);
    QVERIFY(again);
    QCOMPARE(again->advisory, SecurityAdvisory);
    QCOMPARE(again->cves, (QStringList{u"CVE-2026-1001"_s, u"CVE-2026-1002"_s}));
    QCOMPARE(rolledBack.value().pending.size(), qsizetype(3));

    // Anything but the package tools stays off this machine.
    const CommandResult refused = endpoint.run(Command{u"touch"_s, {u"/tmp/x"_s}}, RunLimits{});
    QVERIFY(!refused.started);
    QVERIFY2(refused.error.contains(u"not run against a test root"_s), qPrintable(refused.error));
}

QTEST_GUILESS_MAIN(TestRpmDeploy)
#include "tst_rpmdeploy.moc"
