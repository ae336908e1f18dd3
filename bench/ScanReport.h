#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Turns pw_bench_scan's results into medians, ratios, floors and the readable table.
namespace ScanReport {

// The tools measured, in table order: Patchwright first, then the peers (ScanPeers), then Patchwright's
// warm rescan of the same hosts (ScanWorkloads::patchwrightWarm).
inline const char *const Patchwright = "patchwright";
inline const char *const Warm = "patchwright-warm";
QList<QString> allTools();

// One figure object per tool from several runs of it: every number the median of the runs', the rest
// (per-host digests, names) from the first run; "runs" (how many) and "spread" {key: [min, max]} of the
// main figures.
QJsonObject medianOf(const QList<QJsonObject> &samples);

// Adds to each run in results["runs"] (one per parallelism): per tool "floorSeconds" (its sshd CPU divided by
// the machine's logical CPUs: the wall time no client could beat on this machine with that endpoint cost),
// "wallOverFloor" and "clientOverSshdCpu"; "speedup" {tool: tool's wall / Patchwright's}; "ratio" {tool:
// Patchwright/tool of every figure both report}; and "warmSpeedup" (Patchwright's cold wall over its warm
// rescan's) where the run has a warm rescan.
void addRatios(QJsonObject *results);

// The results as a table for a terminal.
QString table(const QJsonObject &results);

} // namespace ScanReport
