#pragma once

#include "domain/Result.h"
#include "domain/RolloutRun.h"

class Database;

// An admin's pause or cancel of a staged run, the same for the console and `patchwright-cli deploy
// pause|cancel`: the role must allow deploying, then the request is written to the run (the process driving
// it acts on it between assets; with nobody driving it, it takes effect at once).
namespace RunControl {

// `wanted`: RunState::Paused or RunState::Cancelled.
Status request(Database &database, qint64 runId, RunState wanted);

} // namespace RunControl
