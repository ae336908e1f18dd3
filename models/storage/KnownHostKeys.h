#pragma once

#include "domain/Result.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// An SSH host key the admin accepted for a host and port.
struct KnownHostKey
{
    QString host;
    int port = 22;
    QString keyType;     // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa" ...
    QString fingerprint; // "SHA256:" + unpadded base64, as OpenSSH prints it
    QString acceptedBy;
    QDateTime acceptedAt;
};

// The console's own known-hosts table (known_host_keys): the only writer of that table, and the only
// source of trust for SSH host keys (~/.ssh/known_hosts is never consulted). Every acceptance and every
// refused key is recorded in the audit trail.
class KnownHostKeys
{
    Q_DECLARE_TR_FUNCTIONS(KnownHostKeys)

public:
    // `retry`: how a write that finds the database busy is tried again (see WriteTransaction).
    KnownHostKeys(QSqlDatabase db, QString actor, BusyRetry retry = {})
        : m_db(std::move(db))
        , m_actor(std::move(actor))
        , m_retry(std::move(retry))
    {
    }

    // Every key accepted for host:port, any type.
    Result<QList<KnownHostKey>> forHost(const QString &host, int port) const;

    // Stores the key for its host, port and type, with the audit event "hostkey.accepted". A different key
    // already stored for that host, port and type is only replaced when `replace` is set (an admin pinned
    // the new fingerprint); otherwise it is an error and nothing changes. The key and its event are one
    // write transaction: both are stored or neither.
    Status accept(const KnownHostKey &key, bool replace = false);

    // Records in the audit trail ("hostkey.rejected") that host:port offered a key that was refused: an
    // error when the event could not be written, so a refusal is never left unrecorded silently.
    Status recordRejection(const QString &host, int port, const QString &offered, const QString &reason);

    static QString subject(const QString &host, int port);

private:
    Status acceptLocked(const KnownHostKey &key, bool replace);

    QSqlDatabase m_db;
    QString m_actor;
    BusyRetry m_retry;
};
