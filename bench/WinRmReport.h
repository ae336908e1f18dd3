#pragma once

#include <QJsonObject>
#include <QString>

// pw_bench_winrm's report: each tool's figures over the runs (median, min and max of every number, the
// per-host request counts too), the ratio of the medians, and the table for a terminal.
namespace WinRmReport {

// The tools measured, in table order: Patchwright first, then the peer.
inline const char *const Patchwright = "patchwright";
inline const char *const Peer = "pywinrm";

// results["summary"][tool]: for each figure, {"median", "min", "max"} (nested objects likewise);
// results["summary"]["ratio"]: Patchwright's median / the peer's median of every figure both have.
void addSummary(QJsonObject *results);

QString table(const QJsonObject &results);

} // namespace WinRmReport
