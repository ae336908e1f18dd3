#include "FleetReport.h"

#include <algorithm>
#include <numeric>

DurationStats DurationStats::of(QList<double> hours)
{
    DurationStats stats;
    stats.count = int(hours.size());
    if (hours.isEmpty())
        return stats;
    std::sort(hours.begin(), hours.end());
    stats.meanHours = std::accumulate(hours.cbegin(), hours.cend(), 0.0) / double(hours.size());
    const qsizetype middle = hours.size() / 2;
    stats.medianHours = hours.size() % 2 ? hours.at(middle) : (hours.at(middle - 1) + hours.at(middle)) / 2;
    return stats;
}

std::optional<double> percentOf(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}
