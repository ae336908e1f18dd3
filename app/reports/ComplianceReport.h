#pragma once

#include "FleetReport.h"
#include "ReportProvenance.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <map>

class Database;

// Everything the compliance report shows, gathered once and then rendered as PDF, CSV or JSON
// (ComplianceExport): every metric of the period (FleetReport, as `metrics` computes it), the open patches by
// severity band sampled over the period for the stacked chart, and where the report comes from.
struct ComplianceReport
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)

public:
    struct SeverityPoint
    {
        QDate day; // as of the end of this day (UTC)
        std::map<QString, int> open;
    };

    FleetReport figures;
    QList<SeverityPoint> openBySeverity; // at most MaxSeverityPoints, evenly spaced, the last day included
    ReportProvenance provenance;

    static constexpr int MaxSeverityPoints = 26;
    static constexpr int DefaultStaleDays = 7;

    // [from, to) are UTC days: the period starts at from's 00:00 and ends at to's 00:00.
    static Result<ComplianceReport> build(Database &database, const QDate &from, const QDate &to,
                                          const MetricScope &scope, int staleDays = DefaultStaleDays);
    // The severity bands in the order reports show them.
    static QStringList severityBands();
};
