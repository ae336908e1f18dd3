#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

// An Ed25519 key that signs audit checkpoints, and the check of a signature, through OpenSSL's libcrypto
// (EVP; Debian's libssl3). No crypto of our own: the key is made from a 32-byte seed (random, or derived from
// a passphrase by PBKDF2, both OpenSSL's), and signing and checking are OpenSSL's Ed25519.
class AuditSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(AuditSigningKey)

public:
    static constexpr int SeedSize = 32;

    // A key from a 32-byte seed (RFC 8032's private key).
    static Result<AuditSigningKey> fromSeed(const QByteArray &seed);
    // 32 bytes from the system's CSPRNG (OpenSSL RAND_bytes).
    static Result<QByteArray> newSeed();
    // A seed derived from a passphrase: PBKDF2-HMAC-SHA256, `salt`, DerivationRounds rounds.
    static constexpr int DerivationRounds = 200'000;
    static Result<QByteArray> seedFromPassphrase(const QString &passphrase, const QByteArray &salt);

    QByteArray publicKey() const { return m_publicKey; } // raw, 32 bytes
    Result<QByteArray> sign(const QByteArray &message) const;

    // True when `signature` is `publicKey`'s Ed25519 signature of `message`.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    // How people compare keys: "SHA256:" and the unpadded base64 of the public key's SHA-256, as OpenSSH
    // shows host keys.
    static QString fingerprint(const QByteArray &publicKey);

private:
    struct Deleter
    {
        void operator()(void *key) const;
    };
    std::shared_ptr<void> m_key; // EVP_PKEY, shared: a key is immutable and copies are cheap
    QByteArray m_publicKey;
};
