#include "endpoints/LocalEndpoint.h"
#include "scan/FactsProbe.h"
#include "scan/OsRelease.h"

#include <QFile>
#include <QSysInfo>
#include <QTest>

#include <sys/utsname.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/facts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray realWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray output = fixture(u"debian12.real.txt"_s);
    if (!output.contains(from))
        qFatal("fixture lacks %s", from.constData());
    return output.replace(from, to);
}

} // namespace

class TestFactsProbe : public QObject
{
    Q_OBJECT

private slots:
    void commandIsOneFixedShellScript();
    void realRunOnThisMachine();
    void parsesRecordedDebian();
    void parsesRebootRequired();
    void parsesRedHatLike();
    void osReleaseQuoting();
    void osReleaseRejectsMalformedLines_data();
    void osReleaseRejectsMalformedLines();
    void rejectsMalformedOutput_data();
    void rejectsMalformedOutput();
};

void TestFactsProbe::commandIsOneFixedShellScript()
{
    const Command command = FactsProbe::command();
    QCOMPARE(command.program, u"sh"_s);
    QCOMPARE(command.arguments.size(), qsizetype(2));
    QCOMPARE(command.arguments.first(), u"-c"_s);
    QVERIFY(!command.needsRoot);
    QCOMPARE(FactsProbe::command().arguments, command.arguments); // constant, nothing interpolated
}

void TestFactsProbe::realRunOnThisMachine()
{
    LocalEndpoint endpoint;
    RunLimits limits;
    limits.timeout = std::chrono::seconds(30);
    limits.outputCap = 1024 * 1024;
    const CommandResult run = endpoint.run(FactsProbe::command(), limits);
    QVERIFY2(run.completed(), qPrintable(run.error));
    QCOMPARE(run.exitCode, 0);
    const auto facts = FactsProbe::parse(run.standardOutput);
    QVERIFY2(facts.ok(), qPrintable(facts.error().text()));

    utsname names{};
    QCOMPARE(::uname(&names), 0);
    QCOMPARE(facts.value().hostname, QSysInfo::machineHostName());
    QCOMPARE(facts.value().kernel, QString::fromLocal8Bit(names.release));
    QCOMPARE(facts.value().kernel, QSysInfo::kernelVersion());
    QCOMPARE(facts.value().architecture, QString::fromLocal8Bit(names.machine));
    QCOMPARE(facts.value().osId, QSysInfo::productType());
    QCOMPARE(facts.value().osVersion, QSysInfo::productVersion());
    QVERIFY(facts.value().uptimeSeconds > 0);
    QCOMPARE(facts.value().rebootRequired, QFile::exists(u"/var/run/reboot-required"_s));
    QCOMPARE(facts.value().packageManager, u"apt"_s); // a Debian machine, whatever else is installed
}

void TestFactsProbe::parsesRecordedDebian()
{
    const auto result = FactsProbe::parse(fixture(u"debian12.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const AssetFacts &facts = result.value();
    QCOMPARE(facts.hostname, u"vm"_s);
    QCOMPARE(facts.kernel, u"6.18.44-fc-v657"_s);
    QCOMPARE(facts.architecture, u"x86_64"_s);
    QCOMPARE(facts.osId, u"debian"_s);
    QVERIFY(facts.osLike.isEmpty());
    QCOMPARE(facts.osName, u"Debian GNU/Linux 12 (bookworm)"_s);
    QCOMPARE(facts.osVersion, u"12"_s);
    QCOMPARE(facts.uptimeSeconds, qint64(4853));
    QVERIFY(!facts.rebootRequired);
    QVERIFY(facts.rebootRequiredBy.isEmpty());
    QCOMPARE(facts.packageManager, u"apt"_s); // dnf is installed there too, but this is Debian
}

void TestFactsProbe::parsesRebootRequired()
{
    const auto result = FactsProbe::parse(fixture(u"debian12-reboot-required.real.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(result.value().rebootRequired);
    QCOMPARE(result.value().rebootRequiredBy, (QStringList{u"linux-image-6.1.0-28-amd64"_s, u"libc6"_s}));
}

void TestFactsProbe::parsesRedHatLike()
{
    const auto result = FactsProbe::parse(fixture(u"rocky9.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().osId, u"rocky"_s);
    QCOMPARE(result.value().osLike, (QStringList{u"rhel"_s, u"centos"_s, u"fedora"_s}));
    QCOMPARE(result.value().osName, u"Rocky Linux 9.2 (Blue Onyx)"_s);
    QCOMPARE(result.value().osVersion, u"9.2"_s);
    QCOMPARE(result.value().packageManager, u"dnf"_s);
}

void TestFactsProbe::osReleaseQuoting()
{
    const QStringList lines{
        u"# a comment"_s,
        u""_s,
        u"NAME=\"Example \\\"Linux\\\" \\$HOME \\\\ \\` done\""_s,
        u"ID=example"_s,
        u"ID_LIKE='ubuntu debian'"_s,
        u"VARIANT='single \\n stays'"_s,
        u"VERSION_ID=24.04"_s,
        u"EMPTY="_s,
        u"ESCAPED=a\\ b"_s,
        u"  INDENTED=\"yes\"  "_s,
        u"ID=override"_s,
    };
    const auto result = OsRelease::parse(lines);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const QMap<QString, QString> &values = result.value();
    QCOMPARE(values.value(u"NAME"_s), u"Example \"Linux\" $HOME \\ ` done"_s);
    QCOMPARE(values.value(u"ID"_s), u"override"_s); // the last assignment wins, as in a shell
    QCOMPARE(values.value(u"ID_LIKE"_s), u"ubuntu debian"_s);
    QCOMPARE(values.value(u"VARIANT"_s), u"single \\n stays"_s);
    QCOMPARE(values.value(u"VERSION_ID"_s), u"24.04"_s);
    QVERIFY(values.contains(u"EMPTY"_s));
    QCOMPARE(values.value(u"EMPTY"_s), QString());
    QCOMPARE(values.value(u"ESCAPED"_s), u"a b"_s);
    QCOMPARE(values.value(u"INDENTED"_s), u"yes"_s);
}

void TestFactsProbe::osReleaseRejectsMalformedLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("no equals") << u"JUST TEXT"_s;
    QTest::newRow("bad key") << u"1D=debian"_s;
    QTest::newRow("space before equals") << u"ID =debian"_s;
    QTest::newRow("unterminated double quote") << u"NAME=\"Debian"_s;
    QTest::newRow("unterminated single quote") << u"NAME='Debian"_s;
    QTest::newRow("text after the quote") << u"NAME=\"Debian\" GNU"_s;
    QTest::newRow("concatenated quotes") << u"NAME=\"Debian\"'GNU'"_s;
    QTest::newRow("unquoted space") << u"NAME=Debian GNU"_s;
    QTest::newRow("unquoted command substitution") << u"NAME=$(reboot)"_s;
    QTest::newRow("unquoted semicolon") << u"NAME=a;reboot"_s;
}

void TestFactsProbe::osReleaseRejectsMalformedLines()
{
    QFETCH(QString, line);
    const auto result = OsRelease::parse({u"ID=debian"_s, line}, 10);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"line 11:"_s), qPrintable(result.error().message));
}

void TestFactsProbe::rejectsMalformedOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uptime section missing") << realWith("@@patchwright:uptime@@\n4853.26 9269.95\n", "")
                                            << u"\"reboot-required\" where \"uptime\""_s;
    QTest::newRow("unparseable uptime")
        << realWith("4853.26 9269.95\n", "about an hour\n") << u"section \"uptime\", line 19"_s;
    QTest::newRow("uptime with one field") << realWith("4853.26 9269.95\n", "4853.26\n") << u"\"uptime\""_s;
    QTest::newRow("negative uptime") << realWith("4853.26 9269.95\n", "-5.0 1.0\n") << u"\"uptime\""_s;
    QTest::newRow("section injected through os-release")
        << realWith("ID=debian\n", "ID=debian\n@@patchwright:uptime@@\n1 1\n")
        << u"line 20: section \"uptime\" where \"reboot-required\""_s;
    QTest::newRow("end marker missing") << realWith("@@patchwright:end@@\n", "") << u"\"end\" is missing"_s;
    QTest::newRow("text after the end")
        << realWith("@@patchwright:end@@\n", "@@patchwright:end@@\nextra\n") << u"after the end"_s;
    QTest::newRow("login banner first")
        << QByteArray("Welcome!\n") + fixture(u"debian12.real.txt"_s) << u"line 1: text before"_s;
    QTest::newRow("cut mid-line") << fixture(u"debian12.real.txt"_s).left(60) << u"middle of line"_s;
    QTest::newRow("empty output") << QByteArray() << u"\"hostname\" is missing"_s;
    QTest::newRow("two hostnames") << realWith("\nvm\n", "\nvm\nvm2\n") << u"section \"hostname\""_s;
    QTest::newRow("empty kernel") << realWith("6.18.44-fc-v657\n", "") << u"section \"kernel\""_s;
    QTest::newRow("no os-release") << realWith(
                                          "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian "
                                          "GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\n"
                                          "VERSION_CODENAME=bookworm\nID=debian\nHOME_URL=\"https://"
                                          "www.debian.org/\"\nSUPPORT_URL=\"https://www.debian.org/"
                                          "support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n",
                                          "")
                                   << u"neither /etc/os-release"_s;
    QTest::newRow("bad os-release quoting")
        << realWith("ID=debian\n", "ID=\"debian\n") << u"os-release, line 13"_s;
    QTest::newRow("reboot flag not yes/no") << realWith("\nno\n", "\nmaybe\n") << u"\"reboot-required\""_s;
    QTest::newRow("hostile reboot package")
        << realWith("@@patchwright:reboot-required-pkgs@@\n",
                    "@@patchwright:reboot-required-pkgs@@\nlibc6;reboot\n")
        << u"\"reboot-required-pkgs\", line 23"_s;
    QTest::newRow("unknown package manager")
        << realWith("\ndnf\n", "\npacman\n") << u"unknown package manager \"pacman\""_s;
    QTest::newRow("nul byte") << realWith("\nvm\n", QByteArray("\nv\0m\n", 5)) << u"control byte"_s;
    // Free text is stored and shown: each value must look like what it is, and no line may carry a C1
    // control or a bidirectional override (valid UTF-8, so the byte check above does not see them).
    QTest::newRow("hostname with a substitution")
        << realWith("\nvm\n", "\nvm$(id)\n") << u"section \"hostname\", line 2: \"vm$(id)\" is not a valid"_s;
    QTest::newRow("kernel with a slash")
        << realWith("6.18.44-fc-v657\n", "6.18/../x\n") << u"section \"kernel\""_s;
    QTest::newRow("C1 CSI in PRETTY_NAME") << realWith("PRETTY_NAME=\"Debian", "PRETTY_NAME=\"\xc2\x9b"
                                                                               "2JDebian")
                                           << u"control character \\x9B"_s;
    QTest::newRow("bidi override in os-release") << realWith("NAME=\"Debian", "NAME=\"\xe2\x80\xae"
                                                                              "Debian")
                                                 << u"control character \\u202E"_s;
    QTest::newRow("ID not a word") << realWith("\nID=debian\n", "\nID=\"Debian 12\"\n") << u"os-release ID"_s;
    QTest::newRow("VERSION_ID with a quote")
        << realWith("VERSION_ID=\"12\"", "VERSION_ID=\"12'x\"") << u"os-release VERSION_ID"_s;
    QTest::newRow("PRETTY_NAME too long") << realWith("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"",
                                                      "PRETTY_NAME=\"" + QByteArray(300, 'x') + "\"")
                                          << u"os-release PRETTY_NAME"_s;
}

void TestFactsProbe::rejectsMalformedOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, expected);
    const auto result = FactsProbe::parse(output);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestFactsProbe)
#include "tst_factsprobe.moc"
