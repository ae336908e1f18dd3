#pragma once

#include <QJsonObject>
#include <QString>

// Turns pw_bench_scan's results into the ratio blocks and the readable table.
namespace ScanReport {

// The tools measured, in table order: Patchwright first, then the peer.
inline const char *const Patchwright = "patchwright";
inline const char *const Peer = "openssh";
// Patchwright's warm rescan of the same hosts (ScanWorkloads::patchwrightWarm), shown under Patchwright.
inline const char *const Warm = "patchwright-warm";

// Adds "ratio" (Patchwright/peer of every figure both report) to each run in results["runs"], and
// "warmSpeedup" (Patchwright's cold wall time over its warm rescan's) where the run has a warm rescan.
void addRatios(QJsonObject *results);

// The results as a table for a terminal.
QString table(const QJsonObject &results);

} // namespace ScanReport
