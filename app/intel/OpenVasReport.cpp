#include "OpenVasReport.h"

#include "ScanXmlReader.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression oidSyntax(u"^[A-Za-z0-9._-]{1,128}$"_s);
const QRegularExpression portSyntax(u"^[A-Za-z0-9._/-]{0,64}$"_s);
const QRegularExpression cveListSeparator(u"[,\\s]+"_s);

// The NVD ranges GMP uses: 0 log, 0.1-3.9 low, 4.0-6.9 medium, 7.0-8.9 high, 9.0-10.0 critical.
int severityOfScore(double score)
{
    if (score <= 0)
        return 0;
    if (score < 4)
        return 1;
    if (score < 7)
        return 2;
    if (score < 9)
        return 3;
    return 4;
}

// For results that state no score: the threat level GMP derived from it.
int severityOfThreat(const QString &threat)
{
    if (threat.compare(u"High"_s, Qt::CaseInsensitive) == 0)
        return 3;
    if (threat.compare(u"Medium"_s, Qt::CaseInsensitive) == 0)
        return 2;
    if (threat.compare(u"Low"_s, Qt::CaseInsensitive) == 0)
        return 1;
    return 0;
}

} // namespace

struct OpenVasReport::State
{
    QString reportId;
    QString taskName;
    QDateTime scanStart;
    bool sawResults = false;
    QList<ScanFinding> findings;
};

// What a result takes from its <nvt> besides name, oid and solution text.
struct OpenVasReport::Nvt
{
    double cvssBase = -1;
    QString severitiesVector; // nvt/severities/severity/value
    QString tagVector;        // cvss_base_vector= in tags
    QString tagSolution;      // solution= in tags
    QStringList cves;
};

Result<ScanReport> OpenVasReport::parse(const QByteArray &xml)
{
    ScanXmlReader reader(xml, tr("a Greenbone/OpenVAS XML report"));
    if (Status root = reader.readRoot(); !root)
        return root.error();
    State state;
    if (reader.name() == u"report"_s) {
        if (Status read = readReport(reader, state); !read)
            return read.error();
    } else if (reader.name() == u"get_reports_response"_s) {
        const QString status = reader.attribute(u"status"_s);
        if (!status.isEmpty() && !status.startsWith(u'2'))
            return Error{tr("The file is a GMP response with status %1 (%2), not a report.")
                             .arg(ScanXmlReader::quoted(status),
                                  ScanXmlReader::quoted(reader.attribute(u"status_text"_s))),
                         tr("Export the report again from Greenbone."), u"scan-report-wrong-format"_s};
        const Status read = reader.forEachChild(
            [&](QStringView name) { return name == u"report"_s ? readReport(reader, state) : Status(); });
        if (!read)
            return read.error();
    } else {
        return reader.wrongRoot(QStringLiteral("<report>"), QStringLiteral("<get_reports_response>"));
    }
    if (Status end = reader.finish(); !end)
        return end.error();
    if (!state.sawResults)
        return Error{
            tr("The file is a <report> but holds no <results>, so it is not a Greenbone/OpenVAS result "
               "export."),
            tr("Export the report from Greenbone in the XML report format."), u"scan-report-wrong-format"_s};

    ScanReport report;
    report.scanner = u"openvas"_s;
    report.name = !state.taskName.isEmpty() ? state.taskName : state.reportId;
    for (ScanFinding &finding : state.findings) {
        if (!finding.scannedAt.isValid())
            finding.scannedAt = state.scanStart;
    }
    report.findings = std::move(state.findings);
    return report;
}

Status OpenVasReport::readReport(ScanXmlReader &reader, State &state)
{
    if (state.reportId.isEmpty())
        state.reportId = reader.attribute(u"id"_s).trimmed();
    return reader.forEachChild([&](QStringView element) -> Status {
        if (element == u"report"_s)
            return readReport(reader, state); // an export wraps the report in a <report> of its own
        if (element == u"results"_s)
            return readResults(reader, state);
        if (element == u"scan_start"_s) {
            Result<QString> text = reader.readText();
            if (!text)
                return text.error();
            if (!state.scanStart.isValid())
                state.scanStart = ScanXmlReader::isoDateTime(text.value());
            return {};
        }
        if (element == u"task"_s) {
            return reader.forEachChildText(
                [&](QStringView name, const QXmlStreamAttributes &, const QString &text) {
                    if (name == u"name"_s && state.taskName.isEmpty())
                        state.taskName = text;
                    return Status();
                });
        }
        return {};
    });
}

Status OpenVasReport::readResults(ScanXmlReader &reader, State &state)
{
    state.sawResults = true;
    return reader.forEachChild(
        [&](QStringView name) { return name == u"result"_s ? readResult(reader, state) : Status(); });
}

Status OpenVasReport::readResult(ScanXmlReader &reader, State &state)
{
    ScanFinding finding;
    Nvt nvt;
    bool sawHost = false;
    bool sawNvt = false;
    QString severity;
    QString threat;
    QString resultName;
    QDateTime created;
    QDateTime modified;
    const Status read = reader.forEachChild([&](QStringView element) -> Status {
        if (element == u"host"_s) {
            sawHost = true;
            return readHost(reader, finding);
        }
        if (element == u"nvt"_s) {
            sawNvt = true;
            return readNvt(reader, finding, nvt);
        }
        if (element == u"description"_s) // the scanner's raw output, which may be large
            return reader.skipUnread();
        Result<QString> text = reader.readText(); // other children: read, so that their size is checked
        if (!text)
            return text.error();
        if (element == u"port"_s) {
            if (!portSyntax.match(text.value()).hasMatch())
                return reader.error(
                    tr("<port> holds \"%1\", which is not a port such as 443/tcp or general/tcp")
                        .arg(ScanXmlReader::quoted(text.value())));
            finding.port = text.value();
        } else if (element == u"severity"_s) {
            severity = text.value();
        } else if (element == u"threat"_s) {
            threat = text.value();
        } else if (element == u"name"_s) {
            resultName = text.value();
        } else if (element == u"creation_time"_s) {
            created = ScanXmlReader::isoDateTime(text.value());
        } else if (element == u"modification_time"_s) {
            modified = ScanXmlReader::isoDateTime(text.value());
        }
        return {};
    });
    if (!read)
        return read;
    if (!sawHost)
        return reader.error(tr("a <result> without <host>"));
    if (!sawNvt)
        return reader.error(tr("a <result> without <nvt>"));

    double score = nvt.cvssBase;
    if (!severity.isEmpty()) {
        bool ok = false;
        score = severity.toDouble(&ok);
        if (!ok || !std::isfinite(score) || score > 10)
            return reader.error(tr("the severity \"%1\" of a <result> is not a number up to 10")
                                    .arg(ScanXmlReader::quoted(severity)));
    }
    // Negative severities are GMP's markers, not scores: -1.0 a false positive (an override says the
    // finding is wrong), -2/-3 debug and error messages, -99 "not rated" in older exports. None is a
    // finding on the host, so the result is left out.
    if (score < 0 && !severity.isEmpty())
        return {};
    if (severity.isEmpty() && threat.compare(u"False Positive"_s, Qt::CaseInsensitive) == 0)
        return {};
    finding.cvss = score >= 0 ? score : -1;
    finding.severity = score >= 0 ? severityOfScore(score) : severityOfThreat(threat);
    if (finding.name.isEmpty())
        finding.name = resultName;
    finding.cvssVector = !nvt.severitiesVector.isEmpty() ? nvt.severitiesVector : nvt.tagVector;
    if (finding.solution.isEmpty())
        finding.solution = nvt.tagSolution;
    finding.cves = ScanXmlReader::normalizedCves(nvt.cves);
    finding.scannedAt = created.isValid() ? created : modified;
    state.findings.append(std::move(finding));
    return {};
}

Status OpenVasReport::readHost(ScanXmlReader &reader, ScanFinding &finding)
{
    QString hostname;
    const Status read =
        reader.forEachChildText([&](QStringView name, const QXmlStreamAttributes &, const QString &text) {
            if (name == u"hostname"_s)
                hostname = text;
            return Status();
        });
    if (!read)
        return read;
    const QString host = reader.lastText().trimmed();
    if (ScanXmlReader::isAddress(host))
        finding.address = host;
    else if (!ScanXmlReader::isHostName(host))
        return reader.badHost(QStringLiteral("<host>"), host);
    if (!hostname.isEmpty() && !ScanXmlReader::isHostName(hostname) && !ScanXmlReader::isAddress(hostname))
        return reader.badHost(QStringLiteral("<host><hostname>"), hostname);
    finding.host = host;
    finding.hostname = hostname;
    return {};
}

Status OpenVasReport::readNvt(ScanXmlReader &reader, ScanFinding &finding, Nvt &nvt)
{
    finding.pluginId = reader.attribute(u"oid"_s).trimmed();
    if (!oidSyntax.match(finding.pluginId).hasMatch())
        return reader.error(
            tr("the oid \"%1\" of <nvt> is not an OID").arg(ScanXmlReader::quoted(finding.pluginId)));
    return reader.forEachChild([&](QStringView element) -> Status {
        if (element == u"refs"_s) {
            return reader.forEachChild([&](QStringView name) {
                if (name == u"ref"_s &&
                    reader.attribute(u"type"_s).compare(u"cve"_s, Qt::CaseInsensitive) == 0)
                    nvt.cves.append(reader.attribute(u"id"_s));
                return Status(); // the <ref> is skipped
            });
        }
        if (element == u"severities"_s)
            return readSeverities(reader, nvt);
        Result<QString> text = reader.readText();
        if (!text)
            return text.error();
        const QString &value = text.value();
        if (element == u"name"_s) {
            finding.name = value;
        } else if (element == u"solution"_s) {
            finding.solution = value;
        } else if (element == u"cve"_s) { // older exports: "CVE-2011-3389, CVE-2015-0204" or "NOCVE"
            nvt.cves.append(value.split(cveListSeparator, Qt::SkipEmptyParts));
        } else if (element == u"cvss_base"_s && !value.isEmpty()) {
            bool ok = false;
            nvt.cvssBase = value.toDouble(&ok);
            if (!ok || !std::isfinite(nvt.cvssBase) || nvt.cvssBase < 0 || nvt.cvssBase > 10)
                return reader.error(tr("<cvss_base> holds \"%1\", which is not a CVSS score from 0 to 10")
                                        .arg(ScanXmlReader::quoted(value)));
        } else if (element == u"tags"_s) {
            // "summary=...|insight=...|solution=...|cvss_base_vector=..."
            for (const QString &tag : value.split(u'|')) {
                const qsizetype equals = tag.indexOf(u'=');
                if (equals < 0)
                    continue;
                const QString key = tag.left(equals).trimmed();
                const QString tagValue = tag.mid(equals + 1).trimmed();
                if (key == u"summary"_s)
                    finding.synopsis = tagValue;
                else if (key == u"solution"_s)
                    nvt.tagSolution = tagValue;
                else if (key == u"cvss_base_vector"_s)
                    nvt.tagVector = tagValue;
            }
        }
        return {};
    });
}

Status OpenVasReport::readSeverities(ScanXmlReader &reader, Nvt &nvt)
{
    return reader.forEachChild([&](QStringView element) {
        if (element != u"severity"_s)
            return Status(); // skipped
        return reader.forEachChildText(
            [&](QStringView name, const QXmlStreamAttributes &, const QString &text) {
                if (name == u"value"_s && nvt.severitiesVector.isEmpty())
                    nvt.severitiesVector = text;
                return Status();
            });
    });
}
