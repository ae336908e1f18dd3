// WindowsUpdatePlatform reading what the Windows scripts return (recorded in tests/fixtures/windows/): facts,
// pending and installed updates, hostile outputs of each, the platform detector and a whole scan. Installs,
// rollbacks and their results are in tst_windowsupdatechange.
#include "platforms/PlatformDetector.h"
#include "platforms/PowerShellCommand.h"
#include "platforms/WindowsFacts.h"
#include "platforms/WindowsUpdateJson.h"
#include "platforms/WindowsUpdatePlatform.h"
#include "scan/AssetScanner.h"

#include "../support/WindowsOutputs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowsOutputs;

namespace {

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The first pending update of pending-server2022.json with `key` set to `value` (or removed when undefined).
QByteArray pendingWith(const QString &key, const QJsonValue &value)
{
    QJsonObject root = fixtureObject(u"pending-server2022.json"_s);
    QJsonArray updates = root.value(u"updates"_s).toArray();
    QJsonObject first = updates.at(0).toObject();
    if (value.isUndefined())
        first.remove(key);
    else
        first.insert(key, value);
    updates.replace(0, first);
    root.insert(u"updates"_s, updates);
    return compact(root);
}

QByteArray factsWith(const QString &key, const QJsonValue &value)
{
    QJsonObject root = fixtureObject(u"facts-server2022.json"_s);
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return compact(root);
}

const PendingPatch *findPatch(const QList<PendingPatch> &patches, const QString &kb)
{
    for (const PendingPatch &patch : patches) {
        if (patch.package == kb)
            return &patch;
    }
    return nullptr;
}

const InstalledPackage *findInstalled(const QList<InstalledPackage> &packages, const QString &name,
                                      const QString &architecture = {})
{
    for (const InstalledPackage &package : packages) {
        if (package.name == name && package.architecture == architecture)
            return &package;
    }
    return nullptr;
}

// A Windows host as the scan sees it: answers each PowerShell command with the fixture of its script,
// recognised by the script text on stdin, and records what it was asked to run.
class ScriptedWindowsEndpoint : public Endpoint
{
public:
    CommandResult run(const Command &command, const RunLimits &, const std::atomic_bool *) override
    {
        const QJsonObject request = QJsonDocument::fromJson(command.standardInput).object();
        const QString script = request.value(u"script"_s).toString();
        const QHash<QString, QString> answers{{u"facts"_s, u"facts-server2022.json"_s},
                                              {u"installed"_s, u"installed-server2022.json"_s},
                                              {u"pending"_s, u"pending-server2022.json"_s}};
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (script == PowerShellCommand::resource(it.key())) {
                scripts << it.key();
                programs << command.program;
                return ran(fixture(it.value()));
            }
        }
        programs << command.program;
        CommandResult result;
        result.started = true;
        result.exitCode = 127;
        result.standardError = "not a script of this host";
        return result;
    }
    QString describe() const override { return u"winrm-double"_s; }

    QStringList scripts;
    QStringList programs;
};

} // namespace

class TestWindowsUpdatePlatform : public QObject
{
    Q_OBJECT

private slots:
    void factsParse();
    void factsRebootPendingNamesTheSources();
    void factsHostile_data();
    void factsHostile();
    void detectorPicksWindowsUpdate();
    void pendingParse();
    void pendingOlderServerKeepsSsuApartAndMergesKbs();
    void pendingHostile_data();
    void pendingHostile();
    void pendingTitlesAreCappedAndCleaned();
    void installedParse();
    void installedHostile_data();
    void installedHostile();
    void scanRunsTheWindowsScripts();
};

void TestWindowsUpdatePlatform::factsParse()
{
    const auto facts = WindowsFacts::parse(fixture(u"facts-server2022.json"_s));
    QVERIFY2(facts, qPrintable(facts.error().message));
    QCOMPARE(facts.value().osId, u"windows"_s);
    QCOMPARE(facts.value().osName, u"Microsoft Windows Server 2022 Datacenter"_s);
    QCOMPARE(facts.value().osVersion, u"10.0.20348.2849"_s);
    QCOMPARE(facts.value().kernel, u"20348.2849"_s);
    QCOMPARE(facts.value().architecture, u"x86_64"_s);
    QCOMPARE(facts.value().hostname, u"web01.corp.example.com"_s);
    QCOMPARE(facts.value().uptimeSeconds, 1209600);
    QCOMPARE(facts.value().packageManager, u"windows-update"_s);
    QVERIFY(!facts.value().rebootRequired);
    QVERIFY(facts.value().rebootRequiredBy.isEmpty());
    QVERIFY(facts.value().osLike.isEmpty());
}

void TestWindowsUpdatePlatform::factsRebootPendingNamesTheSources()
{
    const auto facts = WindowsFacts::parse(fixture(u"facts-server2019-reboot-pending.json"_s));
    QVERIFY2(facts, qPrintable(facts.error().message));
    QVERIFY(facts.value().rebootRequired);
    QCOMPARE(facts.value().rebootRequiredBy,
             (QStringList{u"CBS RebootPending"_s, u"WindowsUpdate RebootRequired"_s}));
    QCOMPARE(facts.value().hostname, u"FILE02"_s); // a workgroup is not a domain
    QCOMPARE(facts.value().osVersion, u"10.0.17763.6414"_s);
}

void TestWindowsUpdatePlatform::factsHostile_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("field"); // the error must name it

    QTest::newRow("missing ubr") << factsWith(u"ubr"_s, QJsonValue::Undefined) << u"ubr"_s;
    QTest::newRow("build as text") << factsWith(u"build"_s, u"20348"_s) << u"build"_s;
    QTest::newRow("build of another version") << factsWith(u"build"_s, 17763) << u"build"_s;
    QTest::newRow("unknown architecture") << factsWith(u"architecture"_s, u"IA64"_s) << u"architecture"_s;
    QTest::newRow("hostname with a subexpression")
        << factsWith(u"hostname"_s, u"web$(calc)"_s) << u"hostname"_s;
    QTest::newRow("hostname with a newline") << factsWith(u"hostname"_s, u"web\n01"_s) << u"hostname"_s;
    QTest::newRow("domain with a space") << factsWith(u"domain"_s, u"corp example"_s) << u"domain"_s;
    QTest::newRow("boot time not UTC")
        << factsWith(u"lastBootUtc"_s, u"11/12/2024 03:14:07"_s) << u"lastBootUtc"_s;
    QTest::newRow("reboot flag as text")
        << replaced(u"facts-server2022.json"_s, "\"cbsRebootPending\":false", "\"cbsRebootPending\":\"no\"")
        << u"reboot.cbsRebootPending"_s;
    QTest::newRow("field the script does not print") << factsWith(u"shell"_s, u"x"_s) << u"shell"_s;
    QTest::newRow("duplicated key") << replaced(u"facts-server2022.json"_s, "\"ubr\":2849",
                                                "\"ubr\":2849,\"ubr\":9999")
                                    << u"ubr"_s;
    QTest::newRow("trailing garbage") << fixture(u"facts-server2022.json"_s) + "PS C:\\> " << u"garbage"_s;
    QTest::newRow("two documents") << fixture(u"facts-server2022.json"_s).repeated(2) << u"garbage"_s;
    QTest::newRow("not JSON") << QByteArray("Get-CimInstance : Access denied\r\n") << u"JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"nothing"_s;
    QTest::newRow("array") << QByteArray("[]") << u"object"_s;
    QTest::newRow("two byte order marks")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF") + fixture(u"facts-server2022.json"_s) << u"JSON"_s;
    QTest::newRow("invalid UTF-8") << replaced(u"facts-server2022.json"_s, "Datacenter", "Data\xC3\x28")
                                   << u"JSON"_s;
}

void TestWindowsUpdatePlatform::factsHostile()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, field);
    const auto facts = WindowsFacts::parse(output);
    QVERIFY(!facts);
    QVERIFY2(facts.error().message.contains(field, Qt::CaseInsensitive), qPrintable(facts.error().message));
    QVERIFY(!facts.error().hint.isEmpty());
}

void TestWindowsUpdatePlatform::detectorPicksWindowsUpdate()
{
    const auto facts = WindowsFacts::parse(fixture(u"facts-server2022.json"_s));
    QVERIFY(facts);
    const auto platform = PlatformDetector::forFacts(facts.value());
    QVERIFY(platform);
    QCOMPARE(platform->name(), u"windows-update"_s);
    AssetFacts odd = facts.value();
    odd.packageManager = u"apt"_s;
    QVERIFY(!PlatformDetector::forFacts(odd));
    // A BOM before the document is what Windows PowerShell writes with a UTF-8 preamble: accepted once.
    QVERIFY(WindowsFacts::parse("\xEF\xBB\xBF" + fixture(u"facts-server2022.json"_s)));
}

void TestWindowsUpdatePlatform::pendingParse()
{
    WindowsUpdatePlatform platform;
    const auto patches = platform.parsePendingPatches(fixture(u"pending-server2022.json"_s));
    QVERIFY2(patches, qPrintable(patches.error().message));
    QCOMPARE(patches.value().size(), 5); // the driver has no KB and is skipped

    const PendingPatch *lcu = findPatch(patches.value(), u"KB5046616"_s);
    QVERIFY(lcu);
    QCOMPARE(lcu->availableVersion, u"9d1e8f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a:1"_s);
    QCOMPARE(lcu->installedVersion, WindowsUpdatePlatform::AbsentServicingStack); // SSU combined (20348)
    QCOMPARE(lcu->advisory, u"KB5046616"_s);
    QVERIFY(lcu->architecture.isEmpty());
    QCOMPARE(lcu->classification, PatchClassification::Security);
    QCOMPARE(lcu->severity, PatchSeverity::Critical);
    QCOMPARE(lcu->cves, (QStringList{u"CVE-2024-43451"_s, u"CVE-2024-43639"_s, u"CVE-2024-49039"_s}));
    QCOMPARE(lcu->origin, u"Windows Update: Security Updates"_s);

    const PendingPatch *older = findPatch(patches.value(), u"KB5044281"_s);
    QVERIFY(older);
    QCOMPARE(older->origin, u"Windows Update: Security Updates; superseded by KB5046616"_s);

    const PendingPatch *dotnet = findPatch(patches.value(), u"KB5045936"_s);
    QVERIFY(dotnet);
    QCOMPARE(dotnet->installedVersion, WindowsUpdatePlatform::Absent); // a .NET CU is not an SSU+LCU
    QCOMPARE(dotnet->severity, PatchSeverity::Important);

    const PendingPatch *definitions = findPatch(patches.value(), u"KB2267602"_s);
    QVERIFY(definitions);
    QCOMPARE(definitions->classification, PatchClassification::Other);
    QCOMPARE(definitions->severity, PatchSeverity::Unknown);
    QCOMPARE(definitions->installedVersion, WindowsUpdatePlatform::AbsentNotUninstallable);

    const PendingPatch *msrt = findPatch(patches.value(), u"KB890830"_s);
    QVERIFY(msrt);
    QCOMPARE(msrt->classification, PatchClassification::Bugfix);
    QVERIFY(msrt->cves.isEmpty());
}

void TestWindowsUpdatePlatform::pendingOlderServerKeepsSsuApartAndMergesKbs()
{
    WindowsUpdatePlatform platform;
    const auto patches = platform.parsePendingPatches(fixture(u"pending-server2019.json"_s));
    QVERIFY2(patches, qPrintable(patches.error().message));
    QCOMPARE(patches.value().size(), 2); // KB5046615 twice (two products): one patch
    const PendingPatch *ssu = findPatch(patches.value(), u"KB5046270"_s);
    QVERIFY(ssu);
    QCOMPARE(ssu->installedVersion, WindowsUpdatePlatform::AbsentServicingStack);
    QCOMPARE(ssu->classification, PatchClassification::Security);
    const PendingPatch *lcu = findPatch(patches.value(), u"KB5046615"_s);
    QVERIFY(lcu);
    QCOMPARE(lcu->installedVersion, WindowsUpdatePlatform::Absent); // build 17763: SSU separate, wusa can
    QCOMPARE(lcu->cves, (QStringList{u"CVE-2024-43451"_s, u"CVE-2024-49039"_s}));
    QCOMPARE(lcu->severity, PatchSeverity::Critical);
    QCOMPARE(lcu->availableVersion, u"66666666-7777-4888-9999-aaaaaaaaaaaa:1"_s);
}

void TestWindowsUpdatePlatform::pendingHostile_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("field");

    QTest::newRow("short KB") << pendingWith(u"kbs"_s, QJsonArray{u"KB12"_s}) << u"kbs"_s;
    QTest::newRow("KB with a command")
        << pendingWith(u"kbs"_s, QJsonArray{u"KB5046616; Remove-Item C:\\"_s}) << u"kbs"_s;
    QTest::newRow("KB as a number") << pendingWith(u"kbs"_s, QJsonArray{5046616}) << u"kbs[0]"_s;
    QTest::newRow("kbs as a string") << pendingWith(u"kbs"_s, u"KB5046616"_s) << u"kbs"_s;
    QTest::newRow("CVE malformed") << pendingWith(u"cves"_s, QJsonArray{u"CVE-24-1"_s}) << u"cves"_s;
    QTest::newRow("unknown severity") << pendingWith(u"msrcSeverity"_s, u"Severe"_s) << u"msrcSeverity"_s;
    QTest::newRow("severity null") << pendingWith(u"msrcSeverity"_s, QJsonValue::Null) << u"msrcSeverity"_s;
    QTest::newRow("unknown reboot behaviour") << pendingWith(u"rebootBehavior"_s, 7) << u"rebootBehavior"_s;
    QTest::newRow("reboot behaviour 1.5") << pendingWith(u"rebootBehavior"_s, 1.5) << u"rebootBehavior"_s;
    QTest::newRow("size negative") << pendingWith(u"maxDownloadSize"_s, -1) << u"maxDownloadSize"_s;
    QTest::newRow("size as text") << pendingWith(u"maxDownloadSize"_s, u"600 MB"_s) << u"maxDownloadSize"_s;
    QTest::newRow("size of 2 TiB") << pendingWith(u"maxDownloadSize"_s, 2.0 * 1024 * 1024 * 1024 * 1024)
                                   << u"maxDownloadSize"_s;
    QTest::newRow("update id") << pendingWith(u"updateId"_s, u"not-a-guid"_s) << u"updateId"_s;
    QTest::newRow("superseded id") << pendingWith(u"supersededUpdateIds"_s, QJsonArray{u"x"_s})
                                   << u"supersededUpdateIds"_s;
    QTest::newRow("uninstallable as text")
        << pendingWith(u"isUninstallable"_s, u"true"_s) << u"isUninstallable"_s;
    QTest::newRow("missing revision") << pendingWith(u"revision"_s, QJsonValue::Undefined) << u"revision"_s;
    QTest::newRow("unknown field") << pendingWith(u"command"_s, u"calc.exe"_s) << u"command"_s;
    QTest::newRow("unknown category type")
        << pendingWith(u"categories"_s,
                       QJsonArray{QJsonObject{{u"id"_s, u"0fa1201d-4330-4fa8-8ae9-b877473b6441"_s},
                                              {u"name"_s, u"Security Updates"_s},
                                              {u"type"_s, u"Detectoid"_s}}})
        << u"categories[0].type"_s;
    QTest::newRow("title as an object") << pendingWith(u"title"_s, QJsonObject{}) << u"title"_s;
    QTest::newRow("updates missing") << replaced(u"pending-server2022.json"_s, "\"updates\":", "\"upd\":")
                                     << u"updates"_s;
    QTest::newRow("duplicated kbs key") << replaced(u"pending-server2022.json"_s, "{\"kbs\":[\"KB5046616\"]",
                                                    "{\"kbs\":[\"KB5046616\"],\"kbs\":[\"KB5044281\"]")
                                        << u"kbs"_s;
    QTest::newRow("trailing garbage") << fixture(u"pending-server2022.json"_s) + "}" << u"garbage"_s;
    QTest::newRow("error text instead") << QByteArray("Exception from HRESULT: 0x8024402C") << u"JSON"_s;
    QTest::newRow("CLIXML instead") << QByteArray("#< CLIXML\r\n<Objs Version=\"1.1.0.1\"></Objs>")
                                    << u"JSON"_s;
    QTest::newRow("nested too deep") << QByteArray("{\"osBuild\":1,\"updates\":[],\"x\":") +
                                            QByteArray(40, '[') + QByteArray(40, ']') + "}"
                                     << u"nested"_s;
    QJsonArray many;
    const QJsonObject one =
        fixtureObject(u"pending-server2022.json"_s).value(u"updates"_s).toArray().at(4).toObject();
    for (int i = 0; i <= WindowsUpdateJson::MaxUpdates; ++i)
        many.append(one);
    QTest::newRow("too many updates")
        << compact({{u"osBuild"_s, 20348}, {u"updates"_s, many}}) << u"updates"_s;
}

void TestWindowsUpdatePlatform::pendingHostile()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, field);
    WindowsUpdatePlatform platform;
    const auto patches = platform.parsePendingPatches(output);
    QVERIFY(!patches);
    QVERIFY2(patches.error().message.contains(field, Qt::CaseInsensitive),
             qPrintable(patches.error().message));
}

void TestWindowsUpdatePlatform::pendingTitlesAreCappedAndCleaned()
{
    // A 10 MB title is cut to MaxTitle characters; control and reordering characters are removed.
    const QString huge =
        u"2024-11 Cumulative Update for Windows \x1B[2J\u202E"_s + QString(10 * 1024 * 1024, u'A');
    const auto updates = WindowsUpdateJson::parsePending(pendingWith(u"title"_s, huge));
    QVERIFY2(updates, qPrintable(updates.error().message));
    const QString title = updates.value().first().title;
    QCOMPARE(title.size(), WindowsUpdateJson::MaxTitle);
    QVERIFY(title.startsWith(u"2024-11 Cumulative Update for Windows [2J"_s));
    QVERIFY(!title.contains(QChar(0x1B)) && !title.contains(QChar(0x202E)));
    // A title full of emoji is never cut inside a surrogate pair.
    const auto emoji = WindowsUpdateJson::parsePending(
        pendingWith(u"title"_s, QString(u"x"_s + QString(u"\U0001F600"_s).repeated(600))));
    QVERIFY(emoji);
    QVERIFY(!emoji.value().first().title.back().isHighSurrogate());
    QVERIFY(emoji.value().first().title.size() <= WindowsUpdateJson::MaxTitle);
    // 10 MB of one program name: still one parse, the name capped.
    QJsonObject installed = fixtureObject(u"installed-server2022.json"_s);
    QJsonArray programs = installed.value(u"programs"_s).toArray();
    QJsonObject program = programs.at(0).toObject();
    program.insert(u"name"_s, QString(10 * 1024 * 1024, u'n'));
    programs.replace(0, program);
    installed.insert(u"programs"_s, programs);
    WindowsUpdatePlatform platform;
    const auto packages = platform.parseInstalledPackages(compact(installed));
    QVERIFY2(packages, qPrintable(packages.error().message));
    QVERIFY(findInstalled(packages.value(), QString(256, u'n'), u"x64"_s));
}

void TestWindowsUpdatePlatform::installedParse()
{
    WindowsUpdatePlatform platform;
    const auto packages = platform.parseInstalledPackages(fixture(u"installed-server2022.json"_s));
    QVERIFY2(packages, qPrintable(packages.error().message));
    const QList<InstalledPackage> &list = packages.value();

    // QFE and the history agree: the history's identity is the version.
    const InstalledPackage *lcu = findInstalled(list, u"KB5044281"_s);
    QVERIFY(lcu);
    QCOMPARE(lcu->version, u"5b7a0c1e-2f3d-4e5a-9b6c-7d8e9f0a1b2c:1"_s);
    // Only QFE knows these.
    QCOMPARE(findInstalled(list, u"KB5012170"_s)->version, WindowsUpdatePlatform::HotfixVersion);
    QCOMPARE(findInstalled(list, u"KB5043936"_s)->version, WindowsUpdatePlatform::HotfixVersion);
    // Only the history knows definitions: the newest successful one, its GUID in lower case.
    const InstalledPackage *definitions = findInstalled(list, u"KB2267602"_s);
    QVERIFY(definitions);
    QCOMPARE(definitions->version, u"c0ffee00-1234-4abc-8def-0123456789ab:199"_s);
    // A failed installation and an update uninstalled later are not installed.
    QVERIFY(!findInstalled(list, u"KB5045936"_s));
    QVERIFY(!findInstalled(list, u"KB5040437"_s));
    // Programs: by view, publisher as source, a name seen twice kept once (the first), empty versions kept.
    const InstalledPackage *zip = findInstalled(list, u"7-Zip 24.08 (x64)"_s, u"x64"_s);
    QVERIFY(zip);
    QCOMPARE(zip->version, u"24.08"_s);
    QCOMPARE(zip->source, u"Igor Pavlov"_s);
    QVERIFY(findInstalled(list, u"Microsoft Visual C++ 2015-2022 Redistributable (x86) - 14.40.33810"_s,
                          u"x86"_s));
    QCOMPARE(findInstalled(list, u"Notepad++ (64-bit x64)"_s, u"x64"_s)->version, u"8.6.9"_s);
    QCOMPARE(findInstalled(list, u"Zabbix Agent 2 (64-bit)"_s, u"x64"_s)->version, QString());
    QCOMPARE(list.size(), 4 + 5); // KB5044281, KB5012170, KB5043936, KB2267602; five programs
}

void TestWindowsUpdatePlatform::installedHostile_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("field");
    const QString name = u"installed-server2022.json"_s;
    QTest::newRow("hotfix id not a KB")
        << replaced(name, "{\"id\":\"KB5012170\"", "{\"id\":\"File 1\"") << u"hotfixes[1].id"_s;
    QTest::newRow("installedOn in US format")
        << replaced(name, "\"installedOn\":\"2024-10-09\"", "\"installedOn\":\"10/9/2024\"")
        << u"hotfixes[0].installedOn"_s;
    QTest::newRow("unknown operation")
        << replaced(name, "\"operation\":2", "\"operation\":3") << u"operation"_s;
    QTest::newRow("unknown result code")
        << replaced(name, "\"resultCode\":4", "\"resultCode\":9") << u"history[1].resultCode"_s;
    QTest::newRow("history date") << replaced(name, "2024-11-11T02:00:00Z", "yesterday") << u"date"_s;
    QTest::newRow("unknown architecture")
        << replaced(name, "\"arch\":\"x86\"", "\"arch\":\"ia64\"") << u"arch"_s;
    QTest::newRow("program version as a number")
        << replaced(name, "\"version\":\"24.08\"", "\"version\":24.08") << u"programs[0].version"_s;
    QTest::newRow("missing programs")
        << replaced(name, ",\"programs\":[", ",\"software\":[") << u"programs"_s;
}

void TestWindowsUpdatePlatform::installedHostile()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, field);
    WindowsUpdatePlatform platform;
    const auto packages = platform.parseInstalledPackages(output);
    QVERIFY(!packages);
    QVERIFY2(packages.error().message.contains(field), qPrintable(packages.error().message));
}

void TestWindowsUpdatePlatform::scanRunsTheWindowsScripts()
{
    ScriptedWindowsEndpoint endpoint;
    QStringList steps;
    const auto record = AssetScanner::scan(
        endpoint, 7, RunLimits{}, nullptr, [&steps](const QString &step) { steps << step; },
        factsSourceFor(Transport::WinRm));
    QVERIFY2(record, qPrintable(record.error().message));
    QCOMPARE(endpoint.scripts, (QStringList{u"facts"_s, u"installed"_s, u"pending"_s}));
    QCOMPARE(endpoint.programs, QStringList(3, u"powershell.exe"_s));
    QCOMPARE(record.value().assetId, 7);
    QCOMPARE(record.value().facts.packageManager, u"windows-update"_s);
    QCOMPARE(record.value().pending.size(), 5);
    QCOMPARE(record.value().installed.size(), 9);
    // The scanner keeps the platform's installedVersion (what a rollback returns to).
    QCOMPARE(findPatch(record.value().pending, u"KB5045936"_s)->installedVersion,
             WindowsUpdatePlatform::Absent);
    // SSH and local assets keep the POSIX facts probe.
    QCOMPARE(factsSourceFor(Transport::Ssh), FactsSource::PosixShell);
    QCOMPARE(factsSourceFor(Transport::Local), FactsSource::PosixShell);
}

QTEST_GUILESS_MAIN(TestWindowsUpdatePlatform)
#include "tst_windowsupdateplatform.moc"
