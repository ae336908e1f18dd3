#include "AuditTrailCheck.h"

#include "storage/AuditCheckpoints.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

namespace {

QString stamp(const AuditCheckpoint &checkpoint)
{
    return SqlTime::toValue(checkpoint.at).toString();
}

} // namespace

Result<AuditTrailCheck::Report> AuditTrailCheck::run(Database &database, const OwnKey &own,
                                                     const QList<Anchor> &anchors)
{
    AuditLog log(database.connection());
    AuditCheckpoints store(database.connection());
    Report report;
    const auto chain = log.verify();
    if (!chain)
        return chain.error();
    report.chain = chain.value();
    const auto head = log.list(1);
    if (!head)
        return head.error();
    report.lastEventId = head.value().isEmpty() ? 0 : head.value().constFirst().id;
    const auto databaseId = store.databaseId();
    if (!databaseId)
        return databaseId.error();
    const auto checkpoints = store.all();
    if (!checkpoints)
        return checkpoints.error();
    const auto registered = store.registeredKeys();
    if (!registered)
        return registered.error();
    report.checkpointCount = checkpoints.value().size();
    if (!checkpoints.value().isEmpty())
        report.newest = checkpoints.value().constLast();

    const auto isRegistered = [&](const AuditCheckpoint &checkpoint) {
        return std::any_of(
            registered.value().cbegin(), registered.value().cend(), [&](const AuditSigningKeyRecord &record) {
                return record.signer == checkpoint.signer && record.publicKey == checkpoint.publicKey &&
                       record.eventId <= checkpoint.eventId;
            });
    };
    // What `checkpoint` (named `name`) says about the trail as it is now; empty when it holds.
    const auto coverage = [&](const AuditCheckpoint &checkpoint, const QString &name) -> Result<QString> {
        if (checkpoint.eventId > report.lastEventId)
            return tr("events after #%1 are missing: %2 (signed %3 by %4) covers the trail up to event #%5")
                .arg(report.lastEventId)
                .arg(name, stamp(checkpoint), checkpoint.signer)
                .arg(checkpoint.eventId);
        const auto hash = store.eventHash(checkpoint.eventId);
        if (!hash)
            return hash.error();
        if (hash.value() != checkpoint.eventHash)
            return tr("the trail was rewritten: event #%1 is no longer the event %2 (signed %3 by %4) "
                      "vouches "
                      "for")
                .arg(checkpoint.eventId)
                .arg(name, stamp(checkpoint), checkpoint.signer);
        if (checkpoint.eventCount != checkpoint.eventId)
            return tr("%1 counted %2 events up to event #%3")
                .arg(name)
                .arg(checkpoint.eventCount)
                .arg(checkpoint.eventId);
        return QString();
    };

    qint64 expectedId = 1;
    QString cut; // the truncation the newest-reaching checkpoint shows, reported once
    for (const AuditCheckpoint &checkpoint : checkpoints.value()) {
        const QString name = tr("checkpoint #%1").arg(checkpoint.id);
        if (checkpoint.id != expectedId)
            report.problems.append(tr("checkpoints #%1 to #%2 are missing: checkpoints were deleted")
                                       .arg(expectedId)
                                       .arg(checkpoint.id - 1));
        expectedId = checkpoint.id + 1;
        if (!AuditSigningKey::verify(checkpoint.publicKey, checkpoint.signedBytes(), checkpoint.signature)) {
            report.problems.append(
                tr("%1 does not carry a valid signature: the checkpoints were altered").arg(name));
            continue;
        }
        if (!isRegistered(checkpoint))
            report.problems.append(
                tr("%1 is signed with a key (%2) the trail never registered for %3 before event #%4")
                    .arg(name, AuditSigningKey::fingerprint(checkpoint.publicKey), checkpoint.signer)
                    .arg(checkpoint.eventId));
        const auto problem = coverage(checkpoint, name);
        if (!problem)
            return problem.error();
        if (checkpoint.eventId > report.lastEventId)
            cut = problem.value();
        else if (!problem.value().isEmpty())
            report.problems.append(problem.value());
    }
    if (!cut.isEmpty())
        report.problems.prepend(cut);
    if (checkpoints.value().isEmpty() && !registered.value().isEmpty())
        report.problems.append(tr("the trail registers signing keys but holds no checkpoint: the checkpoints "
                                  "were deleted"));
    if (own.mustSignNewest && own.key && report.newest && report.newest->publicKey != own.key->publicKey())
        report.problems.append(
            tr("the newest checkpoint #%1 is signed with %2, not with this database's audit "
               "key %3 (%4): the checkpoints were re-signed")
                .arg(report.newest->id)
                .arg(AuditSigningKey::fingerprint(report.newest->publicKey),
                     AuditSigningKey::fingerprint(own.key->publicKey()), own.where));

    for (const Anchor &anchor : anchors) {
        const AuditCheckpoint &kept = anchor.checkpoint;
        if (kept.databaseId != databaseId.value()) {
            report.problems.append(tr("%1 belongs to another database (%2, this one is %3)")
                                       .arg(anchor.label, kept.databaseId, databaseId.value()));
            continue;
        }
        if (!AuditSigningKey::verify(kept.publicKey, kept.signedBytes(), kept.signature)) {
            report.problems.append(
                tr("%1 does not carry a valid signature: it was altered").arg(anchor.label));
            continue;
        }
        const auto stored = std::find_if(checkpoints.value().cbegin(), checkpoints.value().cend(),
                                         [&](const AuditCheckpoint &c) { return c.id == kept.id; });
        if (stored == checkpoints.value().cend())
            report.problems.append(tr("%1 (#%2) is missing from the database: checkpoints were deleted")
                                       .arg(anchor.label)
                                       .arg(kept.id));
        else if (stored->signature != kept.signature)
            report.problems.append(
                tr("%1 (#%2) was replaced in the database").arg(anchor.label).arg(kept.id));
        if (!isRegistered(kept))
            report.problems.append(
                tr("%1 is signed with a key (%2) the trail does not register for %3")
                    .arg(anchor.label, AuditSigningKey::fingerprint(kept.publicKey), kept.signer));
        const auto problem = coverage(kept, anchor.label);
        if (!problem)
            return problem.error();
        if (!problem.value().isEmpty())
            report.problems.append(problem.value());
    }
    return report;
}
