#include "NtlmCrypto.h"

#include "NtlmFlags.h"
#include "Rc4.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace {

QByteArray littleEndian64(std::uint64_t value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToLittleEndian<quint64>(value, out.data());
    return out;
}

} // namespace

namespace NtlmCrypto {

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

QByteArray hmacMd5(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Md5);
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        out.append(static_cast<char>(unit & 0xff));
        out.append(static_cast<char>(unit >> 8));
    }
    return out;
}

QByteArray ntowfV2(const QString &password, const QString &user, const QString &domain)
{
    QByteArray passwordBytes = utf16le(password);
    QByteArray ntHash = QCryptographicHash::hash(passwordBytes, QCryptographicHash::Md4);
    const QByteArray key = hmacMd5(ntHash, utf16le(user.toUpper() + domain));
    wipe(passwordBytes);
    wipe(ntHash);
    return key;
}

QByteArray clientChallengeBlob(std::uint64_t fileTime, const QByteArray &clientChallenge,
                               const QByteArray &avPairs)
{
    QByteArray blob;
    blob.reserve(28 + avPairs.size() + 4);
    blob.append('\x01');  // RespType
    blob.append('\x01');  // HiRespType
    blob.append(6, '\0'); // Reserved1, Reserved2
    blob.append(littleEndian64(fileTime));
    blob.append(clientChallenge);
    blob.append(4, '\0'); // Reserved3
    blob.append(avPairs);
    blob.append(4, '\0');
    return blob;
}

QByteArray ntProofStr(const QByteArray &responseKeyNt, const QByteArray &serverChallenge,
                      const QByteArray &clientChallengeBlob)
{
    return hmacMd5(responseKeyNt, serverChallenge + clientChallengeBlob);
}

QByteArray sessionBaseKey(const QByteArray &responseKeyNt, const QByteArray &ntProofStr)
{
    return hmacMd5(responseKeyNt, ntProofStr);
}

QByteArray lmV2Response(const QByteArray &responseKeyLm, const QByteArray &serverChallenge,
                        const QByteArray &clientChallenge)
{
    return hmacMd5(responseKeyLm, serverChallenge + clientChallenge) + clientChallenge;
}

QByteArray encryptedSessionKey(const QByteArray &keyExchangeKey, const QByteArray &exportedSessionKey)
{
    return Rc4::once(keyExchangeKey, exportedSessionKey);
}

QByteArray signingKey(const QByteArray &exportedSessionKey, Direction direction)
{
    // the magic constants include their terminating NUL (3.4.5.2)
    static const QByteArray clientMagic("session key to client-to-server signing key magic constant", 59);
    static const QByteArray serverMagic("session key to server-to-client signing key magic constant", 59);
    return md5(exportedSessionKey + (direction == Direction::ClientToServer ? clientMagic : serverMagic));
}

QByteArray sealingKey(const QByteArray &exportedSessionKey, std::uint32_t negotiateFlags, Direction direction)
{
    static const QByteArray clientMagic("session key to client-to-server sealing key magic constant", 59);
    static const QByteArray serverMagic("session key to server-to-client sealing key magic constant", 59);
    QByteArray key = exportedSessionKey;
    if (!(negotiateFlags & NtlmFlags::Negotiate128)) // with 128 all 16 bytes
        key.truncate((negotiateFlags & NtlmFlags::Negotiate56) ? 7 : 5);
    const QByteArray sealKey =
        md5(key + (direction == Direction::ClientToServer ? clientMagic : serverMagic));
    wipe(key);
    return sealKey;
}

void wipe(QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    volatile char *bytes = secret.data(); // data() detaches a shared copy first
    for (qsizetype n = 0; n < secret.size(); ++n)
        bytes[n] = 0;
    secret.clear();
}

void wipe(QString &secret)
{
    if (secret.isEmpty())
        return;
    volatile char16_t *units = reinterpret_cast<char16_t *>(secret.data());
    for (qsizetype n = 0; n < secret.size(); ++n)
        units[n] = 0;
    secret.clear();
}

std::uint64_t fileTimeNow()
{
    // 11644473600 seconds lie between 1601-01-01 and 1970-01-01
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return (static_cast<std::uint64_t>(ms) + 11644473600000ULL) * 10000ULL;
}

} // namespace NtlmCrypto
