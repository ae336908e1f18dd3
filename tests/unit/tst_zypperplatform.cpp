#include "platforms/ZypperPlatform.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/zypper/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString describe(const Advisory &advisory)
{
    QStringList packages;
    for (const AdvisoryPackage &package : advisory.packages)
        packages << package.package + u'.' +
                        (package.architecture.isEmpty() ? u"*"_s : package.architecture) + u' ' +
                        package.version;
    return advisory.id + u' ' + storedText(advisory.classification) + u' ' + storedText(advisory.severity) +
           u" [" + advisory.cves.join(u',') + u"] {" + packages.join(u", "_s) + u'}';
}

CommandResult exited(int code, const QByteArray &out)
{
    CommandResult result;
    result.started = true;
    result.exitCode = code;
    result.standardOutput = out;
    return result;
}

} // namespace

class TestZypperPlatform : public QObject
{
    Q_OBJECT

private slots:
    void commandsAreFixedArgumentVectors();
    void pendingFromRealListUpdates();
    void pendingAfterPatch();
    void pendingRejectsHostileOutput_data();
    void pendingRejectsHostileOutput();
    void pendingRejectsHugeAttribute();
    void advisoriesFromRealListPatches();
    void advisoriesSkipAppliedAndRejectHostile_data();
    void advisoriesSkipAppliedAndRejectHostile();
    void detailsFromRealInfo();
    void detailsRejectHostileOutput_data();
    void detailsRejectHostileOutput();
    void rebootCheckFromRealOutput();
    void installAndRollbackCommands();
    void lockFailuresAreExplained();
};

void TestZypperPlatform::commandsAreFixedArgumentVectors()
{
    const ZypperPlatform zypper;
    QCOMPARE(zypper.name(), u"zypper"_s);
    QCOMPARE(zypper.installedPackagesCommand().program, u"rpm"_s);
    const Command pending = zypper.pendingPatchesCommand();
    QCOMPARE(pending.program, u"zypper"_s);
    QCOMPARE(pending.arguments,
             (QStringList{u"--non-interactive"_s, u"--no-refresh"_s, u"--xmlout"_s, u"list-updates"_s}));
    QVERIFY(!pending.needsRoot);
    QCOMPARE(zypper.advisoriesCommand()->arguments.last(), u"list-patches"_s);
    QVERIFY(!zypper.advisoryDetailsCommand({}));
    Advisory advisory;
    advisory.id = u"PW-SA-2026:0001"_s;
    QCOMPARE(zypper.advisoryDetailsCommand({advisory})->arguments,
             (QStringList{u"--non-interactive"_s, u"--no-refresh"_s, u"--xmlout"_s, u"info"_s, u"-t"_s,
                          u"patch"_s, u"PW-SA-2026:0001"_s}));
    advisory.id = u"--from=evil"_s;
    QVERIFY(!zypper.advisoryDetailsCommand({advisory}));
    QCOMPARE(zypper.rebootCheckCommand()->arguments,
             (QStringList{u"--non-interactive"_s, u"needs-rebooting"_s}));
    QVERIFY(zypper.refreshCommand().needsRoot);
}

void TestZypperPlatform::pendingFromRealListUpdates()
{
    const auto result = ZypperPlatform().parsePendingPatches(fixture(u"list-updates.real.xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QStringList rows;
    for (const PendingPatch &patch : result.value())
        rows << patch.package + u'.' + patch.architecture + u' ' + patch.installedVersion + u" -> " +
                    patch.availableVersion + u' ' + patch.origin + u' ' + storedText(patch.classification);
    QCOMPARE(rows, (QStringList{u"pw-crypto.noarch 1.0-1 -> 1.1-1 updates other"_s,
                                u"pw-daemon.x86_64 0.9-3 -> 0.9.1-1 updates other"_s,
                                u"pw-tool.noarch 1.0-1 -> 1.1-1 updates other"_s}));
}

void TestZypperPlatform::pendingAfterPatch()
{
    const auto result = ZypperPlatform().parsePendingPatches(fixture(u"list-updates-after-patch.real.xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), qsizetype(1));
    QCOMPARE(result.value().at(0).package, u"pw-tool"_s);
    const auto none = ZypperPlatform().parseAdvisories(fixture(u"list-patches-none.real.xml"_s));
    QVERIFY2(none.ok(), qPrintable(none.error().text()));
    QVERIFY(none.value().isEmpty());
}

void TestZypperPlatform::pendingRejectsHostileOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("semicolon in name")
        << u"hostile-list-updates-semicolon.xml"_s << u"line 7, <update>: invalid package name"_s;
    QTest::newRow("subshell in version")
        << u"hostile-list-updates-subshell.xml"_s << u"line 7, <update>: invalid version"_s;
    // XML turns the newline into a space; the start tag now ends on line 8.
    QTest::newRow("newline in name") << u"hostile-list-updates-newline.xml"_s
                                     << u"line 8, <update>: invalid package name"_s;
    QTest::newRow("nul byte") << u"hostile-list-updates-nul.xml"_s
                              << u"line 7: malformed XML inside <update-list>"_s;
    QTest::newRow("option as alias") << u"hostile-list-updates-alias.xml"_s << u"invalid repository alias"_s;
    QTest::newRow("unknown element") << u"hostile-list-updates-unknown-element.xml"_s
                                     << u"line 7: unexpected element <script>"_s;
    QTest::newRow("truncated") << u"hostile-list-updates-truncated.xml"_s << u"malformed XML"_s;
    QTest::newRow("xxe") << u"hostile-list-updates-xxe.xml"_s << u"line 2: a document type declaration"_s;
    QTest::newRow("billion laughs") << u"hostile-list-updates-billion-laughs.xml"_s
                                    << u"line 2: a document type declaration"_s;
    QTest::newRow("rpm output") << u"needs-rebooting-no.real.txt"_s << u"malformed XML"_s;
}

void TestZypperPlatform::pendingRejectsHostileOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto result = ZypperPlatform().parsePendingPatches(fixture(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"zypper list-updates output"_s),
             qPrintable(result.error().message));
}

void TestZypperPlatform::pendingRejectsHugeAttribute()
{
    QByteArray output = fixture(u"list-updates.real.xml"_s);
    const QByteArray huge =
        QByteArray("<summary x=\"") + QByteArray(10 * 1024 * 1024, 'x') + QByteArray("\">");
    output.replace(QByteArray("<summary>"), huge);
    const auto result = ZypperPlatform().parsePendingPatches(output);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"line 7: attribute x of <summary> is longer than 4096"_s),
             qPrintable(result.error().message));
    // An error zypper reports in its stream is passed on, not parsed as an empty list.
    const auto reported = ZypperPlatform().parsePendingPatches(
        "<?xml version='1.0'?>\n<stream>\n<message type=\"error\">System management is "
        "locked</message>\n</stream>\n");
    QVERIFY(!reported.ok());
    QVERIFY2(reported.error().message.contains(
                 u"line 3, <message>: zypper reported an error: System management is locked"_s),
             qPrintable(reported.error().message));
}

void TestZypperPlatform::advisoriesFromRealListPatches()
{
    const auto result = ZypperPlatform().parseAdvisories(fixture(u"list-patches.real.xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), qsizetype(2));
    QCOMPARE(describe(result.value().at(0)),
             u"PW-SA-2026:0001 security important [CVE-2026-1001,CVE-2026-1002] {}"_s);
    QCOMPARE(describe(result.value().at(1)), u"PW-BA-2026:0002 bugfix moderate [] {}"_s);
}

void TestZypperPlatform::advisoriesSkipAppliedAndRejectHostile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // empty: parses
    QTest::newRow("all (needed ones only)") << u"list-patches-all.real.xml"_s << QString();
    QTest::newRow("subshell as cve") << u"hostile-list-patches-cve-subshell.xml"_s
                                     << u"line 7, <issue>: invalid CVE id"_s;
    QTest::newRow("semicolon in name")
        << u"hostile-list-patches-name-semicolon.xml"_s << u"line 7, <update>: invalid patch name"_s;
    QTest::newRow("unknown category")
        << u"hostile-list-patches-category.xml"_s << u"unknown category \"urgent\""_s;
    QTest::newRow("package list") << u"list-updates.real.xml"_s
                                  << u"kind \"package\" where \"patch\" was expected"_s;
}

void TestZypperPlatform::advisoriesSkipAppliedAndRejectHostile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto result = ZypperPlatform().parseAdvisories(fixture(file));
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().text()));
        QCOMPARE(result.value().size(), qsizetype(2));
        return;
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestZypperPlatform::detailsFromRealInfo()
{
    const ZypperPlatform zypper;
    auto advisories = zypper.parseAdvisories(fixture(u"list-patches.real.xml"_s));
    QVERIFY(advisories.ok());
    const auto result = zypper.completeAdvisories(advisories.value(), fixture(u"info-patches.real.xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(describe(result.value().at(0)),
             u"PW-SA-2026:0001 security important [CVE-2026-1001,CVE-2026-1002] {pw-crypto.* 1.1-1}"_s);
    QCOMPARE(describe(result.value().at(1)),
             u"PW-BA-2026:0002 bugfix moderate [] {pw-daemon.x86_64 0.9.1-1, pw-daemon.noarch 0.9.1-1}"_s);
    // A patch the details do not describe is an error, not an advisory without packages.
    Advisory unknown;
    unknown.id = u"PW-XX-1"_s;
    const auto missing = zypper.completeAdvisories({unknown}, fixture(u"info-patches.real.xml"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(u"patch PW-XX-1 is not described"_s),
             qPrintable(missing.error().message));
}

void TestZypperPlatform::detailsRejectHostileOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("semicolon in conflict") << u"hostile-info-conflict-semicolon.xml"_s
                                           << u"line 5, <message>: patch PW-SA-2026:0001: invalid package"_s;
    QTest::newRow("conflict count") << u"hostile-info-conflict-count.xml"_s
                                    << u"patch PW-BA-2026:0002 announces 3 conflicts but lists 2"_s;
}

void TestZypperPlatform::detailsRejectHostileOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const ZypperPlatform zypper;
    auto advisories = zypper.parseAdvisories(fixture(u"list-patches.real.xml"_s));
    QVERIFY(advisories.ok());
    const auto result = zypper.completeAdvisories(advisories.value(), fixture(file));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestZypperPlatform::rebootCheckFromRealOutput()
{
    const ZypperPlatform zypper;
    const auto no = zypper.parseRebootCheck(exited(0, fixture(u"needs-rebooting-no.real.txt"_s)));
    QVERIFY2(no.ok(), qPrintable(no.error().text()));
    QCOMPARE(no.value(), RebootHint::NotRequired);
    const auto yes = zypper.parseRebootCheck(exited(102, fixture(u"needs-rebooting-yes.real.txt"_s)));
    QVERIFY2(yes.ok(), qPrintable(yes.error().text()));
    QCOMPARE(yes.value(), RebootHint::Required);
    QVERIFY(!zypper.parseRebootCheck(exited(0, fixture(u"needs-rebooting-yes.real.txt"_s))).ok());
    QVERIFY(!zypper.parseRebootCheck(exited(102, fixture(u"needs-rebooting-no.real.txt"_s))).ok());
    QVERIFY(!zypper.parseRebootCheck(exited(0, "No core libraries\0 or services have been updated.\n")).ok());
}

void TestZypperPlatform::installAndRollbackCommands()
{
    const ZypperPlatform zypper;
    const auto install =
        zypper.installCommand({{u"pw-crypto"_s, u"noarch"_s, u"1.1-1"_s, u"PW-SA-2026:0001"_s},
                               {u"pw-tool"_s, u"noarch"_s, u"1.1-1"_s, {}},
                               {u"pw-lib"_s, u"noarch"_s, u"0:3.4-6"_s, {}}});
    QVERIFY2(install.ok(), qPrintable(install.error().text()));
    QVERIFY(install.value().needsRoot);
    QCOMPARE(install.value().program, u"zypper"_s);
    QCOMPARE(install.value().arguments,
             (QStringList{u"--non-interactive"_s, u"install"_s, u"--auto-agree-with-licenses"_s,
                          u"patch:PW-SA-2026:0001"_s, u"pw-tool.noarch=1.1-1"_s, u"pw-lib.noarch=3.4-6"_s}));
    const auto rollback =
        zypper.rollbackCommand({{u"pw-crypto"_s, u"noarch"_s, u"1.0-1"_s, u"PW-SA-2026:0001"_s}});
    QVERIFY2(rollback.ok(), qPrintable(rollback.error().text()));
    QCOMPARE(rollback.value().arguments,
             (QStringList{u"--non-interactive"_s, u"install"_s, u"--auto-agree-with-licenses"_s,
                          u"--oldpackage"_s, u"pw-crypto.noarch=1.0-1"_s}));
    const auto newPackage = zypper.rollbackCommand({{u"pw-new"_s, u"noarch"_s, QString(), {}}});
    QVERIFY(!newPackage.ok());
    QVERIFY2(newPackage.error().message.contains(u"pw-new cannot be rolled back"_s),
             qPrintable(newPackage.error().message));
    QVERIFY(!zypper.installCommand({{u"pw;id"_s, u"noarch"_s, u"1-1"_s, {}}}).ok());
    QVERIFY(!zypper.installCommand({{u"pw"_s, u"noarch"_s, u"1-1$(id)"_s, {}}}).ok());
    QVERIFY(!zypper.installCommand({{u"pw"_s, u"noarch"_s, u"1-1"_s, u"--from=x"_s}}).ok());
    QVERIFY(!zypper.installCommand({{u"pw"_s, u"noarch"_s, u"1-1"_s, u"SA;reboot"_s}}).ok());
    QVERIFY(!zypper.installCommand({}).ok());
}

// What zypper 1.14.42 printed in tst_rpmdeployrun's hosts: another zypper holding zypper's lock, and a plain
// rpm transaction holding rpm's lock (zypper's rpm call gives up at once without a terminal).
void TestZypperPlatform::lockFailuresAreExplained()
{
    const ZypperPlatform zypper;
    CommandResult zyppLock;
    zyppLock.started = true;
    zyppLock.exitCode = 7;
    zyppLock.standardOutput = "System management is locked by the application with pid 8812 (zypper).\n"
                              "Close this application before trying again.\n";
    QCOMPARE(zypper.explainFailure(zyppLock).value_or(QString()),
             u"busy: zypper (process 8812) holds zypper's lock. Try again when it finishes."_s);
    CommandResult rpmLock;
    rpmLock.started = true;
    rpmLock.exitCode = 8;
    rpmLock.standardOutput = "error: can't create transaction lock on /var/lib/rpm/.rpm.lock (Resource "
                             "temporarily unavailable)\n\nAbort, retry, ignore? [a/r/i] (a): a\n";
    QVERIFY(zypper.explainFailure(rpmLock).value_or(QString()).startsWith(
        u"busy: another program holds the rpm database's transaction lock (/var/lib/rpm/.rpm.lock)."_s));
    CommandResult other;
    other.started = true;
    other.exitCode = 104;
    other.standardOutput = "No provider of 'pw-nothing' found.\n";
    QVERIFY(!zypper.explainFailure(other).has_value());
    QVERIFY(!zypper.changeSucceeded(other));
}

QTEST_GUILESS_MAIN(TestZypperPlatform)
#include "tst_zypperplatform.moc"
