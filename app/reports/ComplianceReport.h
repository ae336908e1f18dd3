#pragma once

#include "FleetReport.h"
#include "ReportProvenance.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// Everything the compliance report shows, gathered once and then rendered as PDF, CSV or JSON
// (ComplianceExport): every metric of the period with its daily trend and the per-asset standings
// (FleetReport, as `metrics` computes it) and where the report comes from.
struct ComplianceReport
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)

public:
    FleetReport figures;
    ReportProvenance provenance;

    static constexpr int DefaultStaleDays = 7;

    // [from, to) are UTC days: the period starts at from's 00:00 and ends at to's 00:00.
    static Result<ComplianceReport> build(Database &database, const QDate &from, const QDate &to,
                                          const MetricScope &scope, int staleDays = DefaultStaleDays);
};
