#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QJsonObject>

class Database;

// A big fleet's database for pw_bench_console (issue 15: the console at 100,000 assets), written straight
// into a fresh, migrated, encrypted database with prepared statements in large transactions: the assets
// (three rings, four criticalities, three exposures, Debian, Ubuntu and RHEL), `patchesPerAsset` patches per
// asset detected over the history by its scans, most installed or superseded by a later scan, some still
// missing (with CVEs from a catalogue with CVSS, EPSS and KEV entries, advisories for the security ones), a
// scan of every asset every `scanEvery` days, and the audit trail those scans write (scan.completed,
// patch.detected, patch.installed / patch.superseded), in time order with a real hash chain: each event's
// hash is AuditLog::hashOf of the event, so `audit verify` accepts the trail. Written directly, not through
// ScanRepository (which reconciles a whole package list per scan: hours at this size); the rows are those a
// scan writes, column for column. Not written: installed package lists (150 M rows at this size; the Assets
// pane's Installed column reads 0) and per-scan compliance snapshots. Seeded: the same sizes make the same
// database.
namespace ConsoleFleet {

struct Size
{
    int assets = 100000;
    int patchesPerAsset = 30;
    int days = 730;
    int scanEvery = 14;      // days between two scans of one asset
    int missingPercent = 10; // of the patches still missing at the end (the Patches pane's default rows)
    int cves = 5000;         // the CVE catalogue
    QDate end;               // the day after the history's last (default: today)
};

// Fills `database` (fresh, migrated) and returns the rows it wrote per table and the seconds it took.
Result<QJsonObject> generate(Database &database, const Size &size);

} // namespace ConsoleFleet
