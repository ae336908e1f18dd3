#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

// The floor for pw_bench_console: the queries behind each console step run by Debian's `sqlcipher` shell on
// the same encrypted database, one shell per step, the key given on its standard input (never in its
// arguments), every row written out (to /dev/null) and each statement timed by the shell's `.timer on`:
//   launch     the Assets pane's query (AssetRepository's, ordered by name): the shell's whole run, from
//              spawn to exit, against the console's launch to interactive
//   patches    the Patches pane's query (PatchRepository's, missing patches, with the asset names)
//   filter     that query narrowed in SQL by each prefix of the word typed (LIKE on every text column the
//              view filters on), one statement per keystroke
//   sort       that query ordered by a score computed in SQL (severity band, then detection date): the
//              console's score is RiskPolicy's, computed in C++, so this is a stand-in of the same shape
//   details    three patch rows by id with their CVEs' catalogue entries
//   compliance the history FleetMetrics loads for the pane's default period (the last 30 days): assets, the
//              patches open or resolved in it, each asset's last scans before it (grouped), the scans in
//              it, deployments, KEV CVEs
namespace ConsoleFloor {

struct Options
{
    QString databasePath;
    QString rawKey; // 64 hex digits
    QString filterWord = QStringLiteral("openssl");
};

// {"launchMs", "patchesMs", "filterKeystrokesMs": [...], "filterMaxMs", "sortMs", "detailsMs",
//  "complianceMs", "patchRows", "assetRows"}.
Result<QJsonObject> measure(const Options &options);

} // namespace ConsoleFloor
