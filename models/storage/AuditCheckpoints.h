#pragma once

#include "AuditLog.h"
#include "WriteTransaction.h"

#include "domain/AuditCheckpoint.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// The signed checkpoints of the audit trail (table audit_checkpoints, append-only) and the signing keys the
// trail itself registers ("audit.key.registered" events). Storage only: signing and checking signatures is
// the engine's (app/audit), which hands seal() a function that signs.
class AuditCheckpoints
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoints)

public:
    static constexpr const char *RegisteredAction = "audit.key.registered";
    static constexpr const char *ChainBrokenCode = "audit-chain-broken";

    explicit AuditCheckpoints(QSqlDatabase db, BusyRetry retry = {})
        : m_db(std::move(db))
        , m_retry(std::move(retry))
    {
    }

    // The database's identity (settings.database_id, made by schema 5), signed into every checkpoint.
    Result<QString> databaseId() const;

    Result<QList<AuditCheckpoint>> all() const; // oldest first
    // False for a team-mode login without INSERT on the checkpoints (an auditor).
    Result<bool> mayWrite() const;
    Result<std::optional<AuditCheckpoint>> newest() const;

    // A verified position of the trail and the number of events up to it (as verification counted them).
    struct Verified
    {
        AuditLog::Position position;
        qint64 count = 0;
    };
    using Sign = std::function<Result<QByteArray>(const QByteArray &bytes)>;
    // Writes a checkpoint of the trail's current head. Inside one write transaction that holds the trail's
    // append lock (so no event slips in between), the events after `verified` are verified; when they are
    // intact, the head is signed with `sign` and stored. A broken chain is refused (ChainBrokenCode, nothing
    // written): a checkpoint never vouches for an edit. When nothing was appended since `verified` and the
    // newest checkpoint already covers it, that checkpoint is returned and nothing is written.
    Result<AuditCheckpoint> seal(const Verified &verified, const QString &signer, const QByteArray &publicKey,
                                 const Sign &sign);

    // The "audit.key.registered" events: who registered which public key, oldest first. Only events whose
    // details have the registered form count.
    Result<QList<AuditSigningKeyRecord>> registeredKeys() const;
    // What such an event's details say, and the public key back out of them (empty if not that form).
    static QString registrationDetails(const QByteArray &publicKey);
    static QByteArray publicKeyFromDetails(const QString &details);

    // The hash of event `id`; empty when there is no such event.
    Result<QByteArray> eventHash(qint64 id) const;

private:
    Status sealLocked(const Verified &verified, const QString &signer, const QByteArray &publicKey,
                      const Sign &sign, AuditCheckpoint *sealed);

    QSqlDatabase m_db;
    BusyRetry m_retry;
};
