#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include <limits>

// What the compliance figures need of one patch row, read once by FleetMetrics::load(): moments as
// milliseconds since the epoch, the risk score in tenths (scores are rounded to 0.1, so sums of tenths are
// exact in any order).
struct PatchFacts
{
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    qsizetype index = 0;  // in FleetMetrics' patch rows
    qsizetype asset = -1; // in FleetMetrics' assets; -1 when the asset is gone
    qint64 detected = 0;
    qint64 resolved = 0; // Never while the patch is open
    qint64 riskTenths = 0;
    int band = 0; // in SeverityCounts::bands(), most severe first; an unknown band is "none"
    QDate due;
    bool kev = false;
    bool security = false;
    QStringList kevCves;
    QList<int> kevIds; // kevCves as indexes of distinct CVEs
};
