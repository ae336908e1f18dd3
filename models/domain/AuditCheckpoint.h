#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A signed statement about the head of the audit trail: "in database D, at time T, signer S saw the trail end
// at event N whose hash is H, N events in all". The signature (Ed25519) covers signedBytes(), so a
// checkpoint cannot be moved to another database, another event or another signer. An intact chain up to N
// that still ends in H is then vouched for by whoever holds the signing key; a trail that ends before N has
// been cut, and one whose event N no longer hashes to H has been rewritten.
struct AuditCheckpoint
{
    qint64 id = 0; // 1, 2, 3 … with no gap
    QDateTime at;
    QString databaseId;   // settings.database_id of the database it was made in
    QString signer;       // who wrote it: the OS user (local mode) or the database login (team mode)
    qint64 eventId = 0;   // the head of the trail it covers
    QByteArray eventHash; // that event's hash (hex)
    qint64 eventCount = 0;
    QByteArray publicKey; // raw Ed25519 public key (32 bytes)
    QByteArray signature; // raw Ed25519 signature (64 bytes) over signedBytes()

    // The exact bytes that are signed: a versioned, length-prefixed serialisation of every field above
    // except id, publicKey and signature.
    QByteArray signedBytes() const;
};

// What an "audit.key.registered" event records: the public key a signer's checkpoints are checked with.
struct AuditSigningKeyRecord
{
    qint64 eventId = 0;
    QString signer;
    QByteArray publicKey;
};
