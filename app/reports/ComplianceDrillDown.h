#pragma once

#include "FleetMetrics.h"

#include <QCoreApplication>
#include <QVariantList>

// What a click on a chart asks for: the rows behind one figure.
struct DrillDownRequest
{
    enum class Kind
    {
        Assets,             // every asset in scope as of the end of `day`, most exposed first
        NonCompliantAssets, // the assets the rule does not count as compliant as of the end of `day`
        OpenItems,          // the open patches as of the end of `day` (of `severity`, `filter`)
        Patched,            // the patches installed in the period (of `severity`), slowest first
        AssetOpenItems,     // one asset's open patches as of the end of `day`
        VisibilityGaps,     // the assets the console cannot vouch for as of the end of `day` (failed, stale,
                            // never scanned), then the inventory-only ones (not counted)
    };
    enum class Filter
    {
        All,
        Overdue,
        WithinSla,
        Kev,
    };

    Kind kind = Kind::Assets;
    QDate day;        // invalid: the period's last day
    QString severity; // "" every band
    Filter filter = Filter::All;
    qint64 assetId = 0;
    QString assetName;

    bool operator==(const DrillDownRequest &other) const;
};

// The rows behind a figure, ready for a table: a sentence saying what they are, the column headers, and per
// row a key (patch or asset id), the cells shown and the values they sort by.
struct DrillDownTable
{
    struct Row
    {
        qint64 key = 0;
        QVariantList cells;
        QVariantList sortKeys;
    };

    QString showing;
    QStringList headers;
    QList<Row> rows;
};

// Builds a DrillDownTable from the engine's rows (FleetMetrics::openItems, assetsAt, patched) for the scope,
// rule and period of a report: the Compliance pane's drill-down, never computed from the charts.
class ComplianceDrillDown
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceDrillDown)

public:
    static DrillDownTable build(const FleetMetrics &metrics, const FleetReport &report,
                                const DrillDownRequest &request);
    // The translated name of a severity band ("critical" -> "Critical").
    static QString bandName(const QString &band);
    // AssetStanding::visibility as shown: "ok", "gap: last scan failed", "gap: stale" …
    static QString visibilityName(const QString &visibility);
};
