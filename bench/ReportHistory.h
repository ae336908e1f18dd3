#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

class Database;

// A fleet's made-up but plausible history for pw_bench_report, written straight into an encrypted database:
// assets in three rings on three platforms, a patch detected on every asset every few days and most of them
// installed some days later (some superseded, some still missing; a few fixing KEV CVEs), weekly scans (a
// few failed), a change every two weeks deployed to a fifth of the fleet (some failing and retried, some
// rolled back) and the audit events of all that, appended through AuditLog so the chain is real. Seeded, so
// two runs with the same sizes make the same history.
namespace ReportHistory {

struct Size
{
    int assets = 10000;
    int days = 730;      // the history ends at `end`'s 00:00 and starts this many days before
    int patchEvery = 14; // days between two patches detected on one asset
    int scanEvery = 7;   // days between two scans of one asset
    QDate end;           // the day after the history's last
};

// Fills `database` (fresh, migrated) and returns what it wrote: rows per table and the seconds it took.
Result<QJsonObject> generate(Database &database, const Size &size);

} // namespace ReportHistory
