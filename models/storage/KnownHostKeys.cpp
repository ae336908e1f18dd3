#include "KnownHostKeys.h"

#include "AuditLog.h"
#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

QString KnownHostKeys::subject(const QString &host, int port)
{
    return host + QLatin1Char(':') + QString::number(port);
}

Result<QList<KnownHostKey>> KnownHostKeys::forHost(const QString &host, int port) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT host, port, key_type, fingerprint_sha256, accepted_by, accepted_at "
                                 "FROM known_host_keys WHERE host = ? AND port = ? ORDER BY key_type"));
    query.addBindValue(host);
    query.addBindValue(port);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the known host keys"), query.lastError(), m_db);
    QList<KnownHostKey> keys;
    while (query.next()) {
        KnownHostKey key;
        SqlRow(query) >> key.host >> key.port >> key.keyType >> key.fingerprint >> key.acceptedBy >>
            key.acceptedAt;
        keys.append(key);
    }
    return keys;
}

Status KnownHostKeys::accept(const KnownHostKey &key, bool replace)
{
    if (key.host.isEmpty() || key.port <= 0 || key.keyType.isEmpty() ||
        !key.fingerprint.startsWith(QLatin1String("SHA256:")))
        return Error{tr("Refusing to store an incomplete host key for %1.").arg(subject(key.host, key.port))};
    return WriteTransaction::run(
        m_db, tr("Cannot store the host key"), [&] { return acceptLocked(key, replace); }, m_retry);
}

Status KnownHostKeys::acceptLocked(const KnownHostKey &key, bool replace)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT fingerprint_sha256 FROM known_host_keys "
                                 "WHERE host = ? AND port = ? AND key_type = ?"));
    query.addBindValue(key.host);
    query.addBindValue(key.port);
    query.addBindValue(key.keyType);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the known host keys"), query.lastError(), m_db);
    QString stored;
    if (query.next())
        stored = query.value(0).toString();
    query.finish();
    if (stored == key.fingerprint)
        return {}; // already trusted: nothing to change, nothing to audit
    if (!stored.isEmpty() && !replace)
        return Error{tr("%1 already has a different %2 key (%3).")
                         .arg(subject(key.host, key.port), key.keyType, stored),
                     tr("Pin the new fingerprint explicitly once you have verified it.")};

    QSqlQuery write(m_db);
    if (stored.isEmpty()) {
        write.prepare(QStringLiteral("INSERT INTO known_host_keys (host, port, key_type, fingerprint_sha256, "
                                     "accepted_by, accepted_at) VALUES (?, ?, ?, ?, ?, ?)"));
        write.addBindValue(key.host);
        write.addBindValue(key.port);
        write.addBindValue(key.keyType);
        write.addBindValue(key.fingerprint);
        write.addBindValue(m_actor);
        write.addBindValue(SqlTime::now());
    } else {
        write.prepare(QStringLiteral("UPDATE known_host_keys SET fingerprint_sha256 = ?, accepted_by = ?, "
                                     "accepted_at = ? WHERE host = ? AND port = ? AND key_type = ?"));
        write.addBindValue(key.fingerprint);
        write.addBindValue(m_actor);
        write.addBindValue(SqlTime::now());
        write.addBindValue(key.host);
        write.addBindValue(key.port);
        write.addBindValue(key.keyType);
    }
    if (!write.exec())
        return StorageError::from(tr("Cannot store the host key"), write.lastError(), m_db);

    const QString details =
        stored.isEmpty() ? QStringLiteral("%1 %2").arg(key.keyType, key.fingerprint)
                         : QStringLiteral("%1 %2 (replaces %3)").arg(key.keyType, key.fingerprint, stored);
    return AuditLog(m_db, m_retry)
        .append(m_actor, QStringLiteral("hostkey.accepted"), subject(key.host, key.port), details);
}

Status KnownHostKeys::recordRejection(const QString &host, int port, const QString &offered,
                                      const QString &reason)
{
    return AuditLog(m_db, m_retry)
        .append(m_actor, QStringLiteral("hostkey.rejected"), subject(host, port),
                offered + QStringLiteral(": ") + reason);
}
