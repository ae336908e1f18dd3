#include "RunControl.h"

#include "DeploymentOwner.h"

#include "storage/Database.h"
#include "storage/RolloutRunRepository.h"
#include "storage/UserRepository.h"

Status RunControl::request(Database &database, qint64 runId, RunState wanted)
{
    if (Status allowed = UserRepository(database.connection(), database.actor()).require(Permission::Deploy);
        !allowed)
        return allowed;
    return RolloutRunRepository(database.connection(), database.actor())
        .request(runId, wanted, &DeploymentOwner::isGone);
}
