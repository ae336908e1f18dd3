#pragma once

#include "AuditTrailCheck.h"

#include "domain/AuditCheckpoint.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>

class Database;
class KeyStore;

// The audit checkpoint use cases both front ends call, with this database's own key (AuditKeySource):
// seal when a session starts or ends, periodically, and after a CLI command that wrote; verify with the
// console's own copy of its newest checkpoint and, for `audit verify --checkpoint`, an auditor's file.
class AuditSession
{
    Q_DECLARE_TR_FUNCTIONS(AuditSession)

public:
    // The newest event (id 0 for an empty trail).
    static Result<AuditLog::Position> head(Database &database);
    // Seals the current head. A login that may not write (a team-mode auditor) gets no checkpoint and no
    // error (std::nullopt), as SessionLog treats its sessions.
    static Result<std::optional<AuditCheckpoint>> seal(Database &database, const KeyStore &keyStore);
    // seal(), only when the head is not the event the newest checkpoint covers (events were appended after
    // it, by anyone, or the trail was cut and appended to again).
    static Result<std::optional<AuditCheckpoint>> sealIfUnsigned(Database &database,
                                                                 const KeyStore &keyStore);

    struct Verification
    {
        AuditTrailCheck::Report report;
        QString ownKey;      // where this database's key is, or why it could not be read
        QString localAnchor; // the console's own copy that was checked, or empty
    };
    static Result<Verification> verify(Database &database, const KeyStore &keyStore,
                                       const QString &checkpointFile = {});
    // The two halves of verify(), for a front end that reads the key on its own thread (the keychain) and
    // checks on a worker (AuditVerifyRun): this database's own key, or why it could not be read ...
    static AuditTrailCheck::OwnKey ownKey(const Database &database, const KeyStore &keyStore);
    // False in passphrase mode, where the key is derived (slowly, on purpose) and no keychain is asked:
    // a worker thread can do it.
    static bool ownKeyIsInTheKeychain(const Database &database);
    // ... and the check itself, with the console's own copy of its newest checkpoint and `checkpointFile`.
    static Result<Verification> verifyWith(Database &database, const AuditTrailCheck::OwnKey &own,
                                           const QString &checkpointFile = {});
};
