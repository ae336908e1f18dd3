#pragma once

#include "AuditSigningKey.h"

#include "domain/AuditCheckpoint.h"
#include "domain/Result.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

// `audit verify`: the hash chain from its first event, and then what the signed checkpoints say about it.
// Every checkpoint must be numbered without a gap, carry a valid Ed25519 signature, be signed with a key
// the trail registered for its signer before the event it covers, and find its event still there with the
// hash it signed: a trail that ends before a checkpoint's event has been cut ("events after #N are
// missing"); an event whose hash changed has been rewritten, even if its chain was recomputed. With this
// database's own key (local mode), the newest checkpoint must be signed by it, so a trail re-signed with
// another key is found. Checkpoints kept outside the database (an auditor's exported file, the console's own
// copy) must still be in it, unchanged, and hold the same way.
class AuditTrailCheck
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrailCheck)

public:
    struct Anchor
    {
        QString label; // e.g. "the checkpoint in /media/audit/cp.json"
        AuditCheckpoint checkpoint;
    };
    struct OwnKey
    {
        std::optional<AuditSigningKey> key; // empty when it could not be read
        QString where;                      // where it is, or why it could not be read
        bool mustSignNewest = false;        // local mode: the newest checkpoint is ours
    };
    struct Report
    {
        AuditLog::Verdict chain;
        qint64 lastEventId = 0;
        qint64 checkpointCount = 0;
        std::optional<AuditCheckpoint> newest;
        QStringList problems; // each a sentence; none when intact
        bool intact() const { return chain.intact && problems.isEmpty(); }
    };
    static Result<Report> run(Database &database, const OwnKey &own, const QList<Anchor> &anchors);
};
