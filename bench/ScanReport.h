#pragma once

#include <QJsonObject>
#include <QString>

// Turns pw_bench_scan's results into the ratio blocks and the readable table.
namespace ScanReport {

// The tools measured, in table order: Patchwright first, then the peer.
inline const char *const Patchwright = "patchwright";
inline const char *const Peer = "openssh";

// Adds "ratio" (Patchwright/peer of every figure both report) to each run in results["runs"].
void addRatios(QJsonObject *results);

// The results as a table for a terminal.
QString table(const QJsonObject &results);

} // namespace ScanReport
