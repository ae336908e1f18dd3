#pragma once

#include "FleetReport.h"

#include <QJsonObject>
#include <QList>
#include <QVariantList>

// The FleetReport as the CLI (and later the reports) print it. JSON: one document with stable snake_case
// keys and "schema_version" (FleetReport::SchemaVersion); a figure that has no denominator is null.
// Rows: the same figures as (metric, group, value) triples for a table or CSV, "n/a" where JSON has null.
namespace FleetReportJson {

QJsonObject toJson(const FleetReport &report);
QList<QVariantList> toRows(const FleetReport &report);

} // namespace FleetReportJson
