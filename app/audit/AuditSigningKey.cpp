#include "AuditSigningKey.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace {

EVP_PKEY *evpKey(const std::shared_ptr<void> &key)
{
    return static_cast<EVP_PKEY *>(key.get());
}

struct DigestContext
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~DigestContext() { EVP_MD_CTX_free(context); }
    DigestContext() = default;
    DigestContext(const DigestContext &) = delete;
    DigestContext &operator=(const DigestContext &) = delete;
};

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

} // namespace

void AuditSigningKey::Deleter::operator()(void *key) const
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(key));
}

Result<AuditSigningKey> AuditSigningKey::fromSeed(const QByteArray &seed)
{
    if (seed.size() != SeedSize)
        return Error{tr("An audit signing key needs %1 bytes, not %2.").arg(SeedSize).arg(seed.size()), {}};
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(seed), seed.size());
    if (!key)
        return Error{tr("OpenSSL cannot make an Ed25519 key."), tr("Check the installed libssl3.")};
    AuditSigningKey result;
    result.m_key = std::shared_ptr<void>(key, Deleter());
    QByteArray publicKey(SeedSize, Qt::Uninitialized);
    size_t length = publicKey.size();
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(publicKey.data()), &length) != 1 ||
        length != size_t(SeedSize))
        return Error{tr("OpenSSL cannot read an Ed25519 public key."), tr("Check the installed libssl3.")};
    result.m_publicKey = publicKey;
    return result;
}

Result<QByteArray> AuditSigningKey::newSeed()
{
    QByteArray seed(SeedSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), seed.size()) != 1)
        return Error{tr("The system's random number generator did not answer."), {}};
    return seed;
}

Result<QByteArray> AuditSigningKey::seedFromPassphrase(const QString &passphrase, const QByteArray &salt)
{
    const QByteArray secret = passphrase.toUtf8();
    QByteArray seed(SeedSize, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), bytesOf(salt), int(salt.size()),
                          DerivationRounds, EVP_sha256(), seed.size(),
                          reinterpret_cast<unsigned char *>(seed.data())) != 1)
        return Error{tr("OpenSSL cannot derive a key from the passphrase."),
                     tr("Check the installed libssl3.")};
    return seed;
}

Result<QByteArray> AuditSigningKey::sign(const QByteArray &message) const
{
    DigestContext digest;
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = signature.size();
    if (!digest.context ||
        EVP_DigestSignInit(digest.context, nullptr, nullptr, nullptr, evpKey(m_key)) != 1 ||
        EVP_DigestSign(digest.context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytesOf(message), message.size()) != 1 ||
        length != 64)
        return Error{tr("OpenSSL cannot sign the audit checkpoint."), tr("Check the installed libssl3.")};
    return signature;
}

bool AuditSigningKey::verify(const QByteArray &publicKey, const QByteArray &message,
                             const QByteArray &signature)
{
    if (publicKey.size() != SeedSize || signature.size() != 64)
        return false;
    const std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY *)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytesOf(publicKey), publicKey.size()),
        EVP_PKEY_free);
    DigestContext digest;
    return key && digest.context &&
           EVP_DigestVerifyInit(digest.context, nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(digest.context, bytesOf(signature), signature.size(), bytesOf(message),
                            message.size()) == 1;
}

QString AuditSigningKey::fingerprint(const QByteArray &publicKey)
{
    QByteArray digest = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toBase64();
    while (digest.endsWith('='))
        digest.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest);
}
