#pragma once

#include "FleetReport.h"

#include <QCoreApplication>

// A day's value on a chart's time axis.
struct DayValue
{
    QDate day;
    double value = 0;
};

// The figures of a FleetReport as the Compliance pane's charts plot them: per trend day, or per severity
// band at the period's end. Only picks and scales what the engine computed; nothing here counts.
class ComplianceSeries
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceSeries)

public:
    // Share of compliant assets per day, in %; a day with no asset in scope has no share and is left out,
    // so the chart shows a gap there.
    static QList<DayValue> compliantPercent(const FleetReport &report);
    // Per day for one band: the open patches of that band (counts), or the assets whose most severe open
    // patch is of that band as a % of the assets in scope (shares; days without assets left out).
    static QList<DayValue> bySeverity(const FleetReport &report, const QString &band, bool shares);
    static QList<DayValue> openRiskScore(const FleetReport &report);
    static QList<DayValue> openKevCves(const FleetReport &report);
    // At the period's end, per band: open patches within their SLA, and overdue.
    static int withinSla(const FleetReport &report, const QString &band);
    static int overdue(const FleetReport &report, const QString &band);
    // The most exposed assets at the period's end (open risk score above 0), at most `count`.
    static QList<AssetStanding> topExposed(const FleetReport &report, int count);
};
