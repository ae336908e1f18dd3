#pragma once

#include "domain/Result.h"

class Database;

// The fleets the screenshots show, seeded into the screenshots' throwaway database (pw_screenshots).
namespace ScreenshotSeeds {

// An application server whose scan found a new kernel package (nothing to roll back to) and an OpenSSL
// update, for the change board's "cannot be undone" line.
Status appServer(Database &database);
// The change board with something on it: two changes by ann waiting for this console's user (one approved
// by rita already, of the two its high risk needs) and a draft of this user's own.
Status changeBoard(Database &database);
// A staged run halted at its first gate, made as `deploy CHANGE` makes it; returns the run's id.
Result<qint64> haltedRun(Database &database);
// Ninety days of patch history on eight more servers, so the Compliance pane's charts have a trend to show.
Status complianceHistory(Database &database);

} // namespace ScreenshotSeeds
