#pragma once

#include <QDateTime>

// A span of real time, start inclusive and end exclusive, both in UTC. Comparisons with a QDateTime in any
// zone compare instants, so callers need not convert.
struct Interval
{
    QDateTime start;
    QDateTime end;

    bool contains(const QDateTime &at) const { return start <= at && at < end; }
};
