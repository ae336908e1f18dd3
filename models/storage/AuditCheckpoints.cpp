#include "AuditCheckpoints.h"

#include "SettingsRepository.h"
#include "SqlDialect.h"
#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString selectColumns = QStringLiteral("SELECT id, at, signer, event_id, event_hash, event_count, "
                                             "public_key, signature FROM audit_checkpoints");
const QLatin1String registeredPrefix("ed25519:");

AuditCheckpoint checkpointFrom(const QSqlQuery &query)
{
    AuditCheckpoint checkpoint;
    QString eventHash;
    QString publicKey;
    QString signature;
    SqlRow(query) >> checkpoint.id >> checkpoint.at >> checkpoint.signer >> checkpoint.eventId >> eventHash >>
        checkpoint.eventCount >> publicKey >> signature;
    checkpoint.eventHash = eventHash.toLatin1();
    checkpoint.publicKey = QByteArray::fromHex(publicKey.toLatin1());
    checkpoint.signature = QByteArray::fromHex(signature.toLatin1());
    return checkpoint;
}

} // namespace

Result<QString> AuditCheckpoints::databaseId() const
{
    auto id = SettingsRepository(m_db).value(QStringLiteral("database_id"));
    if (id && id.value().isEmpty())
        return Error{tr("This database has no identity (settings.database_id is missing)."),
                     tr("Someone removed it; run `patchwright-cli audit verify` and restore the database "
                        "from a backup.")};
    return id;
}

Result<QList<AuditCheckpoint>> AuditCheckpoints::all() const
{
    const auto id = databaseId();
    if (!id)
        return id.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY id ASC")))
        return StorageError::from(tr("Cannot read the audit checkpoints"), query.lastError());
    QList<AuditCheckpoint> checkpoints;
    while (query.next()) {
        checkpoints.append(checkpointFrom(query));
        checkpoints.last().databaseId = id.value();
    }
    return checkpoints;
}

Result<bool> AuditCheckpoints::mayWrite() const
{
    if (!SqlDialect::isPostgres(m_db))
        return true;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege('audit_checkpoints', 'INSERT')")) ||
        !query.next())
        return StorageError::from(tr("Cannot read the audit checkpoints"), query.lastError());
    return query.value(0).toBool();
}

Result<std::optional<AuditCheckpoint>> AuditCheckpoints::newest() const
{
    const auto id = databaseId();
    if (!id)
        return id.error();
    QSqlQuery query(m_db);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY id DESC LIMIT 1")))
        return StorageError::from(tr("Cannot read the audit checkpoints"), query.lastError());
    if (!query.next())
        return std::optional<AuditCheckpoint>();
    AuditCheckpoint checkpoint = checkpointFrom(query);
    checkpoint.databaseId = id.value();
    return std::optional<AuditCheckpoint>(checkpoint);
}

Result<AuditCheckpoint> AuditCheckpoints::seal(const Verified &verified, const QString &signer,
                                               const QByteArray &publicKey, const Sign &sign)
{
    AuditCheckpoint sealed;
    const Status written = WriteTransaction::run(
        m_db, tr("Cannot write an audit checkpoint"),
        [&]() -> Status {
            if (SqlDialect::isPostgres(m_db)) {
                QSqlQuery lock(m_db);
                lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
                lock.addBindValue(AuditLog::AppendLockKey);
                if (!lock.exec())
                    return StorageError::from(tr("Cannot lock the audit trail"), lock.lastError());
            }
            return sealLocked(verified, signer, publicKey, sign, &sealed);
        },
        m_retry);
    if (!written)
        return written.error();
    return sealed;
}

Status AuditCheckpoints::sealLocked(const Verified &verified, const QString &signer,
                                    const QByteArray &publicKey, const Sign &sign, AuditCheckpoint *sealed)
{
    const auto rest = AuditLog(m_db).verifyFrom(verified.position);
    if (!rest)
        return rest.error();
    if (!rest.value().intact)
        return Error{tr("The audit trail is broken at event %1: %2. No checkpoint was written.")
                         .arg(rest.value().firstBrokenId)
                         .arg(rest.value().reason),
                     tr("Run `patchwright-cli audit verify` and restore the database from a backup."),
                     QString::fromLatin1(ChainBrokenCode)};
    const auto newestSoFar = newest();
    if (!newestSoFar)
        return newestSoFar.error();
    AuditCheckpoint checkpoint;
    checkpoint.id = newestSoFar.value() ? newestSoFar.value()->id + 1 : 1;
    checkpoint.at = SqlTime::fromValue(SqlTime::now());
    const auto id = databaseId();
    if (!id)
        return id.error();
    checkpoint.databaseId = id.value();
    checkpoint.signer = signer;
    checkpoint.eventId = rest.value().verified.id;
    checkpoint.eventHash = rest.value().verified.hash;
    checkpoint.eventCount = verified.count + rest.value().checked;
    checkpoint.publicKey = publicKey;
    if (const auto &last = newestSoFar.value(); last && last->eventId == checkpoint.eventId &&
                                                last->eventHash == checkpoint.eventHash &&
                                                last->publicKey == publicKey) {
        *sealed = *last; // nothing new to vouch for
        return {};
    }
    const auto signature = sign(checkpoint.signedBytes());
    if (!signature)
        return signature.error();
    checkpoint.signature = signature.value();

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit_checkpoints (id, at, signer, event_id, event_hash, "
                                  "event_count, public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(checkpoint.id);
    insert.addBindValue(SqlTime::toValue(checkpoint.at));
    insert.addBindValue(SqlText::bindable(checkpoint.signer));
    insert.addBindValue(checkpoint.eventId);
    insert.addBindValue(QString::fromLatin1(checkpoint.eventHash));
    insert.addBindValue(checkpoint.eventCount);
    insert.addBindValue(QString::fromLatin1(checkpoint.publicKey.toHex()));
    insert.addBindValue(QString::fromLatin1(checkpoint.signature.toHex()));
    if (!insert.exec())
        return StorageError::from(tr("Cannot write an audit checkpoint"), insert.lastError(), m_db);
    *sealed = checkpoint;
    return {};
}

QString AuditCheckpoints::registrationDetails(const QByteArray &publicKey)
{
    return registeredPrefix + QString::fromLatin1(publicKey.toHex());
}

QByteArray AuditCheckpoints::publicKeyFromDetails(const QString &details)
{
    if (!details.startsWith(registeredPrefix) || details.size() != registeredPrefix.size() + 64)
        return {};
    const QByteArray hex = details.mid(registeredPrefix.size()).toLatin1();
    const QByteArray key = QByteArray::fromHex(hex);
    return key.size() == 32 && key.toHex() == hex ? key : QByteArray();
}

Result<QList<AuditSigningKeyRecord>> AuditCheckpoints::registeredKeys() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, actor, details FROM audit_events WHERE action = ? ORDER BY id ASC"));
    query.addBindValue(QString::fromLatin1(RegisteredAction));
    if (!query.exec())
        return StorageError::from(tr("Cannot read the audit trail"), query.lastError());
    QList<AuditSigningKeyRecord> keys;
    while (query.next()) {
        AuditSigningKeyRecord record;
        QString details;
        SqlRow(query) >> record.eventId >> record.signer >> details;
        record.publicKey = publicKeyFromDetails(details);
        if (!record.publicKey.isEmpty())
            keys.append(record);
    }
    return keys;
}

Result<QByteArray> AuditCheckpoints::eventHash(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the audit trail"), query.lastError());
    return query.next() ? query.value(0).toString().toLatin1() : QByteArray();
}
