#include "intel/NessusReport.h"
#include "intel/ScanXmlReader.h"

#include "../support/Samples.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const ScanFinding *findingOf(const ScanReport &report, const QString &pluginId, const QString &host = {})
{
    for (const ScanFinding &finding : report.findings) {
        if (finding.pluginId == pluginId && (host.isEmpty() || finding.host == host))
            return &finding;
    }
    return nullptr;
}

QStringList pluginIds(const ScanReport &report)
{
    QStringList ids;
    for (const ScanFinding &finding : report.findings)
        ids << finding.pluginId;
    return ids;
}

} // namespace

class TestNessusReport : public QObject
{
    Q_OBJECT

private slots:
    void readsTheCvssV3Sample();
    void readsTheTwoHostSample();
    void hostnameFallsBackToHostnameThenNetbiosName();
    void normalizesCves();
    void refusesDtds_data();
    void refusesDtds();
    void refusesEntityReferencesWithoutDtd();
    void refusesTruncatedFiles_data();
    void refusesTruncatedFiles();
    void refusesTrailingContent();
    void refusesHugeKeptText();
    void skipsHugePluginOutput();
    void refusesHugeInput();
    void refusesHostileHosts_data();
    void refusesHostileHosts();
    void refusesControlCharactersXmlForbids();
    void refusesOtherDocuments_data();
    void refusesOtherDocuments();
    void refusesBadItemValues_data();
    void refusesBadItemValues();
};

void TestNessusReport::readsTheCvssV3Sample()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    const Result<ScanReport> parsed = NessusReport::parse(Samples::read(path));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    const ScanReport &report = parsed.value();
    QCOMPARE(report.scanner, u"nessus"_s);
    QCOMPARE(report.name, u"dummy scan"_s);
    QCOMPARE(pluginIds(report), (QStringList{u"19506"_s, u"17797"_s, u"25368"_s, u"58988"_s, u"58987"_s,
                                             u"26194"_s, u"10114"_s, u"11219"_s}));
    // HOST_END_TIMESTAMP 1648044472; HOST_END "Wed Mar 23 15:07:52 2022" is the scanner's CET clock.
    const QDateTime hostEnd(QDate(2022, 3, 23), QTime(14, 7, 52), Qt::UTC);
    for (const ScanFinding &finding : report.findings) {
        QCOMPARE(finding.host, u"testphp.vulnweb.com"_s);
        QCOMPARE(finding.hostname, u"testphp.vulnweb.com"_s);
        QCOMPARE(finding.address, u"44.228.249.3"_s);
        QCOMPARE(finding.scannedAt, hostEnd);
        QCOMPARE(finding.scannedAt.timeSpec(), Qt::UTC);
    }

    const ScanFinding *php = findingOf(report, u"17797"_s);
    QVERIFY(php);
    QCOMPARE(php->name, u"PHP 5.x < 5.2.2 Multiple vulnerabilities"_s);
    QCOMPARE(php->port, u"80/tcp"_s);
    QCOMPARE(php->severity, 3);
    QCOMPARE(php->cvss, 7.5); // cvss3_base_score, not cvss_base_score 7.8
    QCOMPARE(php->cvssVector, u"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"_s);
    QCOMPARE(php->cves, (QStringList{u"CVE-2007-1001"_s, u"CVE-2007-1583"_s, u"CVE-2007-1649"_s,
                                     u"CVE-2007-1717"_s, u"CVE-2007-1718"_s}));
    QCOMPARE(php->synopsis,
             u"The remote web server uses a version of PHP that is affected by multiple vulnerabilities."_s);
    QCOMPARE(php->solution, u"Upgrade to PHP version 5.2.2 or later."_s);

    const ScanFinding *cgi = findingOf(report, u"58988"_s); // CVSS v2 only
    QVERIFY(cgi);
    QCOMPARE(cgi->severity, 3);
    QCOMPARE(cgi->cvss, 7.5);
    QCOMPARE(cgi->cvssVector, u"CVSS2#AV:N/AC:L/Au:N/C:P/I:P/A:P"_s);
    QCOMPARE(cgi->cves, QStringList{u"CVE-2012-1823"_s});
    QVERIFY(cgi->exploitAvailable); // exploit_available, Metasploit, exploited_by_malware
    QVERIFY(!findingOf(report, u"19506"_s)->exploitAvailable);
    QVERIFY(cgi->solution.startsWith(u"Upgrade to PHP version 5.3.12 / 5.4.2 or later. A 'mod_rewrite'"_s));

    const ScanFinding *unsupported = findingOf(report, u"58987"_s);
    QVERIFY(unsupported);
    QCOMPARE(unsupported->severity, 4);
    QCOMPARE(unsupported->cvss, 10.0);
    QCOMPARE(unsupported->cvssVector, u"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"_s);
    QVERIFY(unsupported->cves.isEmpty());

    const ScanFinding *info = findingOf(report, u"19506"_s);
    QVERIFY(info);
    QCOMPARE(info->name, u"Nessus Scan Information"_s);
    QCOMPARE(info->port, u"0/tcp"_s);
    QCOMPARE(info->severity, 0);
    QCOMPARE(info->cvss, -1.0);
    QVERIFY(info->cvssVector.isEmpty());
    QCOMPARE(info->solution, u"n/a"_s);

    const ScanFinding *icmp = findingOf(report, u"10114"_s);
    QVERIFY(icmp);
    QCOMPARE(icmp->port, u"0/icmp"_s);
    QCOMPARE(icmp->cvss, 0.0);
    QCOMPARE(icmp->cves, QStringList{u"CVE-1999-0524"_s});

    const ScanFinding *cleartext = findingOf(report, u"26194"_s);
    QVERIFY(cleartext);
    QCOMPARE(cleartext->severity, 1);
    QCOMPARE(cleartext->cvss, 2.6);
    QCOMPARE(cleartext->cvssVector, u"CVSS2#AV:N/AC:H/Au:N/C:P/I:N/A:N"_s);
}

void TestNessusReport::readsTheTwoHostSample()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
    const Result<ScanReport> parsed = NessusReport::parse(Samples::read(path));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    const ScanReport &report = parsed.value();
    QCOMPARE(report.name, u"2459_Coinstar"_s);
    QCOMPARE(report.findings.size(), 11);
    QCOMPARE(pluginIds(report),
             (QStringList{u"19506"_s, u"58453"_s, u"18405"_s, u"57690"_s, u"30218"_s, u"57608"_s, u"19506"_s,
                          u"54615"_s, u"18405"_s, u"57690"_s, u"57608"_s}));
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const ScanFinding &finding = report.findings.at(i);
        const bool first = i < 6;
        QCOMPARE(finding.host, first ? u"qa3app09"_s : u"qa3app06"_s);
        QCOMPARE(finding.hostname, first ? u"qa3app09"_s : u"qa3app06"_s); // host-fqdn before netbios-name
        QCOMPARE(finding.address, first ? u"10.31.112.29"_s : u"10.31.112.26"_s);
        // HOST_END without a timestamp: the stated clock, read as UTC.
        QCOMPARE(finding.scannedAt, first ? QDateTime(QDate(2013, 7, 1), QTime(11, 40, 48), Qt::UTC)
                                          : QDateTime(QDate(2013, 7, 1), QTime(11, 47, 23), Qt::UTC));
    }
    for (const QString &host : {u"qa3app09"_s, u"qa3app06"_s}) {
        const ScanFinding *rdp = findingOf(report, u"18405"_s, host);
        QVERIFY(rdp);
        QCOMPARE(rdp->name, u"Microsoft Windows Remote Desktop Protocol Server Man-in-the-Middle Weakness"_s);
        QCOMPARE(rdp->port, u"3389/tcp"_s);
        QCOMPARE(rdp->severity, 2);
        QCOMPARE(rdp->cvss, 5.1);
        QCOMPARE(rdp->cvssVector, u"CVSS2#AV:N/AC:H/Au:N/C:P/I:P/A:P"_s);
        QCOMPARE(rdp->cves, QStringList{u"CVE-2005-1794"_s});
        QCOMPARE(rdp->synopsis, u"It may be possible to get access to the remote host."_s);
    }
    const ScanFinding *smb = findingOf(report, u"57608"_s, u"qa3app06"_s);
    QVERIFY(smb);
    QCOMPARE(smb->name, u"SMB Signing Disabled"_s);
    QCOMPARE(smb->port, u"445/tcp"_s);
    QCOMPARE(smb->cvss, 5.0);
}

void TestNessusReport::hostnameFallsBackToHostnameThenNetbiosName()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
    const QByteArray original = Samples::read(path);
    QByteArray withoutFqdn = Samples::replaced(original, "<tag name=\"host-fqdn\">qa3app09</tag>", {});
    QVERIFY(!withoutFqdn.isEmpty());
    Result<ScanReport> parsed = NessusReport::parse(withoutFqdn);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(parsed.value().findings.first().hostname, u"QA3APP09"_s); // netbios-name
    QCOMPARE(parsed.value().findings.last().hostname, u"qa3app06"_s);

    const QByteArray withHostname =
        Samples::replaced(withoutFqdn, "<tag name=\"host-ip\">",
                          "<tag name=\"hostname\">app09.example</tag><tag name=\"host-ip\">");
    QVERIFY(!withHostname.isEmpty());
    parsed = NessusReport::parse(withHostname);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(parsed.value().findings.first().hostname, u"app09.example"_s);
}

void TestNessusReport::normalizesCves()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    const QByteArray data =
        Samples::replaced(Samples::read(path), "<cve>CVE-2007-1001</cve>",
                          "<cve>CVE-2007-1001</cve><cve>cve-2007-10001</cve><cve>CVE-2007-1718</cve>"
                          "<cve>CVE-07-1</cve><cve>CVE-2007-123</cve><cve>NOCVE</cve>"
                          "<cve>CVE-2006-9999</cve>");
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = NessusReport::parse(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    const ScanFinding *php = findingOf(parsed.value(), u"17797"_s);
    QVERIFY(php);
    // Upper-cased, malformed ids dropped, duplicates merged, ordered by year then number.
    QCOMPARE(php->cves,
             (QStringList{u"CVE-2006-9999"_s, u"CVE-2007-1001"_s, u"CVE-2007-1583"_s, u"CVE-2007-1649"_s,
                          u"CVE-2007-1717"_s, u"CVE-2007-1718"_s, u"CVE-2007-10001"_s}));
}

void TestNessusReport::refusesDtds_data()
{
    QTest::addColumn<QByteArray>("doctype");
    QTest::addColumn<QByteArray>("use");
    QTest::newRow("external entity (XXE)")
        << QByteArray("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n") << QByteArray("&x;");
    QTest::newRow("billion laughs")
        << QByteArray("<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                      "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                      "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                      "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                      "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                      "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                      "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                      "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                      "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>\n")
        << QByteArray("&lol9;");
    QTest::newRow("parameter entity")
        << QByteArray("<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://example.invalid/\"> %p;]>\n")
        << QByteArray();
    QTest::newRow("DOCTYPE without entities")
        << QByteArray("<!DOCTYPE NessusClientData_v2>\n") << QByteArray();
}

void TestNessusReport::refusesDtds()
{
    QFETCH(QByteArray, doctype);
    QFETCH(QByteArray, use);
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    QByteArray data = Samples::read(path);
    QVERIFY(data.startsWith("<?xml version=\"1.0\" ?>\n<NessusClientData_v2>"));
    data.insert(data.indexOf('\n') + 1, doctype); // line 2, after the XML declaration
    if (!use.isEmpty())
        data =
            Samples::replaced(data, "<solution>Upgrade to PHP version 5.2.2", "<solution>" + use + "Upgrade");
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = NessusReport::parse(data);
    PW_VERIFY_REFUSED(parsed, u"scan-report-dtd"_s, u"declares a DTD (line 2, column 1)"_s);
    QVERIFY(parsed.error().message.contains(u"external entities"_s));
}

void TestNessusReport::refusesEntityReferencesWithoutDtd()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    for (const QByteArray &where : {QByteArray("<solution>Upgrade to PHP version 5.2.2"),
                                    QByteArray("<plugin_output>Page : /login.php"), // skipped unread
                                    QByteArray("<policyName>Basic")}) {             // in the skipped Policy
        const QByteArray data = Samples::replaced(Samples::read(path), where, where + "&xxe;");
        QVERIFY(!data.isEmpty());
        const Result<ScanReport> parsed = NessusReport::parse(data);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"scan-report-entity"_s);
        QVERIFY2(parsed.error().message.startsWith(u"Line %1, column "_s.arg(Samples::lineOf(data, "&xxe;"))),
                 qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u"&xxe;"_s));
    }
    // The five predefined entities and character references are plain text.
    const QByteArray predefined =
        Samples::replaced(Samples::read(path), "<solution>Upgrade to PHP version 5.2.2",
                          "<solution>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;Upgrade to PHP version 5.2.2");
    const Result<ScanReport> parsed = NessusReport::parse(predefined);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(findingOf(parsed.value(), u"17797"_s)->solution,
             u"<>&\"'ABUpgrade to PHP version 5.2.2 or later."_s);
}

void TestNessusReport::refusesTruncatedFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<double>("fraction");
    for (const QString &fixture :
         {u"nessus_v2_defectdojo_cvssv3_trimmed.nessus"_s, u"nessus_v2_defectdojo_2hosts_trimmed.nessus"_s}) {
        for (const double fraction : {0.0001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999})
            QTest::addRow("%s at %g", qPrintable(fixture.left(24)), fraction) << fixture << fraction;
    }
}

void TestNessusReport::refusesTruncatedFiles()
{
    QFETCH(QString, fixture);
    QFETCH(double, fraction);
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    const QByteArray whole = Samples::read(QFileInfo(path).dir().filePath(fixture));
    QVERIFY(NessusReport::parse(whole).ok());
    const QByteArray cut = whole.left(qsizetype(double(whole.size()) * fraction));
    const Result<ScanReport> parsed = NessusReport::parse(cut);
    PW_VERIFY_REFUSED(parsed, u"scan-report-malformed"_s, u"line %1, column"_s.arg(cut.count('\n') + 1));
}

void TestNessusReport::refusesTrailingContent()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
    const Result<ScanReport> parsed = NessusReport::parse(Samples::read(path) + "<NessusClientData_v2/>\n");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"scan-report-malformed"_s);
    QVERIFY(NessusReport::parse(Samples::read(path) + "<!-- exported -->\n  \n").ok());
}

void TestNessusReport::refusesHugeKeptText()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    const QByteArray data = Samples::replaced(
        Samples::read(path),
        "<synopsis>The remote web server uses a version of PHP that is affected by multiple flaws.",
        "<synopsis>" + QByteArray(10 * 1024 * 1024, 'A'));
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = NessusReport::parse(data);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"scan-report-too-large"_s);
    QVERIFY2(parsed.error().message.contains(u"NessusClientData_v2/Report/ReportHost/ReportItem/synopsis"_s),
             qPrintable(parsed.error().message.left(500)));
    QVERIFY(parsed.error().message.contains(u"1048576"_s));

    // Just under the limit is fine.
    const QByteArray atLimit = Samples::replaced(
        Samples::read(path),
        "<synopsis>The remote web server uses a version of PHP that is affected by multiple flaws.",
        "<synopsis>" + QByteArray(ScanXmlReader::MaxTextLength, 'A'));
    const Result<ScanReport> fits = NessusReport::parse(atLimit);
    QVERIFY2(fits.ok(), qPrintable(fits.error().message.left(500)));
    QCOMPARE(findingOf(fits.value(), u"25368"_s)->synopsis.size(), ScanXmlReader::MaxTextLength);
}

void TestNessusReport::skipsHugePluginOutput()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    const QByteArray data = Samples::replaced(Samples::read(path), "<plugin_output>Page : /login.php",
                                              "<plugin_output>" + QByteArray(10 * 1024 * 1024, 'B'));
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = NessusReport::parse(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message.left(500)));
    QCOMPARE(parsed.value().findings.size(), 8);
}

void TestNessusReport::refusesHugeInput()
{
#ifdef Q_OS_UNIX
    // One byte over the limit, mapped but never touched: the size check comes before any reading.
    const qsizetype size = qsizetype(ScanXmlReader::MaxInputBytes) + 1;
    void *memory = mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    QVERIFY(memory != MAP_FAILED);
    const QByteArray data = QByteArray::fromRawData(static_cast<const char *>(memory), size);
    const Result<ScanReport> parsed = NessusReport::parse(data);
    munmap(memory, size_t(size));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"scan-report-too-large"_s);
    QVERIFY(parsed.error().message.contains(QString::number(size)));
#else
    QSKIP("needs mmap to fake a file over 1 GiB");
#endif
}

void TestNessusReport::refusesHostileHosts_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("element");
    QTest::newRow("ReportHost with ;rm -rf /")
        << QByteArray("<ReportHost name=\"qa3app09\">") << QByteArray("<ReportHost name=\";rm -rf /\">")
        << u"<ReportHost name>"_s;
    QTest::newRow("ReportHost name and command")
        << QByteArray("<ReportHost name=\"qa3app06\">")
        << QByteArray("<ReportHost name=\"qa3app06 $(reboot)\">") << u"<ReportHost name>"_s;
    QTest::newRow("ReportHost with a tab")
        << QByteArray("<ReportHost name=\"qa3app09\">") << QByteArray("<ReportHost name=\"qa3&#9;app09\">")
        << u"<ReportHost name>"_s;
    QTest::newRow("ReportHost with DEL")
        << QByteArray("<ReportHost name=\"qa3app09\">") << QByteArray("<ReportHost name=\"qa3app09&#127;\">")
        << u"<ReportHost name>"_s;
    QTest::newRow("empty ReportHost name") << QByteArray("<ReportHost name=\"qa3app09\">")
                                           << QByteArray("<ReportHost name=\"\">") << u"<ReportHost name>"_s;
    QTest::newRow("host-ip with a command")
        << QByteArray("<tag name=\"host-ip\">10.31.112.29</tag>")
        << QByteArray("<tag name=\"host-ip\">10.31.112.29;reboot</tag>") << u"<tag name=\"host-ip\">"_s;
    QTest::newRow("host-ip that is a name")
        << QByteArray("<tag name=\"host-ip\">10.31.112.26</tag>")
        << QByteArray("<tag name=\"host-ip\">qa3app06</tag>") << u"<tag name=\"host-ip\">"_s;
    QTest::newRow("host-fqdn with backticks")
        << QByteArray("<tag name=\"host-fqdn\">qa3app09</tag>")
        << QByteArray("<tag name=\"host-fqdn\">qa3app09`id`</tag>") << u"<tag name=\"host-fqdn\">"_s;
    QTest::newRow("netbios-name with a newline")
        << QByteArray("<tag name=\"netbios-name\">QA3APP06</tag>")
        << QByteArray("<tag name=\"netbios-name\">QA3&#10;APP06</tag>") << u"<tag name=\"netbios-name\">"_s;
}

void TestNessusReport::refusesHostileHosts()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, element);
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
    const QByteArray data = Samples::replaced(Samples::read(path), from, to);
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = NessusReport::parse(data);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"scan-report-bad-host"_s);
    const QString &message = parsed.error().message;
    QVERIFY2(message.contains(element), qPrintable(message));
    QVERIFY2(message.startsWith(u"Line %1, column "_s.arg(Samples::lineOf(data, to))), qPrintable(message));
    for (const QChar c : message) // control characters are shown escaped, never raw
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(message));
}

void TestNessusReport::refusesControlCharactersXmlForbids()
{
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
    const QByteArray original = Samples::read(path);
    for (const QByteArray &hostile : {QByteArray("qa3\0app09", 9), QByteArray("qa3&#0;app09"),
                                      QByteArray("qa3\x01"
                                                 "app09"),
                                      QByteArray("qa3&#x1b;app09")}) {
        const QByteArray data = Samples::replaced(original, "<ReportHost name=\"qa3app09\">",
                                                  "<ReportHost name=\"" + hostile + "\">");
        const Result<ScanReport> parsed = NessusReport::parse(data);
        PW_VERIFY_REFUSED(parsed, u"scan-report-malformed"_s,
                          u"(line %1, column"_s.arg(Samples::lineOf(data, hostile)));
    }
}

void TestNessusReport::refusesOtherDocuments_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("OpenVAS report") << u"openvas_gmp_one_vuln.xml"_s << QByteArray() << u"<report>"_s;
    QTest::newRow("Nessus v1")
        << QString() << QByteArray("<?xml version=\"1.0\"?>\n<NessusClientData><Report/></NessusClientData>")
        << u"<NessusClientData>"_s;
    QTest::newRow("HTML") << QString() << QByteArray("<html><body>Login</body></html>") << u"<html>"_s;
    QTest::newRow("policy without results")
        << QString()
        << QByteArray(
               "<NessusClientData_v2><Policy><policyName>p</policyName></Policy></NessusClientData_v2>")
        << u"<Report>"_s;
    QTest::newRow("empty") << QString() << QByteArray("  \n") << u"empty"_s;
}

void TestNessusReport::refusesOtherDocuments()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, document);
    QFETCH(QString, mentions);
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray data =
        fixture.isEmpty() ? document : Samples::read(QFileInfo(path).dir().filePath(fixture));
    const Result<ScanReport> parsed = NessusReport::parse(data);
    PW_VERIFY_REFUSED(parsed, QString(), mentions);
    if (data.trimmed().isEmpty())
        QCOMPARE(parsed.error().code, u"scan-report-empty"_s);
    else
        QCOMPARE(parsed.error().code, u"scan-report-wrong-format"_s);
}

void TestNessusReport::refusesBadItemValues_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("severity 5") << QByteArray("severity=\"2\" pluginID=\"57608\"")
                                << QByteArray("severity=\"5\" pluginID=\"57608\"") << u"severity \"5\""_s;
    QTest::newRow("severity word") << QByteArray("severity=\"2\" pluginID=\"57608\"")
                                   << QByteArray("severity=\"High\" pluginID=\"57608\"")
                                   << u"severity \"High\""_s;
    QTest::newRow("port 70000") << QByteArray("port=\"445\" svc_name=\"cifs\"")
                                << QByteArray("port=\"70000\" svc_name=\"cifs\"") << u"port \"70000\""_s;
    QTest::newRow("protocol with space")
        << QByteArray("protocol=\"tcp\" severity=\"2\" pluginID=\"57608\"")
        << QByteArray("protocol=\"tcp x\" severity=\"2\" pluginID=\"57608\"") << u"protocol \"tcp x\""_s;
    QTest::newRow("pluginID with a quote")
        << QByteArray("pluginID=\"57608\"") << QByteArray("pluginID=\"57608'\"") << u"pluginID"_s;
    QTest::newRow("cvss 11") << QByteArray("<cvss_base_score>5.0</cvss_base_score>")
                             << QByteArray("<cvss_base_score>11</cvss_base_score>") << u"cvss_base_score"_s;
    QTest::newRow("cvss nan") << QByteArray("<cvss_base_score>5.0</cvss_base_score>")
                              << QByteArray("<cvss_base_score>nan</cvss_base_score>") << u"cvss_base_score"_s;
}

void TestNessusReport::refusesBadItemValues()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, mentions);
    PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
    const QByteArray data = Samples::replaced(Samples::read(path), from, to);
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = NessusReport::parse(data);
    PW_VERIFY_REFUSED(parsed, u"scan-report-invalid"_s, mentions);
    QVERIFY2(parsed.error().message.contains(u"ReportItem"_s), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestNessusReport)
#include "tst_nessusreport.moc"
