#pragma once

#include "domain/Result.h"
#include "domain/ScanReport.h"

#include <QByteArray>
#include <QCoreApplication>

class ScanXmlReader;

// Reads a Greenbone/OpenVAS report exported as GMP XML — <report>, <report><report> or
// <get_reports_response><report> — into a ScanReport, one finding per report/results/result. Results whose
// severity is negative are not findings and are left out: GMP marks false positives with -1.0 (and debug
// messages, errors and "not rated" with -2, -3 and -99 in older exports). CVEs come from nvt/refs/ref
// type="cve" or, in older exports, the comma-separated nvt/cve text ("NOCVE" when there is none). The
// description (the scanner's raw output) is skipped unread. Everything ScanXmlReader refuses is refused, and
// so are another root element, a report without <results>, a host that is neither an address nor a host
// name, a result without a host and a severity that is not a number up to 10. The whole file or an Error.
class OpenVasReport
{
    Q_DECLARE_TR_FUNCTIONS(OpenVasReport)

public:
    static Result<ScanReport> parse(const QByteArray &xml);

private:
    struct State;
    struct Nvt;
    static Status readReport(ScanXmlReader &reader, State &state);
    static Status readResults(ScanXmlReader &reader, State &state);
    static Status readResult(ScanXmlReader &reader, State &state);
    static Status readHost(ScanXmlReader &reader, ScanFinding &finding);
    static Status readNvt(ScanXmlReader &reader, ScanFinding &finding, Nvt &nvt);
    static Status readSeverities(ScanXmlReader &reader, Nvt &nvt);
};
