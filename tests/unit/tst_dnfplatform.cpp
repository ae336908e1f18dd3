#include "platforms/DnfPlatform.h"
#include "platforms/RpmGrammar.h"

#include "platforms/ListingLimits.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/dnf/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// "name.arch version repo classification" per patch, for whole-list comparisons.
QStringList describe(const QList<PendingPatch> &patches)
{
    QStringList rows;
    for (const PendingPatch &patch : patches) {
        rows << patch.package + u'.' + patch.architecture + u' ' + patch.availableVersion + u' ' +
                    patch.origin + u' ' + storedText(patch.classification);
    }
    return rows;
}

const QStringList expectedPending{
    u"pw-a-very-long-package-name-that-forces-dnf-to-wrap-the-line.noarch 1.0-2 updates other"_s,
    u"pw-crypto.noarch 1.0.2k-21.el7_9 updates-security security"_s,
    u"pw-daemon.x86_64 0.9.1-1 updates-security security"_s,
    u"pw-lib.noarch 2:3.4-6 updates other"_s,
    u"pw-pre.noarch 1.0-1 updates other"_s,
    u"pw-tool.noarch 1.1-1 updates other"_s,
};

} // namespace

class TestDnfPlatform : public QObject
{
    Q_OBJECT

private slots:
    void commandsAreFixedArgumentVectors();
    void packageNames_data();
    void packageNames();
    void versions_data();
    void versions();
    void architecturesAndRepositories();

    void installedFromRealRpm();
    void installedDerivesSourceNames();
    void installedRejectsHostileOutput_data();
    void installedRejectsHostileOutput();

    void pendingFromRealCheckUpdate();
    void pendingFromRealWrappedCheckUpdate();
    void pendingNoneIsEmpty();
    void pendingWrappedVersionColumn();
    void pendingRejectsHostileOutput_data();
    void pendingRejectsHostileOutput();
    void pendingRejectsHugeLine();
    void listingsStopAtTheListingLimits();

    void deployCommandsPinExactVersions();

    void advisoriesFromRealUpdateinfo();
    void advisoriesRejectHostileOutput_data();
    void advisoriesRejectHostileOutput();
    void rebootCheck_data();
    void rebootCheck();
    void deployByAdvisoryAndRollBack();
    void yumIsMinimal();
    void changeFailuresAreExplained();
};

void TestDnfPlatform::commandsAreFixedArgumentVectors()
{
    DnfPlatform dnf;
    QCOMPARE(dnf.name(), u"dnf"_s);
    const Command installed = dnf.installedPackagesCommand();
    QCOMPARE(installed.program, u"rpm"_s);
    QCOMPARE(installed.arguments,
             (QStringList{u"-qa"_s, u"--qf"_s,
                          u"%{NAME}\\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\t%{SOURCERPM}\\n"_s}));
    const Command pending = dnf.pendingPatchesCommand();
    QCOMPARE(pending.program, u"dnf"_s);
    QCOMPARE(pending.arguments, (QStringList{u"-q"_s, u"--cacheonly"_s, u"check-update"_s}));
    QVERIFY(!pending.needsRoot);
    QVERIFY(dnf.isPendingExitCodeOk(0));
    QVERIFY(dnf.isPendingExitCodeOk(100));
    QVERIFY(!dnf.isPendingExitCodeOk(1));
}

void TestDnfPlatform::packageNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"bash"_s << true;
    QTest::newRow("upper case and dots") << u"NetworkManager-libnm"_s << true;
    QTest::newRow("plus") << u"libstdc++"_s << true;
    QTest::newRow("underscore") << u"python3-dbus_next"_s << true;
    QTest::newRow("one character") << u"R"_s << true;
    QTest::newRow("leading dash (an option)") << u"--nodeps"_s << false;
    QTest::newRow("semicolon") << u"bash;reboot"_s << false;
    QTest::newRow("subshell") << u"$(reboot)"_s << false;
    QTest::newRow("macro") << u"%{name}"_s << false;
    QTest::newRow("space") << u"bash reboot"_s << false;
    QTest::newRow("newline") << u"bash\n"_s << false;
    QTest::newRow("too long") << QString(300, u'a') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDnfPlatform::packageNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(RpmGrammar::isValidPackageName(name), valid);
}

void TestDnfPlatform::versions_data()
{
    QTest::addColumn<QString>("evr");
    QTest::addColumn<bool>("valid");
    QTest::newRow("version-release") << u"1.0.2k-21.el7_9"_s << true;
    QTest::newRow("epoch") << u"2:3.4-6"_s << true;
    QTest::newRow("zero epoch") << u"0:5.1.8-6.el9"_s << true;
    QTest::newRow("tilde") << u"1.0~rc1-1"_s << true;
    QTest::newRow("caret") << u"1.0^20230101git1-1.fc39"_s << true;
    QTest::newRow("no release") << u"1.0"_s << false;
    QTest::newRow("two dashes") << u"1.0-1-2"_s << false;
    QTest::newRow("empty release") << u"1.0-"_s << false;
    QTest::newRow("leading dash") << u"-1.0-1"_s << false;
    QTest::newRow("letter epoch") << u"a:1.0-1"_s << false;
    QTest::newRow("subshell") << u"$(reboot)-1"_s << false;
    QTest::newRow("semicolon") << u"1.0-1;reboot"_s << false;
    QTest::newRow("space") << u"1.0 -1"_s << false;
    QTest::newRow("trailing newline") << u"1.0-1\n"_s << false;
    QTest::newRow("macro") << u"%{version}-1"_s << false;
    QTest::newRow("too long") << QString(300, u'1') + u"-1"_s << false;
}

void TestDnfPlatform::versions()
{
    QFETCH(QString, evr);
    QFETCH(bool, valid);
    QCOMPARE(RpmGrammar::isValidVersion(evr), valid);
}

void TestDnfPlatform::architecturesAndRepositories()
{
    QVERIFY(RpmGrammar::isValidArchitecture(u"x86_64"_s));
    QVERIFY(RpmGrammar::isValidArchitecture(u"noarch"_s));
    QVERIFY(!RpmGrammar::isValidArchitecture(u"(none)"_s));
    QVERIFY(!RpmGrammar::isValidArchitecture(QString()));
    QVERIFY(!RpmGrammar::isValidArchitecture(u"x86_64\n"_s));
    QVERIFY(RpmGrammar::isValidRepositoryId(u"rhel-9-for-x86_64-baseos-rpms"_s));
    QVERIFY(RpmGrammar::isValidRepositoryId(u"updates-security"_s));
    QVERIFY(!RpmGrammar::isValidRepositoryId(u"-repo"_s));
    QVERIFY(!RpmGrammar::isValidRepositoryId(u"repo;reboot"_s));
    QCOMPARE(RpmGrammar::withoutZeroEpoch(u"0:1.0-1"_s), u"1.0-1"_s);
    QCOMPARE(RpmGrammar::withoutZeroEpoch(u"10:1.0-1"_s), u"10:1.0-1"_s);
}

void TestDnfPlatform::installedFromRealRpm()
{
    const auto result = DnfPlatform().parseInstalledPackages(fixture(u"rpm-qa.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QStringList rows;
    for (const InstalledPackage &package : result.value())
        rows << package.name + u' ' + package.version + u' ' + package.architecture + u' ' + package.source;
    QCOMPARE(rows, (QStringList{
                       u"pw-tool 1.0-1 noarch pw-tool"_s,
                       u"pw-stable 5.0-1 noarch pw-stable"_s,
                       u"pw-pre 1.0~rc1-1 noarch pw-pre"_s,
                       u"pw-oldname 1.0-1 noarch pw-oldname"_s,
                       u"pw-lib 2:3.4-5 noarch pw-lib"_s,
                       u"pw-daemon 0.9-3 x86_64 pw-daemon"_s,
                       u"pw-crypto 1.0.2k-19.el7 noarch pw-crypto"_s,
                       u"pw-a-very-long-package-name-that-forces-dnf-to-wrap-the-line 1.0-1 noarch "
                       u"pw-a-very-long-package-name-that-forces-dnf-to-wrap-the-line"_s,
                   })); // gpg-pubkey (line 9) is a signing key, not a package
}

void TestDnfPlatform::installedDerivesSourceNames()
{
    const QByteArray output =
        "kernel-core\t0:5.14.0-284.11.1.el9_2\tx86_64\tkernel-5.14.0-284.11.1.el9_2.src.rpm\n"
        "glibc-langpack-en\t0:2.34-60.el9\tx86_64\tglibc-2.34-60.el9.src.rpm\n"
        "firmware-blob\t1:20230310-1\tnoarch\tfirmware-blob-20230310-1.nosrc.rpm\n"
        "oddity\t0:1-1\tnoarch\t(none)\n";
    const auto result = DnfPlatform().parseInstalledPackages(output);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), qsizetype(4));
    QCOMPARE(result.value().at(0).source, u"kernel"_s);
    QCOMPARE(result.value().at(1).source, u"glibc"_s);
    QCOMPARE(result.value().at(2).source, u"firmware-blob"_s);
    QCOMPARE(result.value().at(2).version, u"1:20230310-1"_s);
    QCOMPARE(result.value().at(3).source, QString());
}

void TestDnfPlatform::installedRejectsHostileOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("semicolon in name") << u"hostile-rpm-semicolon.txt"_s << u"line 6:"_s;
    QTest::newRow("subshell in version") << u"hostile-rpm-subshell.txt"_s << u"line 6:"_s;
    QTest::newRow("newline in version") << u"hostile-rpm-newline.txt"_s << u"line 6:"_s;
    QTest::newRow("hostile source rpm") << u"hostile-rpm-bad-source.txt"_s << u"line 6:"_s;
    QTest::newRow("binary garbage") << u"hostile-garbage.bin"_s << u"line 1"_s;
}

void TestDnfPlatform::installedRejectsHostileOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto result = DnfPlatform().parseInstalledPackages(fixture(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestDnfPlatform::pendingFromRealCheckUpdate()
{
    const auto result = DnfPlatform().parsePendingPatches(fixture(u"check-update.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(describe(result.value()), expectedPending); // pw-newname (obsoleting) is not an update
    for (const PendingPatch &patch : result.value())
        QVERIFY(patch.installedVersion.isEmpty());
}

void TestDnfPlatform::pendingFromRealWrappedCheckUpdate()
{
    const auto result = DnfPlatform().parsePendingPatches(fixture(u"check-update-wrapped.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(describe(result.value()), expectedPending);
}

void TestDnfPlatform::pendingNoneIsEmpty()
{
    const auto result = DnfPlatform().parsePendingPatches(fixture(u"check-update-none.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(result.value().isEmpty());
}

void TestDnfPlatform::pendingWrappedVersionColumn()
{
    // dnf wraps any column but the last that is wider than its slot, so a long version wraps too.
    const QByteArray output = "\n"
                              "tiny.noarch 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0-1\n"
                              "                                                updates\n";
    const auto result = DnfPlatform().parsePendingPatches(output);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), qsizetype(1));
    QCOMPARE(result.value().at(0).origin, u"updates"_s);
}

void TestDnfPlatform::pendingRejectsHostileOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("semicolon in name") << u"hostile-check-update-semicolon.txt"_s << u"line 4:"_s;
    QTest::newRow("subshell as version") << u"hostile-check-update-subshell.txt"_s << u"line 4:"_s;
    QTest::newRow("four columns") << u"hostile-check-update-four-columns.txt"_s << u"line 4:"_s;
    QTest::newRow("nul byte") << u"hostile-check-update-nul.txt"_s << u"line 4 "_s;
    QTest::newRow("truncated") << u"hostile-check-update-truncated.txt"_s << u"line 4."_s;
    QTest::newRow("dangling wrapped name") << u"hostile-check-update-dangling-wrap.txt"_s << u"line 4:"_s;
    QTest::newRow("binary garbage") << u"hostile-garbage.bin"_s << u"line 1"_s;
}

void TestDnfPlatform::pendingRejectsHostileOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto result = DnfPlatform().parsePendingPatches(fixture(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestDnfPlatform::pendingRejectsHugeLine()
{
    QByteArray output = fixture(u"check-update.real.txt"_s);
    output.append(QByteArray(10 * 1024 * 1024, 'x') + '\n');
    const auto result = DnfPlatform().parsePendingPatches(output);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"longer than"_s), qPrintable(result.error().message));
    // An indented line with nothing to continue is refused too.
    const auto stray = DnfPlatform().parsePendingPatches("\n      1.0-1 updates\n");
    QVERIFY(!stray.ok());
    QVERIFY2(stray.error().message.contains(u"line 2:"_s), qPrintable(stray.error().message));
}

void TestDnfPlatform::deployCommandsPinExactVersions()
{
    const DnfPlatform dnf;
    const QList<PackageChange> changes{
        {QStringLiteral("openssl"), QStringLiteral("x86_64"), QStringLiteral("1:3.0.7-27.el9"), {}},
        {QStringLiteral("tzdata"), QStringLiteral("noarch"), QStringLiteral("2024a-1.el9"), {}}};
    const auto install = dnf.installCommand(changes);
    QVERIFY2(install.ok(), qPrintable(install.error().text()));
    QVERIFY(install.value().needsRoot);
    QCOMPARE(install.value().program, QStringLiteral("dnf"));
    QCOMPARE(
        install.value().arguments,
        (QStringList{QStringLiteral("-q"), QStringLiteral("-y"), QStringLiteral("--setopt=exit_on_lock=True"),
                     QStringLiteral("upgrade"), QStringLiteral("openssl-3.0.7-27.el9.x86_64"),
                     QStringLiteral("tzdata-2024a-1.el9.noarch")}));
    const auto rollback = dnf.rollbackCommand(changes);
    QVERIFY(rollback.ok());
    QCOMPARE(rollback.value().arguments.at(3), QStringLiteral("downgrade"));
    // Another dnf run's lock fails a change at once instead of an unbounded wait (dnf has no timeout).
    QCOMPARE(dnf.refreshCommand().arguments,
             (QStringList{QStringLiteral("-q"), QStringLiteral("-y"),
                          QStringLiteral("--setopt=exit_on_lock=True"), QStringLiteral("makecache")}));

    QVERIFY(!dnf.installCommand(
                    {{QStringLiteral("bash;id"), QStringLiteral("x86_64"), QStringLiteral("1-1"), {}}})
                 .ok());
    QVERIFY(!dnf.installCommand(
                    {{QStringLiteral("bash"), QStringLiteral("x86_64"), QStringLiteral("1-1$(id)"), {}}})
                 .ok());
    QVERIFY(
        !dnf.installCommand({{QStringLiteral("bash"), QStringLiteral("x86 64"), QStringLiteral("1-1"), {}}})
             .ok());
    QVERIFY(!dnf.installCommand({}).ok());
}

namespace {

QString describeAdvisory(const Advisory &advisory)
{
    QStringList packages;
    for (const AdvisoryPackage &package : advisory.packages)
        packages << package.package + u'.' + package.architecture + u' ' + package.version;
    return advisory.id + u' ' + storedText(advisory.classification) + u' ' + storedText(advisory.severity) +
           u" [" + advisory.cves.join(u',') + u"] {" + packages.join(u", "_s) + u'}';
}

CommandResult exited(int code, const QByteArray &out, const QByteArray &err = {})
{
    CommandResult result;
    result.started = true;
    result.exitCode = code;
    result.standardOutput = out;
    result.standardError = err;
    return result;
}

} // namespace

void TestDnfPlatform::advisoriesFromRealUpdateinfo()
{
    const DnfPlatform dnf;
    QCOMPARE(dnf.advisoriesCommand()->arguments,
             (QStringList{u"-q"_s, u"--cacheonly"_s, u"updateinfo"_s, u"list"_s, u"--available"_s}));
    const auto list = dnf.parseAdvisories(fixture(u"updateinfo-list.real.txt"_s));
    QVERIFY2(list.ok(), qPrintable(list.error().text()));
    QVERIFY(dnf.advisoryDetailsCommand(list.value())->arguments.contains(u"--with-cve"_s));
    QVERIFY(!dnf.advisoryDetailsCommand({}));
    const auto result = dnf.completeAdvisories(list.value(), fixture(u"updateinfo-list-cve.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QStringList rows;
    for (const Advisory &advisory : result.value())
        rows << describeAdvisory(advisory);
    QCOMPARE(rows, (QStringList{
                       u"PW-SA-2026:1001 security important [CVE-2026-2001,CVE-2026-2002] "
                       u"{pw-crypto.noarch 1.0.2k-21.el7_9, pw-daemon.x86_64 0.9.1-1}"_s,
                       u"PW-EA-2026:1003 enhancement unknown [] {pw-lib.noarch 2:3.4-6}"_s,
                       u"PW-BA-2026:1002 bugfix unknown [] {pw-tool.noarch 1.1-1}"_s,
                   }));
}

void TestDnfPlatform::advisoriesRejectHostileOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("cves"); // a --with-cve output
    QTest::addColumn<QString>("expected");
    QTest::newRow("semicolon in id") << u"hostile-updateinfo-semicolon.txt"_s << false
                                     << u"line 1: invalid advisory"_s;
    QTest::newRow("subshell in package")
        << u"hostile-updateinfo-subshell.txt"_s << false << u"line 1: invalid package"_s;
    QTest::newRow("four columns") << u"hostile-updateinfo-four-columns.txt"_s << false
                                  << u"line 1: expected 3 columns"_s;
    QTest::newRow("unknown type") << u"hostile-updateinfo-unknown-type.txt"_s << false
                                  << u"line 1: unknown advisory type"_s;
    QTest::newRow("nul byte") << u"hostile-updateinfo-nul.txt"_s << false
                              << u"line 1 contains the control byte"_s;
    QTest::newRow("truncated") << u"hostile-updateinfo-truncated.txt"_s << false
                               << u"in the middle of line 1"_s;
    QTest::newRow("garbage") << u"hostile-garbage.bin"_s << false << u"line 1"_s;
    QTest::newRow("cve for another package") << u"hostile-updateinfo-cve-unknown-package.txt"_s << true
                                             << u"line 3: CVE-2026-2001 is for a package no advisory lists"_s;
    QTest::newRow("subshell as cve") << u"hostile-updateinfo-cve-subshell.txt"_s << true
                                     << u"line 3: invalid advisory or CVE id"_s;
}

void TestDnfPlatform::advisoriesRejectHostileOutput()
{
    QFETCH(QString, file);
    QFETCH(bool, cves);
    QFETCH(QString, expected);
    const DnfPlatform dnf;
    const auto list = dnf.parseAdvisories(fixture(cves ? u"updateinfo-list.real.txt"_s : file));
    const auto result = cves ? dnf.completeAdvisories(list.value(), fixture(file)) : list;
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestDnfPlatform::rebootCheck_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("expected"); // a RebootHint, or -1 for an Error
    // The messages of dnf-plugins-core 4.3.1, plugins/needs_restarting.py (reboothint branch): hand-written,
    // since Debian's dnf has no plugin.
    const QByteArray none = "No core libraries or services have been updated since boot-up.\n"
                            "Reboot should not be necessary.\n";
    const QByteArray required = "Core libraries or services have been updated since boot-up:\n"
                                "  * kernel\n  * systemd\n\n"
                                "Reboot is required to fully utilize these updates.\n"
                                "More information: https://access.redhat.com/solutions/27943\n";
    QTest::newRow("not required") << 0 << none << QByteArray() << int(RebootHint::NotRequired);
    QTest::newRow("required") << 1 << required << QByteArray("Error: \n") << int(RebootHint::Required);
    QTest::newRow("plugin missing (recorded)")
        << 1 << fixture(u"needs-restarting-missing.real.txt"_s)
        << fixture(u"needs-restarting-missing.stderr.real.txt"_s) << int(RebootHint::NotChecked);
    QTest::newRow("required but exit 0") << 0 << required << QByteArray() << -1;
    QTest::newRow("not required but exit 1") << 1 << none << QByteArray() << -1;
    QTest::newRow("hostile name") << 1 << QByteArray(required).replace("kernel", "kernel;reboot")
                                  << QByteArray() << -1;
    QTest::newRow("no names") << 1 << QByteArray(required).replace("  * kernel\n  * systemd\n", "")
                              << QByteArray() << -1;
    QTest::newRow("other failure") << 1 << QByteArray() << QByteArray("Error: rpmdb open failed\n") << -1;
}

void TestDnfPlatform::rebootCheck()
{
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, expected);
    const DnfPlatform dnf;
    QCOMPARE(dnf.rebootCheckCommand()->arguments, (QStringList{u"-q"_s, u"needs-restarting"_s, u"-r"_s}));
    const auto result = dnf.parseRebootCheck(exited(exitCode, out, err));
    if (expected < 0) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"needs-restarting"_s), qPrintable(result.error().message));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().text()));
        QCOMPARE(int(result.value()), expected);
    }
}

void TestDnfPlatform::deployByAdvisoryAndRollBack()
{
    const DnfPlatform dnf;
    const auto install =
        dnf.installCommand({{u"pw-crypto"_s, u"noarch"_s, u"1.1-1"_s, u"PW-SA-2026:0001"_s},
                            {u"pw-daemon"_s, u"x86_64"_s, u"0.9.1-1"_s, u"PW-SA-2026:0001"_s},
                            {u"pw-lib"_s, u"noarch"_s, u"2:3.4-6"_s, u"PW-EA-2026:1003"_s}});
    QVERIFY2(install.ok(), qPrintable(install.error().text()));
    QVERIFY(install.value().needsRoot);
    QCOMPARE(install.value().arguments,
             (QStringList{u"-q"_s, u"-y"_s, u"--setopt=exit_on_lock=True"_s, u"upgrade"_s,
                          u"--advisory=PW-SA-2026:0001"_s, u"--advisory=PW-EA-2026:1003"_s}));
    // One change without an advisory: exact versions for all.
    const auto mixed = dnf.installCommand({{u"pw-crypto"_s, u"noarch"_s, u"1.1-1"_s, u"PW-SA-2026:0001"_s},
                                           {u"pw-tool"_s, u"noarch"_s, u"1.1-1"_s, {}}});
    QVERIFY(mixed.ok());
    QCOMPARE(mixed.value().arguments,
             (QStringList{u"-q"_s, u"-y"_s, u"--setopt=exit_on_lock=True"_s, u"upgrade"_s,
                          u"pw-crypto-1.1-1.noarch"_s, u"pw-tool-1.1-1.noarch"_s}));
    QVERIFY(!dnf.installCommand({{u"pw"_s, u"noarch"_s, u"1-1"_s, u"--setopt=x"_s}}).ok());
    QVERIFY(!dnf.installCommand({{u"pw"_s, u"noarch"_s, u"1-1"_s, u"SA-1;reboot"_s}}).ok());
    QVERIFY(!dnf.installCommand({{u"pw"_s, u"noarch"_s, u"1-1"_s, u"SA-1 $(id)"_s}}).ok());
    const auto rollback =
        dnf.rollbackCommand({{u"pw-lib"_s, u"noarch"_s, u"2:3.4-5"_s, u"PW-EA-2026:1003"_s}});
    QVERIFY(rollback.ok());
    QCOMPARE(rollback.value().arguments, (QStringList{u"-q"_s, u"-y"_s, u"--setopt=exit_on_lock=True"_s,
                                                      u"downgrade"_s, u"pw-lib-3.4-5.noarch"_s}));
    const auto fresh = dnf.rollbackCommand({{u"pw-new"_s, u"noarch"_s, QString(), {}}});
    QVERIFY(!fresh.ok());
    QVERIFY2(fresh.error().message.contains(u"pw-new cannot be rolled back"_s),
             qPrintable(fresh.error().message));
}

void TestDnfPlatform::yumIsMinimal()
{
    const DnfPlatform yum(DnfPlatform::Tool::Yum);
    QCOMPARE(yum.name(), u"yum"_s);
    QCOMPARE(yum.pendingPatchesCommand().program, u"yum"_s);
    QCOMPARE(yum.pendingPatchesCommand().arguments, (QStringList{u"-q"_s, u"-C"_s, u"check-update"_s}));
    QVERIFY(!yum.advisoriesCommand());
    QVERIFY(!yum.rebootCheckCommand());
    const auto install =
        yum.installCommand({{u"pw-crypto"_s, u"noarch"_s, u"1.1-1"_s, u"PW-SA-2026:0001"_s}});
    QVERIFY(install.ok());
    QCOMPARE(install.value().program, u"yum"_s);
    QCOMPARE(install.value().arguments.last(), u"pw-crypto-1.1-1.noarch"_s);
    const auto pending = yum.parsePendingPatches(fixture(u"check-update.real.txt"_s));
    QVERIFY(pending.ok());
    QCOMPARE(describe(pending.value()), expectedPending);
}

void TestDnfPlatform::listingsStopAtTheListingLimits()
{
    const QByteArray installedLine = "bash\t5.1.8-9.el9\tx86_64\tbash-5.1.8-9.el9.src.rpm\n";
    auto installed = DnfPlatform().parseInstalledPackages(installedLine.repeated(ListingLimits::MaxRows + 1));
    QVERIFY(!installed.ok());
    QVERIFY2(installed.error().message.contains(u"line 200001: more than 200000 installed packages"_s),
             qPrintable(installed.error().message));

    const QByteArray pendingLine = "bash.x86_64    5.1.8-10.el9    baseos\n";
    auto pending = DnfPlatform().parsePendingPatches("\n" + pendingLine.repeated(ListingLimits::MaxRows));
    QVERIFY2(pending.ok(), qPrintable(pending.error().text()));
    QCOMPARE(pending.value().size(), ListingLimits::MaxRows);
    pending = DnfPlatform().parsePendingPatches("\n" + pendingLine.repeated(ListingLimits::MaxRows + 1));
    QVERIFY(!pending.ok());
    QVERIFY2(pending.error().message.contains(u"line 200002: more than 200000 pending updates"_s),
             qPrintable(pending.error().message));
}

// What Debian's dnf 4.14 printed in tst_rpmdeployrun's hosts: a %post that exits 1 (dnf still exits 0),
// another dnf run holding dnf's lock (exit_on_lock: exit 200), and a plain rpm transaction holding rpm's
// lock.
void TestDnfPlatform::changeFailuresAreExplained()
{
    const DnfPlatform dnf;
    CommandResult scriptlet;
    scriptlet.started = true;
    scriptlet.exitCode = 0;
    scriptlet.standardOutput = "\nUpgraded:\n  pw-fragile-1.1-1.noarch\n\n";
    scriptlet.standardError = "Error in POSTIN scriptlet in rpm package pw-fragile\n";
    QVERIFY(!dnf.changeSucceeded(scriptlet));
    QCOMPARE(dnf.explainFailure(scriptlet).value_or(QString()).left(42),
             u"The POSTIN scriptlet of pw-fragile failed:"_s);
    CommandResult clean = scriptlet;
    clean.standardError.clear();
    QVERIFY(dnf.changeSucceeded(clean));
    clean.exitCode = 1;
    QVERIFY(!dnf.changeSucceeded(clean));
    QVERIFY(!dnf.explainFailure(clean).has_value());

    CommandResult ownLock;
    ownLock.started = true;
    ownLock.exitCode = 200;
    ownLock.standardError = "RPMDB already locked by 8411\n  The application with PID 8411 is: dnf\n"
                            "    Memory :  55 M RSS (109 MB VSZ)\n";
    QCOMPARE(dnf.explainFailure(ownLock).value_or(QString()),
             u"busy: dnf (process 8411) holds dnf's lock. Try again when it finishes."_s);
    ownLock.standardError = "RPMDB already locked by 8411\n  The application with PID 77 is: $(reboot)\n";
    QCOMPARE(dnf.explainFailure(ownLock).value_or(QString()),
             u"busy: another program (process 8411) holds dnf's lock. Try again when it finishes."_s);

    CommandResult rpmLock;
    rpmLock.started = true;
    rpmLock.exitCode = 1;
    rpmLock.standardError = "RPM: error: can't create transaction lock on /var/lib/rpm/.rpm.lock (Resource "
                            "temporarily unavailable)\nError: Could not run transaction.\n";
    QCOMPARE(dnf.explainFailure(rpmLock).value_or(QString()),
             u"busy: another program holds the rpm database's transaction lock (/var/lib/rpm/.rpm.lock). "
             u"Try again when it finishes."_s);
}

QTEST_GUILESS_MAIN(TestDnfPlatform)
#include "tst_dnfplatform.moc"
