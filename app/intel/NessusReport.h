#pragma once

#include "domain/Result.h"
#include "domain/ScanReport.h"

#include <QByteArray>
#include <QCoreApplication>

class ScanXmlReader;

// Reads a Nessus v2 export (.nessus: NessusClientData_v2/Report/ReportHost with HostProperties and
// ReportItems) into a ScanReport, one finding per ReportItem. The Policy section and plugin_output are
// skipped unread. Everything ScanXmlReader refuses is refused (DTDs, entities, oversize input or text,
// malformed XML), and so are a root other than <NessusClientData_v2>, a file without <Report>, a host name
// or address that fails the syntax check, a severity outside 0-4, a CVSS score outside 0-10 and a port that
// is not a number. The whole file or an Error, never part of it.
class NessusReport
{
    Q_DECLARE_TR_FUNCTIONS(NessusReport)

public:
    static Result<ScanReport> parse(const QByteArray &xml);

private:
    struct Host;
    static Status readReport(ScanXmlReader &reader, ScanReport &report);
    static Status readHost(ScanXmlReader &reader, ScanReport &report);
    static Status readProperties(ScanXmlReader &reader, Host &host);
    static Result<ScanFinding> readItem(ScanXmlReader &reader);
};
