#include "AuditSession.h"

#include "AuditKeySource.h"
#include "AuditSeal.h"
#include "CheckpointFile.h"

#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>

Result<AuditLog::Position> AuditSession::head(Database &database)
{
    const auto newest = AuditLog(database.connection()).list(1);
    if (!newest)
        return newest.error();
    if (newest.value().isEmpty())
        return AuditLog::Position();
    return AuditLog::Position{newest.value().constFirst().id, newest.value().constFirst().hash};
}

Result<std::optional<AuditCheckpoint>> AuditSession::seal(Database &database, const KeyStore &keyStore)
{
    const auto mayWrite = AuditCheckpoints(database.connection()).mayWrite();
    if (!mayWrite)
        return mayWrite.error();
    if (!mayWrite.value())
        return std::optional<AuditCheckpoint>(); // no key is made for a login that could never sign
    const auto key = AuditKeySource::forDatabase(database, keyStore, AuditKeySource::Missing::Create);
    if (!key)
        return key.error();
    const auto sealed = AuditSeal::seal(database, key.value().key);
    if (!sealed) {
        if (sealed.error().code == QLatin1String(StorageError::PermissionDeniedCode))
            return std::optional<AuditCheckpoint>();
        return sealed.error();
    }
    return std::optional<AuditCheckpoint>(sealed.value());
}

Result<std::optional<AuditCheckpoint>> AuditSession::sealIfUnsigned(Database &database,
                                                                    const KeyStore &keyStore)
{
    const auto now = head(database);
    if (!now)
        return now.error();
    const auto newest = AuditCheckpoints(database.connection()).newest();
    if (!newest)
        return newest.error();
    const bool covered = newest.value() ? newest.value()->eventId == now.value().id &&
                                              newest.value()->eventHash == now.value().hash
                                        : now.value().id == 0;
    if (covered)
        return std::optional<AuditCheckpoint>();
    return seal(database, keyStore);
}

Result<AuditSession::Verification> AuditSession::verify(Database &database, const KeyStore &keyStore,
                                                        const QString &checkpointFile)
{
    return verifyWith(database, ownKey(database, keyStore), checkpointFile);
}

bool AuditSession::ownKeyIsInTheKeychain(const Database &database)
{
    return database.config().isPostgres() ||
           database.config().connectOptions == QLatin1String("PW_KEY_KIND=raw");
}

AuditTrailCheck::OwnKey AuditSession::ownKey(const Database &database, const KeyStore &keyStore)
{
    AuditTrailCheck::OwnKey own;
    own.mustSignNewest = !database.config().isPostgres();
    const auto key = AuditKeySource::forDatabase(database, keyStore, AuditKeySource::Missing::Fail);
    if (key) {
        own.key = key.value().key;
        own.where = key.value().where;
    } else {
        own.where = key.error().message;
    }
    return own;
}

Result<AuditSession::Verification> AuditSession::verifyWith(Database &database,
                                                            const AuditTrailCheck::OwnKey &own,
                                                            const QString &checkpointFile)
{
    Verification verification;
    QList<AuditTrailCheck::Anchor> anchors;
    if (!checkpointFile.isEmpty()) {
        const auto kept = CheckpointFile::read(checkpointFile);
        if (!kept)
            return kept.error();
        anchors.append(
            {tr("the checkpoint in %1").arg(QDir::toNativeSeparators(checkpointFile)), kept.value()});
    }
    const auto databaseId = AuditCheckpoints(database.connection()).databaseId();
    if (!databaseId)
        return databaseId.error();
    const QString local = CheckpointFile::localPath(databaseId.value());
    if (QFileInfo::exists(local)) {
        const auto kept = CheckpointFile::read(local);
        if (!kept)
            return Error{tr("This console's copy of its newest audit checkpoint is damaged: %1")
                             .arg(kept.error().message),
                         tr("Compare it with an exported checkpoint; remove it to go on without it.")};
        anchors.append(
            {tr("the checkpoint this console wrote on %1").arg(kept.value().at.toUTC().toString(Qt::ISODate)),
             kept.value()});
        verification.localAnchor = local;
    }
    verification.ownKey = own.where;
    const auto report = AuditTrailCheck::run(database, own, anchors);
    if (!report)
        return report.error();
    verification.report = report.value();
    return verification;
}
