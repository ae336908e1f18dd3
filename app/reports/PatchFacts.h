#pragma once

#include <QDate>
#include <QList>

#include <limits>

// What the compliance figures and drill-downs need of one patch row, kept by FleetMetrics::load() instead of
// the row: moments as milliseconds since the epoch, the risk score also in tenths (scores are rounded to 0.1,
// so sums of tenths are exact in any order), the package and version and the KEV CVEs as indexes into tables
// of distinct values. About 100 bytes a row, where the AssetPatch it is made from holds a dozen strings.
struct PatchFacts
{
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    qint64 id = 0;        // the patch row's
    qsizetype asset = -1; // in FleetMetrics' assets; -1 when the asset is gone
    qint64 detected = 0;
    qint64 resolved = 0; // Never while the patch is open
    qint64 riskTenths = 0;
    double score = 0; // the risk score as the Patches pane shows it
    int band = 0;     // in SeverityCounts::bands(), most severe first; an unknown band is "none"
    int package = -1; // the (package, available version) in FleetMetrics' table of them
    QDate due;
    bool kev = false;
    bool security = false;
    bool installed = false; // state installed now (not missing or superseded)
    QList<int> kevIds;      // the KEV CVEs it fixes, as indexes into FleetMetrics' table of them
};
