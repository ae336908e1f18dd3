#pragma once

#include "FleetMetrics.h"

#include <QCoreApplication>
#include <QVariantList>

#include <memory>

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

// The rows of a DrillDownTable, made from the engine's items (asset standings, open or installed patches),
// which they hold: a row's cells and the values it sorts by are made when asked, not kept. Kept, 100,000
// assets' rows took 1.9 KB each (two QVariantLists of twelve, a time and a score as text), ten times the
// standings they were made from. Read-only once made, so any thread may read them.
class DrillDownRows
{
public:
    virtual ~DrillDownRows() = default;
    virtual qsizetype size() const = 0;
    virtual qint64 key(qsizetype row) const = 0;                   // patch or asset id
    virtual QVariant cell(qsizetype row, int column) const = 0;    // as shown (and exported)
    virtual QVariant sortKey(qsizetype row, int column) const = 0; // what the column sorts by
    // Whether `row` shows what `otherRow` of `other` shows, without making their cells when both are made
    // from the same kind of items.
    virtual bool sameRow(qsizetype row, const DrillDownRows &other, qsizetype otherRow) const = 0;
};

// The rows behind a figure, ready for a table: a sentence saying what they are, the column headers, and the
// rows (each with a key, its cells and the values they sort by).
struct DrillDownTable
{
    // One row's cells and sort values, made at once (tests, the details panel).
    struct Row
    {
        qint64 key = 0;
        QVariantList cells;
        QVariantList sortKeys;
    };

    QString showing;
    QStringList headers;
    std::shared_ptr<const DrillDownRows> rows; // null: no rows

    qsizetype size() const { return rows ? rows->size() : 0; }
    Row row(qsizetype row) const;
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
