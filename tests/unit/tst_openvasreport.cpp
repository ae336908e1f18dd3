#include "intel/OpenVasReport.h"
#include "intel/ScanXmlReader.h"

#include "../support/Samples.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList cveRange(int year, const QList<int> &numbers)
{
    QStringList cves;
    for (const int number : numbers)
        cves << u"CVE-%1-%2"_s.arg(year).arg(number, 4, 10, QLatin1Char('0'));
    return cves;
}

// one_vuln.xml's only result, which Greenbone rates 10.0 (High).
const QByteArray oneVulnSeverity = "<threat>High</threat><severity>10.0</severity><qod>";

} // namespace

class TestOpenVasReport : public QObject
{
    Q_OBJECT

private slots:
    void readsOneVuln();
    void readsReportDetailV2();
    void readsManyVulnWithItsInvalidAddress();
    void acceptsTheWrappings_data();
    void acceptsTheWrappings();
    void refusesAFailedResponse();
    void leavesOutNegativeSeverities_data();
    void leavesOutNegativeSeverities();
    void mapsScoresToSeverities_data();
    void mapsScoresToSeverities();
    void readsOlderCveElements();
    void fallsBackToScanStartAndTagVector();
    void refusesDtds_data();
    void refusesDtds();
    void refusesTruncatedFiles_data();
    void refusesTruncatedFiles();
    void refusesHugeKeptText();
    void refusesHugeAttributes();
    void skipsHugeDescriptions();
    void refusesHostileHosts_data();
    void refusesHostileHosts();
    void refusesOtherDocuments_data();
    void refusesOtherDocuments();
    void refusesBadValues_data();
    void refusesBadValues();
};

void TestOpenVasReport::readsOneVuln()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const Result<ScanReport> parsed = OpenVasReport::parse(Samples::read(path));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    const ScanReport &report = parsed.value();
    QCOMPARE(report.scanner, u"openvas"_s);
    QCOMPARE(report.name, u"dc01-testlab-scan"_s);
    QCOMPARE(report.findings.size(), 1);
    const ScanFinding &finding = report.findings.first();
    QCOMPARE(finding.host, u"10.0.101.2"_s);
    QCOMPARE(finding.address, u"10.0.101.2"_s);
    QCOMPARE(finding.hostname, QString()); // <hostname></hostname>
    QCOMPARE(finding.port, u"general/tcp"_s);
    QCOMPARE(finding.pluginId, u"1.3.6.1.4.1.25623.1.0.832260"_s);
    QCOMPARE(finding.name, u"Mozilla Firefox Security Update (mfsa_2023-32_2023-36) - Windows"_s);
    QCOMPARE(finding.severity, 4);
    QCOMPARE(finding.cvss, 10.0);
    QCOMPARE(finding.cvssVector, QString()); // neither nvt/severities nor cvss_base_vector in this export
    QCOMPARE(finding.cves,
             cveRange(2023, {4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4583, 4584, 4585}));
    QCOMPARE(finding.synopsis, u"Mozilla Firefox is prone to multiple vulnerabilities."_s);
    QCOMPARE(finding.solution,
             u"Upgrade to version 117 or later,\nPlease see the references for more information."_s);
    QCOMPARE(finding.scannedAt, QDateTime(QDate(2023, 10, 4), QTime(21, 40, 7, 211), Qt::UTC));
    QCOMPARE(finding.scannedAt.timeSpec(), Qt::UTC);
}

void TestOpenVasReport::readsReportDetailV2()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_report_detail_v2.xml");
    const Result<ScanReport> parsed = OpenVasReport::parse(Samples::read(path));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    const ScanReport &report = parsed.value();
    QCOMPARE(report.name, u"Report"_s); // task/name
    QCOMPARE(report.findings.size(), 1);
    const ScanFinding &finding = report.findings.first();
    QCOMPARE(finding.host, u"10.99.99.99"_s);
    QCOMPARE(finding.address, u"10.99.99.99"_s);
    QCOMPARE(finding.hostname, u"server99"_s);
    QCOMPARE(finding.port, u"42/tcp"_s);
    QCOMPARE(finding.pluginId, u"1.3.6.1.4.1.25623.1.0.836484"_s);
    QCOMPARE(finding.name, u"Microsoft Windows Multiple Vulnerabilities (KB5062557)"_s);
    QCOMPARE(finding.severity, 4);
    QCOMPARE(finding.cvss, 9.8);
    QCOMPARE(finding.cvssVector, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s);
    QCOMPARE(finding.cves.size(), 93);
    QCOMPARE(finding.cves.first(), u"CVE-2025-36350"_s);
    QCOMPARE(finding.cves.last(), u"CVE-2025-53789"_s);
    QVERIFY(finding.cves.contains(u"CVE-2025-47981"_s));
    QVERIFY(!finding.cves.contains(u"WID-SEC-2025-1850"_s)); // cert-bund refs are not CVEs
    QVERIFY(std::is_sorted(finding.cves.cbegin(), finding.cves.cend()));
    QVERIFY(finding.synopsis.startsWith(u"This host is missing an important security"_s));
    QVERIFY(finding.synopsis.endsWith(u"update according to Microsoft KB5062557"_s));
    // nvt/solution before the tags' solution=.
    QCOMPARE(finding.solution,
             u"The vendor has released updates. Please see\n  the references for more information."_s);
    // creation_time 2025-08-22T16:55:31+02:00
    QCOMPARE(finding.scannedAt, QDateTime(QDate(2025, 8, 22), QTime(14, 55, 31), Qt::UTC));
}

void TestOpenVasReport::readsManyVulnWithItsInvalidAddress()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_many_vuln_trimmed.xml");
    const Result<ScanReport> parsed = OpenVasReport::parse(Samples::read(path));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    const ScanReport &report = parsed.value();
    QCOMPARE(report.name, u"metasploitable2-scan"_s);
    QCOMPARE(report.findings.size(), 5);
    const QStringList ports{u"512/tcp"_s, u"80/tcp"_s, u"21/tcp"_s, u"21/tcp"_s, u"22/tcp"_s};
    const QList<double> scores{10.0, 10.0, 7.5, 6.4, 5.3};
    const QList<int> severities{4, 4, 3, 2, 2};
    const QStringList names{u"The rexec service is running"_s,
                            u"TWiki XSS and Command Execution Vulnerabilities"_s,
                            u"FTP Brute Force Logins Reporting"_s, u"Anonymous FTP Login Reporting"_s,
                            u"Weak Key Exchange (KEX) Algorithm(s) Supported (SSH)"_s};
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const ScanFinding &finding = report.findings.at(i);
        // DefectDojo anonymised the address into 192.168.1.1001: not an IPv4 address, but digits and dots
        // are host-name syntax, so it is kept as the host with no address.
        QCOMPARE(finding.host, u"192.168.1.1001"_s);
        QCOMPARE(finding.address, QString());
        QCOMPARE(finding.hostname, u"b6b9f466d63"_s);
        QCOMPARE(finding.port, ports.at(i));
        QCOMPARE(finding.cvss, scores.at(i));
        QCOMPARE(finding.severity, severities.at(i));
        QCOMPARE(finding.name, names.at(i)); // the nvt's name, not the result's anonymised one
        QVERIFY(finding.scannedAt.isValid());
    }
    QCOMPARE(report.findings.at(0).pluginId, u"1.3.6.1.4.1.25623.1.0.100111"_s);
    QCOMPARE(report.findings.at(0).cves, QStringList{u"CVE-1999-0618"_s});
    QCOMPARE(report.findings.at(1).cves, (QStringList{u"CVE-2008-5304"_s, u"CVE-2008-5305"_s}));
    QCOMPARE(report.findings.at(2).cves,
             (QStringList{u"CVE-1999-0501"_s, u"CVE-1999-0502"_s, u"CVE-1999-0507"_s, u"CVE-1999-0508"_s,
                          u"CVE-2001-1594"_s, u"CVE-2013-7404"_s, u"CVE-2018-19063"_s, u"CVE-2018-19064"_s}));
    QCOMPARE(report.findings.at(3).cves, QStringList{u"CVE-1999-0497"_s});
    QVERIFY(report.findings.at(4).cves.isEmpty());
    QVERIFY(report.findings.at(0).solution.startsWith(u"Disable the rexec service"_s));
    QCOMPARE(report.findings.at(0).synopsis, u"This remote host is running a rexec service."_s);
    QCOMPARE(report.findings.at(0).scannedAt, QDateTime(QDate(2023, 9, 29), QTime(11, 36, 37, 717), Qt::UTC));
}

void TestOpenVasReport::acceptsTheWrappings_data()
{
    QTest::addColumn<int>("wrapping");
    QTest::newRow("get_reports_response") << 0;
    QTest::newRow("inner report alone") << 1;
    QTest::newRow("XML declaration and comments") << 2;
}

void TestOpenVasReport::acceptsTheWrappings()
{
    QFETCH(int, wrapping);
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray original = Samples::read(path);
    QByteArray data;
    if (wrapping == 0) {
        data =
            "<get_reports_response status=\"200\" status_text=\"OK\">" + original + "</get_reports_response>";
    } else if (wrapping == 1) {
        const qsizetype start = original.indexOf("<report id=\"27748e67");
        const qsizetype end = original.lastIndexOf("</report>");
        QVERIFY(start > 0 && end > start);
        data = original.mid(start, end - start);
    } else {
        data =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- gvm-cli -->\n" + original + "\n<!-- end -->\n";
    }
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(parsed.value().name, u"dc01-testlab-scan"_s);
    QCOMPARE(parsed.value().findings.size(), 1);
    QCOMPARE(parsed.value().findings.first().pluginId, u"1.3.6.1.4.1.25623.1.0.832260"_s);
    QCOMPARE(parsed.value().findings.first().cves.size(), 12);
}

void TestOpenVasReport::refusesAFailedResponse()
{
    const Result<ScanReport> parsed =
        OpenVasReport::parse("<get_reports_response status=\"404\" status_text=\"Failed to find report\"/>");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"scan-report-wrong-format"_s);
    QVERIFY(parsed.error().message.contains(u"404"_s));
    QVERIFY(parsed.error().message.contains(u"Failed to find report"_s));
}

void TestOpenVasReport::leavesOutNegativeSeverities_data()
{
    QTest::addColumn<QByteArray>("severity");
    QTest::newRow("false positive") << QByteArray("-1.0");
    QTest::newRow("-1") << QByteArray("-1");
    QTest::newRow("-99") << QByteArray("-99");
    QTest::newRow("debug") << QByteArray("-2.0");
}

void TestOpenVasReport::leavesOutNegativeSeverities()
{
    QFETCH(QByteArray, severity);
    PW_SAMPLE(path, "intel", "openvas_gmp_many_vuln_trimmed.xml");
    const QByteArray original = Samples::read(path);
    // The third result (FTP brute force, 7.5) becomes a false positive; the other four stay.
    const QByteArray high = "<severity>7.5</severity>";
    const qsizetype third = original.indexOf(high, original.indexOf("<results"));
    QVERIFY(third > 0);
    QByteArray data = original;
    data.replace(third, high.size(), QByteArray("<severity>" + severity + "</severity>"));
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(parsed.value().findings.size(), 4);
    for (const ScanFinding &finding : parsed.value().findings)
        QVERIFY(finding.pluginId != u"1.3.6.1.4.1.25623.1.0.108718"_s);
}

void TestOpenVasReport::mapsScoresToSeverities_data()
{
    QTest::addColumn<QByteArray>("score");
    QTest::addColumn<int>("severity");
    QTest::addColumn<double>("cvss");
    QTest::newRow("0.0 log") << QByteArray("0.0") << 0 << 0.0;
    QTest::newRow("0.1 low") << QByteArray("0.1") << 1 << 0.1;
    QTest::newRow("3.9 low") << QByteArray("3.9") << 1 << 3.9;
    QTest::newRow("4.0 medium") << QByteArray("4.0") << 2 << 4.0;
    QTest::newRow("6.9 medium") << QByteArray("6.9") << 2 << 6.9;
    QTest::newRow("7.0 high") << QByteArray("7.0") << 3 << 7.0;
    QTest::newRow("8.9 high") << QByteArray("8.9") << 3 << 8.9;
    QTest::newRow("9.0 critical") << QByteArray("9.0") << 4 << 9.0;
    QTest::newRow("10 critical") << QByteArray("10") << 4 << 10.0;
}

void TestOpenVasReport::mapsScoresToSeverities()
{
    QFETCH(QByteArray, score);
    QFETCH(int, severity);
    QFETCH(double, cvss);
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray data = Samples::replaced(Samples::read(path), oneVulnSeverity,
                                              "<threat>High</threat><severity>" + score + "</severity><qod>");
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(parsed.value().findings.first().severity, severity);
    QCOMPARE(parsed.value().findings.first().cvss, cvss);
}

void TestOpenVasReport::readsOlderCveElements()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray original = Samples::read(path);
    const qsizetype start = original.indexOf("<refs>");
    const qsizetype end = original.indexOf("</refs>");
    QVERIFY(start > 0 && end > start);
    QByteArray older = original;
    older.replace(start, end + 7 - start, "<cve>CVE-2023-4574, CVE-2023-4573,CVE-2023-4574\n NOCVE</cve>");
    Result<ScanReport> parsed = OpenVasReport::parse(older);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(parsed.value().findings.first().cves, cveRange(2023, {4573, 4574}));

    older = original;
    older.replace(start, end + 7 - start, "<cve>NOCVE</cve>");
    parsed = OpenVasReport::parse(older);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QVERIFY(parsed.value().findings.first().cves.isEmpty());
}

void TestOpenVasReport::fallsBackToScanStartAndTagVector()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    QByteArray data = Samples::replaced(Samples::read(path),
                                        "<creation_time>2023-10-04T21:40:07.211472Z</creation_time><host>",
                                        "<creation_time></creation_time><host>");
    data = Samples::replaced(data,
                             "<tags>summary=", "<tags>cvss_base_vector=AV:N/AC:L/Au:N/C:C/I:C/A:C|summary=");
    // Without a score of its own, the result takes the NVT's cvss_base.
    data = Samples::replaced(data, oneVulnSeverity, "<threat>High</threat><severity></severity><qod>");
    data = Samples::replaced(data, "<cvss_base>10.0</cvss_base>", "<cvss_base>7.2</cvss_base>");
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    const ScanFinding &finding = parsed.value().findings.first();
    QCOMPARE(finding.scannedAt, QDateTime(QDate(2023, 9, 28), QTime(14, 48, 2), Qt::UTC)); // scan_start
    QCOMPARE(finding.cvssVector, u"AV:N/AC:L/Au:N/C:C/I:C/A:C"_s);
    QCOMPARE(finding.cvss, 7.2);
    QCOMPARE(finding.severity, 3);
}

void TestOpenVasReport::refusesDtds_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("doctype");
    QTest::addColumn<QByteArray>("use");
    QTest::addColumn<QString>("position");
    const QByteArray xxe = "<!DOCTYPE report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n";
    const QByteArray laughs = "<!DOCTYPE report [<!ENTITY a \"aaaaaaaaaa\">"
                              "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                              "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                              "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                              "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                              "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
                              "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                              "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">"
                              "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>\n";
    const QByteArray plain = "<!DOCTYPE report SYSTEM \"report.dtd\">\n";
    // one_vuln.xml has no XML declaration: the DTD is on line 1; report_detail_v2.xml has one.
    QTest::newRow("XXE, line 1") << u"openvas_gmp_one_vuln.xml"_s << xxe << QByteArray("&x;")
                                 << u"line 1, column 1"_s;
    QTest::newRow("XXE, line 2") << u"openvas_gmp_report_detail_v2.xml"_s << xxe << QByteArray("&x;")
                                 << u"line 2, column 1"_s;
    QTest::newRow("billion laughs") << u"openvas_gmp_report_detail_v2.xml"_s << laughs << QByteArray("&i;")
                                    << u"line 2, column 1"_s;
    QTest::newRow("DOCTYPE, no entities")
        << u"openvas_gmp_one_vuln.xml"_s << plain << QByteArray() << u"line 1, column 1"_s;
}

void TestOpenVasReport::refusesDtds()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, doctype);
    QFETCH(QByteArray, use);
    QFETCH(QString, position);
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    QByteArray data = Samples::read(QFileInfo(path).dir().filePath(fixture));
    data.insert(data.startsWith("<?xml") ? data.indexOf('\n') + 1 : 0, doctype);
    if (!use.isEmpty())
        data = Samples::replaced(data, "<hostname>", "<hostname>" + use);
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    PW_VERIFY_REFUSED(parsed, u"scan-report-dtd"_s, u"declares a DTD ("_s + position + u')');
}

void TestOpenVasReport::refusesTruncatedFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<double>("fraction");
    for (const QString &fixture : {u"openvas_gmp_one_vuln.xml"_s, u"openvas_gmp_report_detail_v2.xml"_s,
                                   u"openvas_gmp_many_vuln_trimmed.xml"_s}) {
        for (const double fraction : {0.001, 0.1, 0.33, 0.5, 0.66, 0.9, 0.99})
            QTest::addRow("%s at %g", qPrintable(fixture), fraction) << fixture << fraction;
    }
}

void TestOpenVasReport::refusesTruncatedFiles()
{
    QFETCH(QString, fixture);
    QFETCH(double, fraction);
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray whole = Samples::read(QFileInfo(path).dir().filePath(fixture));
    QVERIFY(OpenVasReport::parse(whole).ok());
    const QByteArray cut = whole.left(qsizetype(double(whole.size()) * fraction));
    const Result<ScanReport> parsed = OpenVasReport::parse(cut);
    PW_VERIFY_REFUSED(parsed, u"scan-report-malformed"_s, u"line %1, column"_s.arg(cut.count('\n') + 1));
}

void TestOpenVasReport::refusesHugeKeptText()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray data = Samples::replaced(
        Samples::read(path), "<tags>summary=", "<tags>summary=" + QByteArray(10 * 1024 * 1024, 'S'));
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"scan-report-too-large"_s);
    QVERIFY2(parsed.error().message.contains(u"in report/report/results/result/nvt/tags: "_s),
             qPrintable(parsed.error().message.left(500)));

    const QByteArray hugeHostname =
        Samples::replaced(Samples::read(path), "<hostname></hostname>",
                          "<hostname>" + QByteArray(2 * 1024 * 1024, 'h') + "</hostname>");
    const Result<ScanReport> refused = OpenVasReport::parse(hugeHostname);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"scan-report-too-large"_s);
    QVERIFY(refused.error().message.contains(u"report/report/results/result/host/hostname"_s));
}

void TestOpenVasReport::refusesHugeAttributes()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray original = Samples::read(path);
    for (const QByteArray &from :
         {QByteArray("<report id=\"0b63ae21"), QByteArray("<result id=\"b87d3a32")}) {
        const QByteArray data =
            Samples::replaced(original, from, from + QByteArray(ScanXmlReader::MaxTextLength, 'f'));
        QVERIFY(!data.isEmpty());
        const Result<ScanReport> parsed = OpenVasReport::parse(data);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"scan-report-too-large"_s);
        QVERIFY2(parsed.error().message.contains(u"the attribute id is longer than 1048576 characters"_s),
                 qPrintable(parsed.error().message.left(300)));
    }
}

void TestOpenVasReport::skipsHugeDescriptions()
{
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray data = Samples::replaced(Samples::read(path), "<description>Installed version",
                                              "<description>" + QByteArray(10 * 1024 * 1024, 'D'));
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message.left(500)));
    QCOMPARE(parsed.value().findings.size(), 1);
}

void TestOpenVasReport::refusesHostileHosts_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("code");
    QTest::newRow(";rm -rf /") << QByteArray("<host>10.0.101.2<asset/>")
                               << QByteArray("<host>;rm -rf /<asset/>") << u"<host>"_s
                               << u"scan-report-bad-host"_s;
    QTest::newRow("address and command")
        << QByteArray("<host>10.0.101.2<asset/>") << QByteArray("<host>10.0.101.2 &amp;&amp; reboot<asset/>")
        << u"<host>"_s << u"scan-report-bad-host"_s;
    QTest::newRow("tab") << QByteArray("<host>10.0.101.2<asset/>") << QByteArray("<host>dc01&#9;evil<asset/>")
                         << u"<host>"_s << u"scan-report-bad-host"_s;
    QTest::newRow("escape character")
        << QByteArray("<host>10.0.101.2<asset/>") << QByteArray("<host>dc01&#127;<asset/>") << u"<host>"_s
        << u"scan-report-bad-host"_s;
    QTest::newRow("empty host") << QByteArray("<host>10.0.101.2<asset/>") << QByteArray("<host><asset/>")
                                << u"<host>"_s << u"scan-report-bad-host"_s;
    QTest::newRow("hostname with $()")
        << QByteArray("<hostname></hostname>") << QByteArray("<hostname>dc01$(id)</hostname>")
        << u"<host><hostname>"_s << u"scan-report-bad-host"_s;
    QTest::newRow("hostname with a newline")
        << QByteArray("<hostname></hostname>") << QByteArray("<hostname>dc01&#10;x</hostname>")
        << u"<host><hostname>"_s << u"scan-report-bad-host"_s;
    QTest::newRow("NUL byte") << QByteArray("<host>10.0.101.2<asset/>")
                              << QByteArray("<host>10.0.101.2") + '\0' + QByteArray("x<asset/>") << QString()
                              << u"scan-report-malformed"_s;
    QTest::newRow("control character")
        << QByteArray("<host>10.0.101.2<asset/>") << QByteArray("<host>10.0.101.2\x07<asset/>") << QString()
        << u"scan-report-malformed"_s;
}

void TestOpenVasReport::refusesHostileHosts()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, element);
    QFETCH(QString, code);
    PW_SAMPLE(path, "intel", "openvas_gmp_many_vuln_trimmed.xml");
    // many_vuln has the pretty-printed layout, so the line in the message is the host's own.
    const QByteArray original = Samples::read(QFileInfo(path).dir().filePath(u"openvas_gmp_one_vuln.xml"_s));
    const QByteArray pretty = Samples::replaced(
        Samples::replaced(Samples::read(path), "<host>192.168.1.1001<asset />", "<host>10.0.101.2<asset/>"),
        "<hostname>b6b9f466d63</hostname>", "<hostname></hostname>");
    QVERIFY(!pretty.isEmpty());
    for (const QByteArray &sample : {original, pretty}) {
        const QByteArray data = Samples::replaced(sample, from, to);
        QVERIFY(!data.isEmpty());
        const Result<ScanReport> parsed = OpenVasReport::parse(data);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        const QString &message = parsed.error().message;
        QVERIFY2(message.contains(element), qPrintable(message));
        QVERIFY2(message.contains(u"ine %1, column "_s.arg(Samples::lineOf(data, to))), qPrintable(message));
        for (const QChar c : message)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(message));
    }
}

void TestOpenVasReport::refusesOtherDocuments_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("Nessus report") << u"nessus_v2_defectdojo_2hosts_trimmed.nessus"_s << QByteArray()
                                   << u"<NessusClientData_v2>"_s;
    QTest::newRow("another report format")
        << QString() << QByteArray("<report><name>x</name><items><item/></items></report>") << u"<results>"_s;
    QTest::newRow("GMP envelope of another command")
        << QString() << QByteArray("<get_tasks_response status=\"200\"/>") << u"<get_tasks_response>"_s;
    QTest::newRow("SVG") << QString() << QByteArray("<?xml version=\"1.0\"?>\n<svg/>") << u"<svg>"_s;
}

void TestOpenVasReport::refusesOtherDocuments()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, document);
    QFETCH(QString, mentions);
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    const QByteArray data =
        fixture.isEmpty() ? document : Samples::read(QFileInfo(path).dir().filePath(fixture));
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    PW_VERIFY_REFUSED(parsed, u"scan-report-wrong-format"_s, mentions);
    if (!fixture.isEmpty())
        QVERIFY(parsed.error().message.contains(u"<report> or <get_reports_response>"_s));
}

void TestOpenVasReport::refusesBadValues_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("severity word") << oneVulnSeverity
                                   << QByteArray("<threat>High</threat><severity>high</severity><qod>")
                                   << u"severity \"high\""_s;
    QTest::newRow("severity 11") << oneVulnSeverity
                                 << QByteArray("<threat>High</threat><severity>11</severity><qod>")
                                 << u"severity \"11\""_s;
    QTest::newRow("port with a space") << QByteArray("<port>general/tcp</port><nvt")
                                       << QByteArray("<port>general tcp</port><nvt") << u"<port>"_s;
    QTest::newRow("oid with a slash")
        << QByteArray("oid=\"1.3.6.1.4.1.25623.1.0.832260\"") << QByteArray("oid=\"../1.3.6\"") << u"oid"_s;
    QTest::newRow("cvss_base 12") << QByteArray("<cvss_base>10.0</cvss_base>")
                                  << QByteArray("<cvss_base>12</cvss_base>") << u"cvss_base"_s;
    QTest::newRow("result without nvt") << QByteArray("<nvt oid=") << QByteArray("<nvx oid=") << u"<nvt>"_s;
}

void TestOpenVasReport::refusesBadValues()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, mentions);
    PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
    QByteArray data = Samples::replaced(Samples::read(path), from, to);
    if (to.startsWith("<nvx"))
        data = Samples::replaced(data, "</nvt>", "</nvx>");
    QVERIFY(!data.isEmpty());
    const Result<ScanReport> parsed = OpenVasReport::parse(data);
    PW_VERIFY_REFUSED(parsed, u"scan-report-invalid"_s, mentions);
    QVERIFY2(parsed.error().message.contains(u"in report/report/results"_s),
             qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestOpenVasReport)
#include "tst_openvasreport.moc"
