#pragma once

#include <QJsonObject>
#include <QString>

// pw_bench_rollout's report: each tool's figures over the runs (median, min and max of every number,
// per ring too) and the human table.
namespace RolloutReport {

constexpr const char Patchwright[] = "patchwright";
constexpr const char Peer[] = "ansible";

// results["summary"][tool]: for each figure, {"median", "min", "max"}; per ring under "stages"[ring].
void addSummary(QJsonObject *results);

QString table(const QJsonObject &results);

} // namespace RolloutReport
