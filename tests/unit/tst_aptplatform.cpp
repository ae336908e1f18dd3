#include "endpoints/LocalEndpoint.h"
#include "platforms/AptPlatform.h"

#include "platforms/ListingLimits.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/apt/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

const PendingPatch *findPatch(const QList<PendingPatch> &patches, const QString &package)
{
    for (const PendingPatch &patch : patches) {
        if (patch.package == package)
            return &patch;
    }
    return nullptr;
}

} // namespace

class TestAptPlatform : public QObject
{
    Q_OBJECT

private slots:
    void commandsAreFixedArgumentVectors();
    void packageNames_data();
    void packageNames();
    void versions_data();
    void versions();
    void securityOrigins();

    void installedFromRealDpkgQuery();
    void installedReportsOnlyInstalledStates();
    void installedRejectsUnknownStatus();
    void installedRejectsHostileOutput_data();
    void installedRejectsHostileOutput();
    void installedEmptyOutputIsEmpty();

    void pendingFromRealDistUpgrade();
    void pendingSkipsNewDependenciesAndRemovals();
    void pendingHandlesQualifiedNamesAndReinstalls();
    void pendingRejectsHostileOutput_data();
    void pendingRejectsHostileOutput();
    void pendingRejectsHugeLine();
    void pendingRequiresTheSummary();
    void listingsStopAtTheListingLimits();

    void deployCommandsPinExactVersions();
    void deployCommandsRefuseHostileInput_data();
    void deployCommandsRefuseHostileInput();
    void aLockHeldElsewhereIsExplained();

    void realCommandsOnThisMachine();
};

void TestAptPlatform::commandsAreFixedArgumentVectors()
{
    AptPlatform apt;
    QCOMPARE(apt.name(), u"apt"_s);
    const Command installed = apt.installedPackagesCommand();
    QCOMPARE(installed.program, u"dpkg-query"_s);
    QCOMPARE(installed.arguments,
             (QStringList{u"-W"_s,
                          u"-f=${db:Status-Abbrev}\\t${Package}\\t${Version}\\t${Architecture}\\t${source:"
                          u"Package}\\n"_s}));
    QVERIFY(!installed.needsRoot);
    const Command pending = apt.pendingPatchesCommand();
    QCOMPARE(pending.program, u"apt-get"_s);
    QCOMPARE(pending.arguments, (QStringList{u"-s"_s, u"-o"_s, u"Debug::NoLocking=1"_s, u"dist-upgrade"_s}));
    QVERIFY(!pending.needsRoot);
    QVERIFY(apt.isPendingExitCodeOk(0));
    QVERIFY(!apt.isPendingExitCodeOk(100));
}

void TestAptPlatform::packageNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"libssl3"_s << true;
    QTest::newRow("plus") << u"libstdc++6"_s << true;
    QTest::newRow("dots and dashes") << u"libapt-pkg6.0"_s << true;
    QTest::newRow("leading digit") << u"0ad"_s << true;
    QTest::newRow("one character") << u"a"_s << false;
    QTest::newRow("upper case") << u"Bash"_s << false;
    QTest::newRow("leading dash (an option)") << u"-oAPT::Foo=1"_s << false;
    QTest::newRow("semicolon") << u"bash;reboot"_s << false;
    QTest::newRow("subshell") << u"$(reboot)"_s << false;
    QTest::newRow("space") << u"bash reboot"_s << false;
    QTest::newRow("underscore") << u"foo_bar"_s << false;
    QTest::newRow("newline") << u"bash\nreboot"_s << false;
    QTest::newRow("trailing newline") << u"bash\n"_s << false;
    QTest::newRow("nul") << QString(u"bash" + QString(QChar(0)) + u"x") << false;
    QTest::newRow("too long") << QString(300, u'a') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAptPlatform::packageNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(AptPlatform::isValidPackageName(name), valid);
}

void TestAptPlatform::versions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"2.6.1"_s << true;
    QTest::newRow("epoch and revision") << u"1:2.66-4+deb12u3+b1"_s << true;
    QTest::newRow("tilde") << u"6.4.2~rc1-2"_s << true;
    QTest::newRow("dash in upstream") << u"3.0.19-1~deb12u2"_s << true;
    QTest::newRow("colon in upstream with epoch") << u"1:2:3-4"_s << true;
    QTest::newRow("letter first") << u"a1.0-1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading dash") << u"-1"_s << false;
    QTest::newRow("empty revision") << u"1.0-"_s << false;
    QTest::newRow("empty epoch") << u":1.0"_s << false;
    QTest::newRow("letter epoch") << u"a:1.0"_s << false;
    QTest::newRow("colon without epoch in revision") << u"1:1.0-1:2"_s << false;
    QTest::newRow("space") << u"1.0 1"_s << false;
    QTest::newRow("semicolon") << u"1.0;reboot"_s << false;
    QTest::newRow("subshell") << u"$(reboot)"_s << false;
    QTest::newRow("backtick") << u"1.0`id`"_s << false;
    QTest::newRow("newline") << u"1.0\n"_s << false;
    QTest::newRow("trailing newline after revision") << u"1.0-1\n"_s << false;
    QTest::newRow("underscore") << u"1_0"_s << false;
    QTest::newRow("non-ascii") << u"ä1.0"_s << false;
    QTest::newRow("too long") << QString(300, u'1') << false;
}

void TestAptPlatform::versions()
{
    QFETCH(QString, version);
    QFETCH(bool, valid);
    QCOMPARE(AptPlatform::isValidVersion(version), valid);
}

void TestAptPlatform::securityOrigins()
{
    QVERIFY(AptPlatform::isSecurityOrigin(u"Debian-Security:12/oldstable-security"_s));
    QVERIFY(
        AptPlatform::isSecurityOrigin(u"Debian:12.15/oldstable, Debian-Security:12/oldstable-security"_s));
    QVERIFY(AptPlatform::isSecurityOrigin(u"Ubuntu:22.04/jammy-security"_s));
    QVERIFY(
        AptPlatform::isSecurityOrigin(u"Debian-Security:bookworm-security"_s)); // a Release without Version
    QVERIFY(AptPlatform::isSecurityOrigin(u"Ubuntu:jammy-security"_s));
    QVERIFY(!AptPlatform::isSecurityOrigin(u"Debian:12.15/oldstable"_s));
    QVERIFY(!AptPlatform::isSecurityOrigin(u"Ubuntu:22.04/jammy-updates"_s));
    QVERIFY(AptPlatform::isSecurityOrigin(u"UbuntuESMApps:22.04/jammy-apps-security"_s));
    QVERIFY(AptPlatform::isSecurityOrigin(u"UbuntuESM:22.04/jammy-infra-security"_s));
    // Matched exactly per distribution: any repository calling a suite "-security" is not a security source.
    QVERIFY(!AptPlatform::isSecurityOrigin(u"Evil:1/evil-security"_s));
    QVERIFY(!AptPlatform::isSecurityOrigin(u"Debian-Security-Mirror:12/bookworm-security"_s));
    QVERIFY(!AptPlatform::isSecurityOrigin(u"debian-security:12/bookworm-security"_s));
    QVERIFY(!AptPlatform::isSecurityOrigin(u"PPA for -security:1/jammy"_s));
    QVERIFY(!AptPlatform::isSecurityOrigin(u"Ubuntu:22.04/jammy-security-proposed"_s));
    QVERIFY(!AptPlatform::isSecurityOrigin(u"Ubuntu:22.04"_s));
}

void TestAptPlatform::installedFromRealDpkgQuery()
{
    const QByteArray output = fixture(u"dpkg-query.real.txt"_s);
    const auto result = AptPlatform().parseInstalledPackages(output);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const QList<InstalledPackage> &packages = result.value();
    QCOMPARE(packages.size(), output.count("\nii \t") + (output.startsWith("ii \t") ? 1 : 0));
    QCOMPARE(packages.size(), qsizetype(891));
    bool foundApt = false;
    bool foundTransport = false;
    for (const InstalledPackage &package : packages) {
        if (package.name == u"apt"_s) {
            foundApt = true;
            QCOMPARE(package.version, u"2.6.1"_s);
            QCOMPARE(package.architecture, u"amd64"_s);
            QCOMPARE(package.source, u"apt"_s);
        }
        if (package.name == u"apt-transport-https"_s) {
            foundTransport = true;
            QCOMPARE(package.architecture, u"all"_s);
            QCOMPARE(package.source, u"apt"_s); // binary package built from another source
        }
    }
    QVERIFY(foundApt);
    QVERIFY(foundTransport);
}

void TestAptPlatform::installedReportsOnlyInstalledStates()
{
    const QByteArray output = "ii \tbash\t5.2.15-2+b8\tamd64\tbash\n"
                              "hi \tlibc6\t2.36-9+deb12u4\tamd64\tglibc\n"
                              "iW \tman-db\t2.11.2-2\tamd64\tman-db\n"
                              "it \tshared-mime-info\t2.2-1\tamd64\tshared-mime-info\n"
                              "iU \tunpacked-only\t1.0-1\tamd64\tunpacked-only\n"
                              "iF \thalf-configured\t1.0-1\tamd64\thalf-configured\n"
                              "iH \thalf-installed\t1.0-1\tamd64\thalf-installed\n"
                              "rc \tremoved-with-config\t1.0-1\tamd64\tremoved-with-config\n"
                              "iiR\treinstall-required\t1.0-1\tamd64\treinstall-required\n"
                              "un \tnever-installed\t\t\t\n";
    const auto result = AptPlatform().parseInstalledPackages(output);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QStringList names;
    for (const InstalledPackage &package : result.value())
        names << package.name;
    QCOMPARE(names, (QStringList{u"bash"_s, u"libc6"_s, u"man-db"_s, u"shared-mime-info"_s}));
    QCOMPARE(result.value().at(1).source, u"glibc"_s);
}

void TestAptPlatform::installedRejectsUnknownStatus()
{
    const auto result =
        AptPlatform().parseInstalledPackages("ii \tbash\t5.2-1\tamd64\tbash\nzz \tx1\t1\tall\tx1\n");
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"line 2"_s), qPrintable(result.error().message));
}

void TestAptPlatform::installedRejectsHostileOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("semicolon in name") << u"hostile-dpkg-semicolon.txt"_s << u"line 100:"_s;
    QTest::newRow("subshell as version") << u"hostile-dpkg-subshell.txt"_s << u"line 100:"_s;
    QTest::newRow("space in version") << u"hostile-dpkg-space-in-version.txt"_s << u"line 100:"_s;
    QTest::newRow("newline in a field") << u"hostile-dpkg-newline.txt"_s << u"line 100:"_s;
    QTest::newRow("nul byte") << u"hostile-dpkg-nul.txt"_s << u"line 100 "_s;
    QTest::newRow("extra field") << u"hostile-dpkg-extra-field.txt"_s << u"line 100:"_s;
    QTest::newRow("truncated") << u"hostile-dpkg-truncated.txt"_s << u"line 100."_s;
    QTest::newRow("binary garbage") << u"hostile-garbage.bin"_s << u"line 1"_s;
}

void TestAptPlatform::installedRejectsHostileOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto result = AptPlatform().parseInstalledPackages(fixture(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestAptPlatform::installedEmptyOutputIsEmpty()
{
    const auto result = AptPlatform().parseInstalledPackages(QByteArray());
    QVERIFY(result.ok());
    QVERIFY(result.value().isEmpty());
}

void TestAptPlatform::pendingFromRealDistUpgrade()
{
    const auto result = AptPlatform().parsePendingPatches(fixture(u"dist-upgrade.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const QList<PendingPatch> &patches = result.value();
    QCOMPARE(patches.size(), qsizetype(133));
    int security = 0;
    for (const PendingPatch &patch : patches) {
        QVERIFY(AptPlatform::isValidPackageName(patch.package));
        QVERIFY(!patch.installedVersion.isEmpty());
        if (patch.classification == PatchClassification::Security)
            ++security;
    }
    QCOMPARE(security, 81); // Inst lines naming a -security suite (grep -c in the fixture README)

    const PendingPatch *libssl = findPatch(patches, u"libssl3"_s);
    QVERIFY(libssl);
    QCOMPARE(libssl->installedVersion, u"3.0.19-1~deb12u2"_s);
    QCOMPARE(libssl->availableVersion, u"3.0.22-1~deb12u2"_s);
    QCOMPARE(libssl->architecture, u"amd64"_s);
    QCOMPARE(libssl->origin, u"Debian-Security:12/oldstable-security"_s);
    QCOMPARE(libssl->classification, PatchClassification::Security);

    const PendingPatch *baseFiles = findPatch(patches, u"base-files"_s);
    QVERIFY(baseFiles);
    QCOMPARE(baseFiles->availableVersion, u"12.4+deb12u15"_s);
    QCOMPARE(baseFiles->origin, u"Debian:12.15/oldstable"_s);
    QCOMPARE(baseFiles->classification, PatchClassification::Other);

    const PendingPatch *libcap = findPatch(patches, u"libcap2"_s);
    QVERIFY(libcap);
    QCOMPARE(libcap->installedVersion, u"1:2.66-4+deb12u2+b2"_s);
    QCOMPARE(libcap->availableVersion, u"1:2.66-4+deb12u3+b1"_s);

    const PendingPatch *gcrypt = findPatch(patches, u"libgcrypt20-dev"_s); // two origins, one is security
    QVERIFY(gcrypt);
    QCOMPARE(gcrypt->origin, u"Debian:12.15/oldstable, Debian-Security:12/oldstable-security"_s);
    QCOMPARE(gcrypt->classification, PatchClassification::Security);
}

void TestAptPlatform::pendingSkipsNewDependenciesAndRemovals()
{
    // Real `apt-get -s install dnf rpm createrepo-c jq-`: 33 new packages and 2 removals, no upgrade.
    const auto result = AptPlatform().parsePendingPatches(fixture(u"install-mixed.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(result.value().isEmpty());
}

void TestAptPlatform::pendingHandlesQualifiedNamesAndReinstalls()
{
    const QByteArray output =
        "Inst libc6:i386 [2.36-9] (2.36-9+deb12u4 Debian:12.5/stable [i386])\n"
        "Inst bash [5.2.15-2+b8] (5.2.15-2+b8 Debian:12.5/stable [amd64])\n"
        "Inst localpkg [1.0-1] (1.1-1 localhost [all])\n"
        "Inst newdep (1.0-1 Debian:12.5/stable [amd64])\n"
        "Remv oldpkg:amd64 [0.9-1]\n"
        "2 upgraded, 1 newly installed, 1 reinstalled, 1 to remove and 0 not upgraded.\n";
    const auto result = AptPlatform().parsePendingPatches(output);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), qsizetype(2));
    QCOMPARE(result.value().at(0).package, u"libc6"_s);
    QCOMPARE(result.value().at(0).architecture, u"i386"_s);
    QCOMPARE(result.value().at(1).package, u"localpkg"_s);
    QCOMPARE(result.value().at(1).origin, u"localhost"_s);
}

void TestAptPlatform::pendingRejectsHostileOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("semicolon in name") << u"hostile-inst-semicolon.txt"_s << u"line 51:"_s;
    QTest::newRow("subshell in version") << u"hostile-inst-subshell.txt"_s << u"line 51:"_s;
    QTest::newRow("newline in name") << u"hostile-inst-newline.txt"_s << u"line 51:"_s;
    QTest::newRow("nul byte") << u"hostile-inst-nul.txt"_s << u"line 51 "_s;
    QTest::newRow("space in version") << u"hostile-inst-space-in-version.txt"_s << u"line 51:"_s;
    QTest::newRow("invalid utf-8") << u"hostile-inst-not-utf8.txt"_s << u"line 51 "_s;
    QTest::newRow("unparseable Inst") << u"hostile-inst-unparseable.txt"_s << u"line 51:"_s;
    QTest::newRow("truncated mid-line") << u"hostile-truncated-midline.txt"_s << u"line 51."_s;
    QTest::newRow("an Inst line missing") << u"hostile-inst-missing.txt"_s << u"133 installs"_s;
    QTest::newRow("binary garbage") << u"hostile-garbage.bin"_s << u"line 1"_s;
}

void TestAptPlatform::pendingRejectsHostileOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto result = AptPlatform().parsePendingPatches(fixture(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestAptPlatform::pendingRejectsHugeLine()
{
    QByteArray output = fixture(u"dist-upgrade.real.txt"_s);
    output.insert(output.indexOf("Inst "), QByteArray(10 * 1024 * 1024, 'A') + '\n');
    const auto result = AptPlatform().parsePendingPatches(output);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"longer than"_s), qPrintable(result.error().message));
}

void TestAptPlatform::pendingRequiresTheSummary()
{
    const auto missing = AptPlatform().parsePendingPatches(fixture(u"hostile-summary-missing.txt"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(u"summary"_s), qPrintable(missing.error().message));
    const auto empty = AptPlatform().parsePendingPatches(QByteArray());
    QVERIFY(!empty.ok());
}

void TestAptPlatform::realCommandsOnThisMachine()
{
    // This Debian machine: the commands run as built (one argv element for the dpkg-query format) and
    // their real output parses.
    AptPlatform apt;
    LocalEndpoint endpoint;
    RunLimits limits;
    limits.timeout = std::chrono::seconds(120);
    const CommandResult installed = endpoint.run(apt.installedPackagesCommand(), limits);
    QVERIFY2(installed.completed() && installed.exitCode == 0, installed.standardError.constData());
    const auto packages = apt.parseInstalledPackages(installed.standardOutput);
    QVERIFY2(packages.ok(), qPrintable(packages.error().text()));
    const auto dpkg = std::find_if(packages.value().cbegin(), packages.value().cend(),
                                   [](const InstalledPackage &package) { return package.name == u"dpkg"_s; });
    QVERIFY(dpkg != packages.value().cend());
    QVERIFY(AptPlatform::isValidVersion(dpkg->version));

    const CommandResult pending = endpoint.run(apt.pendingPatchesCommand(), limits);
    QVERIFY2(pending.completed() && apt.isPendingExitCodeOk(pending.exitCode),
             pending.standardError.constData());
    const auto patches = apt.parsePendingPatches(pending.standardOutput);
    QVERIFY2(patches.ok(), qPrintable(patches.error().text()));
    for (const PendingPatch &patch : patches.value())
        QVERIFY(!patch.installedVersion.isEmpty());
}

void TestAptPlatform::deployCommandsPinExactVersions()
{
    const AptPlatform apt;
    const QList<PackageChange> changes{
        {QStringLiteral("openssl"), QStringLiteral("amd64"), QStringLiteral("3.0.15-1~deb12u1"), {}},
        {QStringLiteral("tzdata"), QStringLiteral("all"), QStringLiteral("2024b-0+deb12u1"), {}},
        {QStringLiteral("libc6"), QStringLiteral("i386"), QStringLiteral("2.36-9+deb12u9"), {}}};
    const auto install = apt.installCommand(changes);
    QVERIFY2(install.ok(), qPrintable(install.error().text()));
    QVERIFY(install.value().needsRoot);
    QCOMPARE(install.value().program, QStringLiteral("apt-get"));
    QCOMPARE(install.value().environment, QStringList{QStringLiteral("DEBIAN_FRONTEND=noninteractive")});
    QVERIFY(install.value().hasValidEnvironment());
    QCOMPARE(
        install.value().arguments,
        (QStringList{QStringLiteral("-q"), QStringLiteral("-y"), QStringLiteral("-o"),
                     QStringLiteral("Dpkg::Options::=--force-confold"), QStringLiteral("-o"),
                     QStringLiteral("DPkg::Lock::Timeout=120"), QStringLiteral("install"),
                     QStringLiteral("--only-upgrade"), QStringLiteral("openssl:amd64=3.0.15-1~deb12u1"),
                     QStringLiteral("tzdata=2024b-0+deb12u1"), QStringLiteral("libc6:i386=2.36-9+deb12u9")}));

    const auto rollback = apt.rollbackCommand(changes.mid(0, 1));
    QVERIFY(rollback.ok());
    QVERIFY(rollback.value().arguments.contains(QStringLiteral("--allow-downgrades")));
    QVERIFY(!rollback.value().arguments.contains(QStringLiteral("--only-upgrade")));
    QCOMPARE(rollback.value().arguments.last(), QStringLiteral("openssl:amd64=3.0.15-1~deb12u1"));

    QVERIFY(apt.refreshCommand().needsRoot);
    QVERIFY(!apt.installCommand({}).ok());
}

void TestAptPlatform::deployCommandsRefuseHostileInput_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("version");
    QTest::newRow("semicolon in name")
        << QStringLiteral("bash;rm -rf /") << QStringLiteral("amd64") << QStringLiteral("1.0");
    QTest::newRow("subshell in version")
        << QStringLiteral("bash") << QStringLiteral("amd64") << QStringLiteral("1.0$(reboot)");
    QTest::newRow("option as name") << QStringLiteral("-oAPT::Get::AllowUnauthenticated=1")
                                    << QStringLiteral("amd64") << QStringLiteral("1.0");
    QTest::newRow("newline in version")
        << QStringLiteral("bash") << QStringLiteral("amd64") << QStringLiteral("1.0\nrm");
    QTest::newRow("backtick in arch")
        << QStringLiteral("bash") << QStringLiteral("`id`") << QStringLiteral("1.0");
    QTest::newRow("empty version") << QStringLiteral("bash") << QStringLiteral("amd64") << QString();
    QTest::newRow("equals in name") << QStringLiteral("bash=1.0") << QStringLiteral("amd64")
                                    << QStringLiteral("2.0");
}

void TestAptPlatform::deployCommandsRefuseHostileInput()
{
    QFETCH(QString, package);
    QFETCH(QString, architecture);
    QFETCH(QString, version);
    const AptPlatform apt;
    const QList<PackageChange> changes{
        {QStringLiteral("curl"), QStringLiteral("amd64"), QStringLiteral("7.88.1-10+deb12u8"), {}},
        {package, architecture, version, {}}};
    const auto install = apt.installCommand(changes);
    QVERIFY(!install.ok());
    QVERIFY(!install.error().message.isEmpty());
    QVERIFY(!apt.rollbackCommand(changes).ok());
}

void TestAptPlatform::aLockHeldElsewhereIsExplained()
{
    // Recorded from apt 2.6.1 (Debian 12) with DPkg::Lock::Timeout=2 while another apt-get held the lock
    // (tst_debiandeploy, anotherAptRunMakesTheHostBusy).
    AptPlatform apt;
    apt.setLockWait(std::chrono::seconds(2));
    CommandResult result;
    result.started = true;
    result.exitCode = 100;
    result.standardOutput =
        "Reading package lists...\n"
        "Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by "
        "process 3631 (apt-get)...\n";
    result.standardError =
        "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another "
        "process using it?\n";
    QCOMPARE(apt.explainFailure(result).value_or(QString()).left(46),
             QStringLiteral("busy: apt-get (process 3631) holds the package"));
    QVERIFY(apt.explainFailure(result)->contains(QStringLiteral("waited 2 s")));
    QVERIFY(
        apt.installCommand({{QStringLiteral("bash"), QStringLiteral("amd64"), QStringLiteral("5.2-1"), {}}})
            .value()
            .arguments.contains(QStringLiteral("DPkg::Lock::Timeout=2")));

    // A holder name that is not a plain program name is not repeated.
    result.standardOutput = "Could not get lock /x. It is held by process 1 ($(reboot))\n";
    QCOMPARE(apt.explainFailure(result).value_or(QString()),
             QStringLiteral("busy: another program holds the package manager's lock; waited 2 s."));
    // Any other failure is not explained away.
    result.standardOutput.clear();
    result.standardError = "E: Version '9' for 'bash' was not found\n";
    QVERIFY(!apt.explainFailure(result).has_value());
}

void TestAptPlatform::listingsStopAtTheListingLimits()
{
    const QByteArray line = "ii \tlibx1\t1.0-1\tamd64\tlibx\n";
    QByteArray output = line.repeated(ListingLimits::MaxRows);
    const auto full = AptPlatform().parseInstalledPackages(output);
    QVERIFY2(full.ok(), qPrintable(full.error().text()));
    QCOMPARE(full.value().size(), ListingLimits::MaxRows);
    output += line;
    auto installed = AptPlatform().parseInstalledPackages(output);
    QVERIFY(!installed.ok());
    QCOMPARE(
        installed.error().message,
        u"dpkg-query output, line 200001: more than 200000 installed packages, the limit of one listing of "
        "an asset."_s);

    // Lines are counted before the output is split: far too many are refused at once, whatever they say.
    installed = AptPlatform().parseInstalledPackages(QByteArray(ListingLimits::MaxLines + 1, '\n'));
    QVERIFY(!installed.ok());
    QVERIFY2(installed.error().message.contains(u"more than 800000 lines"_s),
             qPrintable(installed.error().message));
    const auto pending = AptPlatform().parsePendingPatches(QByteArray(ListingLimits::MaxLines + 1, '\n'));
    QVERIFY(!pending.ok());
    QVERIFY2(pending.error().message.contains(u"apt-get simulation: more than 800000 lines"_s),
             qPrintable(pending.error().message));
}

QTEST_GUILESS_MAIN(TestAptPlatform)
#include "tst_aptplatform.moc"
