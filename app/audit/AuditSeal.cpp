#include "AuditSeal.h"

#include "CheckpointFile.h"

#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>

Result<AuditCheckpoint> AuditSeal::seal(Database &database, const AuditSigningKey &key)
{
    AuditCheckpoints checkpoints(database.connection());
    const auto all = checkpoints.all();
    if (!all)
        return all.error();
    // Start from this key's newest checkpoint whose signature holds; verifyFrom() checks its event still
    // carries the signed hash.
    AuditCheckpoints::Verified from;
    for (auto it = all.value().crbegin(); it != all.value().crend(); ++it) {
        if (it->publicKey == key.publicKey() &&
            AuditSigningKey::verify(it->publicKey, it->signedBytes(), it->signature)) {
            from = {{it->eventId, it->eventHash}, it->eventCount};
            break;
        }
    }
    AuditLog log(database.connection());
    const auto verdict = log.verifyFrom(from.position);
    if (!verdict)
        return verdict.error();
    if (!verdict.value().intact)
        return Error{tr("The audit trail is broken at event %1: %2. No checkpoint was written.")
                         .arg(verdict.value().firstBrokenId)
                         .arg(verdict.value().reason),
                     tr("Run `patchwright-cli audit verify` and restore the database from a backup."),
                     QString::fromLatin1(AuditCheckpoints::ChainBrokenCode)};
    const AuditCheckpoints::Verified verified{verdict.value().verified, from.count + verdict.value().checked};

    const auto registered = checkpoints.registeredKeys();
    if (!registered)
        return registered.error();
    const bool known = std::any_of(
        registered.value().cbegin(), registered.value().cend(), [&](const AuditSigningKeyRecord &record) {
            return record.signer == database.actor() && record.publicKey == key.publicKey();
        });
    if (!known) {
        if (Status appended =
                log.append(database.actor(), QString::fromLatin1(AuditCheckpoints::RegisteredAction),
                           AuditSigningKey::fingerprint(key.publicKey()),
                           AuditCheckpoints::registrationDetails(key.publicKey()));
            !appended)
            return appended.error();
    }

    const auto sealed = checkpoints.seal(verified, database.actor(), key.publicKey(),
                                         [&key](const QByteArray &bytes) { return key.sign(bytes); });
    if (!sealed)
        return sealed;
    const QString local = CheckpointFile::localPath(sealed.value().databaseId);
    if (Status kept = CheckpointFile::write(local, sealed.value()); !kept)
        return Error{tr("Audit checkpoint #%1 was written, but its copy outside the database was not: %2")
                         .arg(sealed.value().id)
                         .arg(kept.error().message),
                     kept.error().hint};
    return sealed;
}
