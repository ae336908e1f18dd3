// WindowsUpdatePlatform's changes: the install command carries only validated KB numbers and refuses before
// any JSON is built, the rollback command (and its refusal before approval), the per-update results of an
// install or a removal read from the recorded outputs, HRESULT texts, and the boot time a reboot is verified
// by. Reading facts, pending and installed updates is in tst_windowsupdateplatform.
#include "deploy/RollbackPlan.h"
#include "platforms/PowerShellCommand.h"
#include "platforms/WindowsFacts.h"
#include "platforms/WindowsUpdatePlatform.h"

#include "../support/WindowsOutputs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowsOutputs;

class TestWindowsUpdateChange : public QObject
{
    Q_OBJECT

private slots:
    void installCommandCarriesOnlyValidatedKbs();
    void installCommandRefusesBeforeTheJson_data();
    void installCommandRefusesBeforeTheJson();
    void rollbackCommand();
    void rollbackRefusedBeforeApproval();
    void changeResults_data();
    void changeResults();
    void hresultTexts();
    void bootTime();
};

void TestWindowsUpdateChange::installCommandCarriesOnlyValidatedKbs()
{
    WindowsUpdatePlatform platform;
    platform.setJobDeadline(std::chrono::minutes(20));
    const auto command = platform.installCommand(
        {{u"KB5046616"_s, {}, u"9d1e8f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a:1"_s, u"KB5046616"_s},
         {u"KB5045936"_s, {}, u"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d:201"_s, {}},
         {u"KB5046616"_s, {}, u"9d1e8f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a:1"_s, {}}});
    QVERIFY2(command, qPrintable(command.error().message));
    QCOMPARE(command.value().program, u"powershell.exe"_s);
    QCOMPARE(command.value().arguments, PowerShellCommand::make(u"x"_s, {}).arguments);
    const QJsonObject request = QJsonDocument::fromJson(command.value().standardInput).object();
    QCOMPARE(request.value(u"script"_s).toString(), PowerShellCommand::resource(u"system-task"_s));
    const QJsonObject input = request.value(u"input"_s).toObject();
    QCOMPARE(input.value(u"label"_s).toString(), u"install"_s);
    QCOMPARE(input.value(u"job"_s).toString(), PowerShellCommand::resource(u"wu-install"_s));
    QCOMPARE(input.value(u"deadlineSeconds"_s).toInt(), 1200);
    QCOMPARE(input.value(u"jobInput"_s).toObject(),
             (QJsonObject{{u"kbs"_s, QJsonArray{u"KB5046616"_s, u"KB5045936"_s}}}));
    QCOMPARE(input.keys(), (QStringList{u"deadlineSeconds"_s, u"job"_s, u"jobInput"_s, u"label"_s}));
}

void TestWindowsUpdateChange::installCommandRefusesBeforeTheJson_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("advisory");
    const QString version = u"9d1e8f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a:1"_s;
    QTest::newRow("quote breakout") << u"KB5046616\"; Remove-Item C:\\ -Recurse; \""_s << version
                                    << QString();
    QTest::newRow("subexpression") << u"KB$(calc)"_s << version << QString();
    QTest::newRow("lower case") << u"kb5046616"_s << version << QString();
    QTest::newRow("nine digits") << u"KB504661600"_s << version << QString();
    QTest::newRow("newline") << u"KB5046616\n"_s << version << QString();
    QTest::newRow("program name") << u"7-Zip 24.08 (x64)"_s << u"24.08"_s << QString();
    QTest::newRow("version not scanned") << u"KB5046616"_s << u"latest"_s << QString();
    QTest::newRow("version with a backtick") << u"KB5046616"_s << version + u"`"_s << QString();
    QTest::newRow("another advisory") << u"KB5046616"_s << version << u"KB5044281"_s;
}

void TestWindowsUpdateChange::installCommandRefusesBeforeTheJson()
{
    QFETCH(QString, package);
    QFETCH(QString, version);
    QFETCH(QString, advisory);
    WindowsUpdatePlatform platform;
    QVERIFY(!platform.installCommand({{package, {}, version, advisory}}));
    QVERIFY(!platform.installCommand({}));
}

void TestWindowsUpdateChange::rollbackCommand()
{
    WindowsUpdatePlatform platform;
    const auto command = platform.rollbackCommand({{u"KB5045936"_s, {}, WindowsUpdatePlatform::Absent, {}}});
    QVERIFY2(command, qPrintable(command.error().message));
    const QJsonObject input =
        QJsonDocument::fromJson(command.value().standardInput).object().value(u"input"_s).toObject();
    QCOMPARE(input.value(u"label"_s).toString(), u"uninstall"_s);
    QCOMPARE(input.value(u"job"_s).toString(), PowerShellCommand::resource(u"wusa-uninstall"_s));
    QCOMPARE(input.value(u"jobInput"_s).toObject(), (QJsonObject{{u"kbs"_s, QJsonArray{u"KB5045936"_s}}}));
    QVERIFY(PowerShellCommand::resource(u"wusa-uninstall"_s).contains(u"'/quiet', '/norestart'"_s));

    const auto notUninstallable =
        platform.rollbackCommand({{u"KB2267602"_s, {}, WindowsUpdatePlatform::AbsentNotUninstallable, {}}});
    QVERIFY(!notUninstallable);
    QVERIFY(notUninstallable.error().message.contains(u"cannot be uninstalled"_s));
    const auto servicing =
        platform.rollbackCommand({{u"KB5046616"_s, {}, WindowsUpdatePlatform::AbsentServicingStack, {}}});
    QVERIFY(!servicing);
    QVERIFY(servicing.error().message.contains(u"servicing stack"_s));
    QVERIFY(servicing.error().hint.contains(u"DISM"_s));
    const auto revision =
        platform.rollbackCommand({{u"KB5044281"_s, {}, u"5b7a0c1e-2f3d-4e5a-9b6c-7d8e9f0a1b2c:1"_s, {}}});
    QVERIFY(!revision);
    QVERIFY(revision.error().message.contains(u"earlier revisions"_s));
    QVERIFY(!platform.rollbackCommand({{u"KB1; x"_s, {}, WindowsUpdatePlatform::Absent, {}}}));
}

void TestWindowsUpdateChange::rollbackRefusedBeforeApproval()
{
    // The change board's statement, before approval: a scanned pending patch's installedVersion is the
    // version a rollback returns to, and the platform says which cannot be reached.
    const auto facts = WindowsFacts::parse(fixture(u"facts-server2022.json"_s));
    QVERIFY(facts);
    Asset asset;
    asset.name = u"web01"_s;
    asset.transport = Transport::WinRm;
    asset.facts = facts.value();
    WindowsUpdatePlatform platform;
    const auto patches = platform.parsePendingPatches(fixture(u"pending-server2022.json"_s));
    QVERIFY(patches);
    for (const PendingPatch &patch : patches.value()) {
        ChangeTarget target;
        target.package = patch.package;
        target.targetVersion = patch.availableVersion;
        target.rollbackVersion = patch.installedVersion;
        const RollbackPlan::Assessment assessment = RollbackPlan::assess(target, asset);
        QCOMPARE(assessment.possible, patch.installedVersion == WindowsUpdatePlatform::Absent);
        if (!assessment.possible)
            QVERIFY2(assessment.reason.contains(patch.package), qPrintable(assessment.reason));
    }
}

void TestWindowsUpdateChange::changeResults_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("errors");
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<QString>("explanation"); // contained in explainFailure; empty: none

    QTest::newRow("installed, one with errors")
        << fixture(u"install-result-succeeded.json"_s) << 0 << QByteArray() << true << QString();
    QTest::newRow("one update failed")
        << fixture(u"install-result-partial.json"_s) << 0 << QByteArray() << false
        << u"KB5046616: failed (0x800F0922 (CBS_E_INSTALLERS_FAILED"_s;
    QTest::newRow("job stopped") << fixture(u"install-result-error.json"_s) << 0 << QByteArray() << false
                                 << u"0x8024402C (WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"_s;
    QTest::newRow("aborted") << replaced(u"install-result-partial.json"_s, "\"resultCode\":4",
                                         "\"resultCode\":5")
                             << 0 << QByteArray() << false << u"KB5046616: aborted"_s;
    QTest::newRow("not started") << replaced(u"install-result-succeeded.json"_s,
                                             "\"revision\":1,\"resultCode\":2",
                                             "\"revision\":1,\"resultCode\":0")
                                 << 0 << QByteArray() << false << u"KB5046616: not started"_s;
    QTest::newRow("uninstalled: 0, 3010, not installed")
        << fixture(u"uninstall-result-succeeded.json"_s) << 0 << QByteArray() << true << QString();
    QTest::newRow("wusa failed") << fixture(u"uninstall-result-failed.json"_s) << 0 << QByteArray() << false
                                 << u"KB5046616: wusa exited with 0x80240017 (WU_E_NOT_APPLICABLE"_s;
    QTest::newRow("refreshed") << fixture(u"refresh-result.json"_s) << 0 << QByteArray() << true << QString();
    QTest::newRow("deadline passed")
        << QByteArray() << 1
        << QByteArray(
               "progress: installing 2 update(s)\npatchwright: still running after 1500 s: the SYSTEM task "
               "\\Patchwright\\patchwright-install-0a is left to finish\n")
        << false << u"still running on the host"_s;
    QTest::newRow("access denied") << QByteArray() << 1
                                   << QByteArray("patchwright: Exception from HRESULT: 0x80070005\n") << false
                                   << u"access denied"_s;
    QTest::newRow("exit 0 with garbage") << QByteArray("done\n") << 0 << QByteArray() << false << u"JSON"_s;
    QTest::newRow("done but empty") << QByteArray("{\"operation\":\"install\",\"state\":\"done\",\"message\":"
                                                  "\"\",\"resultCode\":2,\"hresult\":0,"
                                                  "\"rebootRequired\":false,\"updates\":[]}")
                                    << 0 << QByteArray() << false << u"names no update"_s;
    QTest::newRow("unknown state") << replaced(u"install-result-succeeded.json"_s, "\"state\":\"done\"",
                                               "\"state\":\"fine\"")
                                   << 0 << QByteArray() << false << u"state"_s;
    QTest::newRow("result code out of range")
        << replaced(u"install-result-succeeded.json"_s, "\"revision\":1,\"resultCode\":2",
                    "\"revision\":1,\"resultCode\":6")
        << 0 << QByteArray() << false << u"updates[0].resultCode"_s;
}

void TestWindowsUpdateChange::changeResults()
{
    QFETCH(QByteArray, output);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, errors);
    QFETCH(bool, succeeded);
    QFETCH(QString, explanation);
    WindowsUpdatePlatform platform;
    const CommandResult result = ran(output, exitCode, errors);
    QCOMPARE(platform.changeSucceeded(result), succeeded);
    const std::optional<QString> why = platform.explainFailure(result);
    if (explanation.isEmpty()) {
        QVERIFY(!why);
    } else {
        QVERIFY(why);
        QVERIFY2(why->contains(explanation), qPrintable(*why));
    }
    // A command cut short never counts, whatever it printed.
    CommandResult cut = result;
    cut.timedOut = true;
    QVERIFY(!platform.changeSucceeded(cut));
}

void TestWindowsUpdateChange::hresultTexts()
{
    QVERIFY(
        WindowsUpdatePlatform::hresultText(-2145124318).startsWith(u"0x80240022 (WU_E_ALL_UPDATES_FAILED"_s));
    QVERIFY(WindowsUpdatePlatform::hresultText(0x8024402C).startsWith(u"0x8024402C (WU_E_PT_WINHTTP"_s));
    QVERIFY(WindowsUpdatePlatform::hresultText(0x80070005).contains(u"access denied"_s));
    QCOMPARE(WindowsUpdatePlatform::hresultText(0x12345678), u"0x12345678"_s);
    QCOMPARE(WindowsUpdatePlatform::hresultText(0), u"0x00000000"_s);
    QCOMPARE(WindowsUpdatePlatform::resultCodeText(4), WindowsUpdatePlatform::tr("failed"));
}

void TestWindowsUpdateChange::bootTime()
{
    const auto boot = WindowsFacts::parseBootTime(ran(fixture(u"boot-time.json"_s)));
    QVERIFY2(boot, qPrintable(boot.error().message));
    QCOMPARE(boot.value(), QDateTime(QDate(2024, 11, 26), QTime(4, 2, 11), Qt::UTC));
    QVERIFY(!WindowsFacts::parseBootTime(ran("{\"lastBootUtc\":\"soon\"}")));
    QVERIFY(!WindowsFacts::parseBootTime(ran(fixture(u"boot-time.json"_s), 1)));
    QVERIFY(WindowsFacts::isNewBoot(boot.value(), boot.value().addSecs(300)));
    QVERIFY(!WindowsFacts::isNewBoot(boot.value(), boot.value().addSecs(2))); // clock adjusted, same boot
    QVERIFY(!WindowsFacts::isNewBoot(QDateTime(), boot.value()));
    WindowsUpdatePlatform platform;
    const QJsonObject reboot = QJsonDocument::fromJson(platform.rebootCommand().standardInput).object();
    QVERIFY(reboot.value(u"script"_s).toString().contains(u"Restart-Computer -Force"_s));
    QCOMPARE(
        QJsonDocument::fromJson(WindowsFacts::bootTimeCommand().standardInput).object().value(u"script"_s),
        PowerShellCommand::resource(u"boot-time"_s));
}

QTEST_GUILESS_MAIN(TestWindowsUpdateChange)
#include "tst_windowsupdatechange.moc"
