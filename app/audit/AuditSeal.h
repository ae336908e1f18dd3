#pragma once

#include "AuditSigningKey.h"

#include "domain/AuditCheckpoint.h"
#include "domain/Result.h"

#include <QCoreApplication>

class Database;

// Signs the head of the audit trail into a checkpoint (see AuditCheckpoints::seal): at the start and end of
// every console session, periodically while it runs, and at the end of every CLI command that wrote to the
// trail. The events since this key's newest checkpoint are verified first (the first checkpoint verifies the
// whole trail), so a checkpoint never vouches for an edit; a key the trail has not registered yet for this
// actor is registered first ("audit.key.registered", with the public key), so the key a checkpoint is
// checked with is itself in the signed trail. The newest checkpoint this console wrote is also kept outside
// the database (CheckpointFile::localPath), so cutting both the trail and its checkpoints is still found.
class AuditSeal
{
    Q_DECLARE_TR_FUNCTIONS(AuditSeal)

public:
    static Result<AuditCheckpoint> seal(Database &database, const AuditSigningKey &key);
};
