#include "ReportProvenance.h"

#include "audit/AuditSigningKey.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

Result<ReportProvenance> ReportProvenance::read(Database &database)
{
    ReportProvenance provenance;
    provenance.generatedAt = QDateTime::currentDateTimeUtc();
    provenance.generatedBy = database.actor();
    provenance.database = database.config().describe();
    const AuditCheckpoints checkpoints(database.connection());
    const auto id = checkpoints.databaseId();
    if (!id)
        return id.error();
    provenance.databaseId = id.value();
    const auto newest = AuditLog(database.connection()).list(1);
    if (!newest)
        return newest.error();
    if (!newest.value().isEmpty()) {
        provenance.headEventId = newest.value().constFirst().id;
        provenance.headHash = newest.value().constFirst().hash;
    }
    const auto checkpoint = checkpoints.newest();
    if (!checkpoint)
        return checkpoint.error();
    provenance.checkpoint = checkpoint.value();
    if (provenance.checkpoint)
        provenance.checkpointKey = AuditSigningKey::fingerprint(provenance.checkpoint->publicKey);
    return provenance;
}

QString ReportProvenance::shortHead() const
{
    if (headEventId == 0)
        return tr("empty trail");
    return QStringLiteral("#%1 (%2…)").arg(headEventId).arg(QString::fromLatin1(headHash.left(16)));
}

QString ReportProvenance::checkpointText() const
{
    if (!checkpoint)
        return tr("No signed checkpoint yet: the trail is vouched for by its hash chain alone.");
    return tr("Checkpoint #%1, signed %2 by %3 with key %4, covers event #%5 (%6 events).")
        .arg(checkpoint->id)
        .arg(SqlTime::toValue(checkpoint->at).toString(), checkpoint->signer, checkpointKey)
        .arg(checkpoint->eventId)
        .arg(checkpoint->eventCount);
}
