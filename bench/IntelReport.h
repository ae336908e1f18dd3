#pragma once

#include <QJsonObject>
#include <QString>

// Turns pw_bench_intel's results into the readable table for a terminal.
namespace IntelReport {

QString table(const QJsonObject &results);

} // namespace IntelReport
