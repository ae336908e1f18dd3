#include "NessusReport.h"

#include "ScanXmlReader.h"

#include "domain/PlainText.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression pluginIdSyntax(u"^[A-Za-z0-9._-]{1,64}$"_s);
const QRegularExpression protocolSyntax(u"^[a-z0-9]{1,16}$"_s);

// "1648044472" (HOST_END_TIMESTAMP): seconds since the epoch.
QDateTime fromTimestamp(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    return ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

// "Mon Jul  1 11:40:48 2013" (HOST_END): the scanner's clock, with no zone; read as UTC.
QDateTime fromHostTime(const QString &text)
{
    const QDateTime time = QLocale::c().toDateTime(text.simplified(), u"ddd MMM d HH:mm:ss yyyy"_s);
    return time.isValid() ? QDateTime(time.date(), time.time(), Qt::UTC) : QDateTime();
}

} // namespace

// The host properties a finding takes; validated as they are read.
struct NessusReport::Host
{
    QString fqdn;
    QString hostname;
    QString netbiosName;
    QString address;
    QString operatingSystem; // first line of the operating-system tag (Nessus lists its guesses one a line)
    QDateTime endStamp;      // HOST_END_TIMESTAMP
    QDateTime end;           // HOST_END
    QDateTime startStamp;
    QDateTime start;
};

Result<ScanReport> NessusReport::parse(const QByteArray &xml)
{
    ScanXmlReader reader(xml, tr("a Nessus v2 report (.nessus)"));
    if (Status root = reader.readRoot(); !root)
        return root.error();
    if (reader.name() != u"NessusClientData_v2"_s)
        return reader.wrongRoot(QStringLiteral("<NessusClientData_v2>"));

    ScanReport report;
    report.scanner = u"nessus"_s;
    bool sawReport = false;
    const Status read = reader.forEachChild([&](QStringView name) -> Status {
        if (name == u"Report"_s) {
            if (!sawReport)
                report.name = reader.attribute(u"name"_s).trimmed();
            sawReport = true;
            return readReport(reader, report);
        }
        if (name == u"Policy"_s)
            return reader.skipUnread(); // the scan settings; plugin_set alone can exceed a megabyte
        return {};
    });
    if (!read)
        return read.error();
    if (Status end = reader.finish(); !end)
        return end.error();
    if (!sawReport)
        return Error{tr("The Nessus file holds no <Report> element, so no scan results; it may be a policy "
                        "export."),
                     tr("Export the scan's results from Nessus as a .nessus file."),
                     u"scan-report-wrong-format"_s};
    return report;
}

Status NessusReport::readReport(ScanXmlReader &reader, ScanReport &report)
{
    return reader.forEachChild(
        [&](QStringView name) { return name == u"ReportHost"_s ? readHost(reader, report) : Status(); });
}

Status NessusReport::readHost(ScanXmlReader &reader, ScanReport &report)
{
    const QString name = reader.attribute(u"name"_s).trimmed();
    if (!ScanXmlReader::isAddress(name) && !ScanXmlReader::isHostName(name))
        return reader.badHost(QStringLiteral("<ReportHost name>"), name);
    Host host;
    QList<ScanFinding> findings;
    const Status read = reader.forEachChild([&](QStringView element) -> Status {
        if (element == u"HostProperties"_s)
            return readProperties(reader, host);
        if (element == u"ReportItem"_s) {
            Result<ScanFinding> finding = readItem(reader);
            if (!finding)
                return finding.error();
            findings.append(std::move(finding).value());
        }
        return {};
    });
    if (!read)
        return read;
    const QString hostname =
        !host.fqdn.isEmpty() ? host.fqdn : (!host.hostname.isEmpty() ? host.hostname : host.netbiosName);
    QDateTime scannedAt = host.endStamp;
    for (const QDateTime &time : {host.end, host.startStamp, host.start}) {
        if (!scannedAt.isValid())
            scannedAt = time;
    }
    for (ScanFinding &finding : findings) {
        finding.host = name;
        finding.hostname = hostname;
        finding.address = host.address;
        finding.operatingSystem = host.operatingSystem;
        finding.scannedAt = scannedAt;
    }
    report.findings.append(std::move(findings));
    return {};
}

Status NessusReport::readProperties(ScanXmlReader &reader, Host &host)
{
    return reader.forEachChildText(
        [&](QStringView name, const QXmlStreamAttributes &attributes, const QString &value) -> Status {
            const QString tag = name == u"tag"_s ? attributes.value(u"name"_s).toString() : QString();
            const QString element = QStringLiteral("<tag name=\"%1\">").arg(tag);
            if (tag == u"host-ip"_s) {
                if (!value.isEmpty() && !ScanXmlReader::isAddress(value))
                    return reader.badHost(element, value);
                host.address = value;
            } else if (tag == u"host-fqdn"_s || tag == u"hostname"_s || tag == u"netbios-name"_s) {
                if (!value.isEmpty() && !ScanXmlReader::isHostName(value) && !ScanXmlReader::isAddress(value))
                    return reader.badHost(element, value);
                QString &target = tag == u"host-fqdn"_s  ? host.fqdn
                                  : tag == u"hostname"_s ? host.hostname
                                                         : host.netbiosName;
                target = value;
            } else if (tag == u"operating-system"_s) {
                // A guess shown to people, never parsed: kept when it is one plain line of sane length.
                const QString first = value.section(QLatin1Char('\n'), 0, 0).trimmed();
                if (first.size() <= 200 && PlainText::problem(first, PlainText::Lines::One).isEmpty())
                    host.operatingSystem = first;
            } else if (tag == u"HOST_END_TIMESTAMP"_s) {
                host.endStamp = fromTimestamp(value);
            } else if (tag == u"HOST_END"_s) {
                host.end = fromHostTime(value);
            } else if (tag == u"HOST_START_TIMESTAMP"_s) {
                host.startStamp = fromTimestamp(value);
            } else if (tag == u"HOST_START"_s) {
                host.start = fromHostTime(value);
            }
            return {};
        });
}

Result<ScanFinding> NessusReport::readItem(ScanXmlReader &reader)
{
    ScanFinding finding;
    bool ok = false;
    const QString severity = reader.attribute(u"severity"_s).trimmed();
    finding.severity = severity.toInt(&ok);
    if (!ok || finding.severity < 0 || finding.severity > 4)
        return reader.error(tr("the severity \"%1\" of <ReportItem> is not a number from 0 to 4")
                                .arg(ScanXmlReader::quoted(severity)));
    const QString port = reader.attribute(u"port"_s).trimmed();
    const int portNumber = port.toInt(&ok);
    const QString protocol = reader.attribute(u"protocol"_s).trimmed();
    if (!ok || portNumber < 0 || portNumber > 65535 || !protocolSyntax.match(protocol).hasMatch())
        return reader.error(
            tr("the port \"%1\" and protocol \"%2\" of <ReportItem> are not a port number and a "
               "protocol name")
                .arg(ScanXmlReader::quoted(port), ScanXmlReader::quoted(protocol)));
    finding.port = QString::number(portNumber) + u'/' + protocol;
    finding.pluginId = reader.attribute(u"pluginID"_s).trimmed();
    if (!pluginIdSyntax.match(finding.pluginId).hasMatch())
        return reader.error(tr("the pluginID \"%1\" of <ReportItem> is not a plugin id")
                                .arg(ScanXmlReader::quoted(finding.pluginId)));
    finding.name = reader.attribute(u"pluginName"_s).trimmed();

    QStringList cves;
    double cvss3 = -1;
    double cvss2 = -1;
    QString vector3;
    QString vector2;
    const Status read = reader.forEachChild([&](QStringView name) -> Status {
        if (name == u"plugin_output"_s)
            return reader.skipUnread();
        const QString element = name.toString();
        Result<QString> text = reader.readText(); // other children: read, so that their size is checked
        if (!text)
            return text.error();
        const QString &value = text.value();
        if (element == u"cve"_s) {
            cves.append(value);
        } else if (element == u"cvss3_base_score"_s || element == u"cvss_base_score"_s) {
            const double score = value.toDouble(&ok);
            if (!ok || !std::isfinite(score) || score < 0 || score > 10)
                return reader.error(tr("<%1> holds \"%2\", which is not a CVSS score from 0 to 10")
                                        .arg(element, ScanXmlReader::quoted(value)));
            (element == u"cvss3_base_score"_s ? cvss3 : cvss2) = score;
        } else if (element == u"cvss3_vector"_s) {
            vector3 = value;
        } else if (element == u"cvss_vector"_s) {
            vector2 = value;
        } else if (element == u"exploit_available"_s || element == u"exploited_by_malware"_s ||
                   element.startsWith(u"exploit_framework_"_s)) {
            // Nessus says a public exploit exists (or malware uses one): evidence for SSVC's "public PoC".
            if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0)
                finding.exploitAvailable = true;
        } else if (element == u"synopsis"_s) {
            finding.synopsis = value;
        } else if (element == u"solution"_s) {
            finding.solution = value;
        }
        return {};
    });
    if (!read)
        return read.error();
    finding.cvss = cvss3 >= 0 ? cvss3 : cvss2;
    finding.cvssVector = !vector3.isEmpty() ? vector3 : vector2;
    finding.cves = ScanXmlReader::normalizedCves(cves);
    return finding;
}
