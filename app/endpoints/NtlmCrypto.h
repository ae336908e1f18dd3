#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

// The NTLMv2 computations of MS-NLMP 3.3.2 and section 6, each a pure function so the specification's test
// vectors (4.2.4) can check them one by one. MD4 and MD5 come from QCryptographicHash, HMAC-MD5 from
// QMessageAuthenticationCode; RC4 from Rc4 (see there why it is our own).
namespace NtlmCrypto {

QByteArray md5(const QByteArray &data);
QByteArray hmacMd5(const QByteArray &key, const QByteArray &data);

// UTF-16LE, the encoding of every NTLM string once NTLMSSP_NEGOTIATE_UNICODE is negotiated.
QByteArray utf16le(const QString &text);

// NTOWFv2: HMAC_MD5(MD4(UNICODE(password)), UNICODE(Uppercase(user) + domain)); also ResponseKeyLM.
QByteArray ntowfV2(const QString &password, const QString &user, const QString &domain);

// The NTLMv2_CLIENT_CHALLENGE ("temp" of 3.3.2): versions 1/1, Z(6), the FILETIME, the client challenge,
// Z(4), the AV pairs (which end with MsvAvEOL) and Z(4).
QByteArray clientChallengeBlob(std::uint64_t fileTime, const QByteArray &clientChallenge,
                               const QByteArray &avPairs);

// NTProofStr = HMAC_MD5(ResponseKeyNT, ServerChallenge + temp).
QByteArray ntProofStr(const QByteArray &responseKeyNt, const QByteArray &serverChallenge,
                      const QByteArray &clientChallengeBlob);

// SessionBaseKey = HMAC_MD5(ResponseKeyNT, NTProofStr); for NTLMv2 it is also the KeyExchangeKey.
QByteArray sessionBaseKey(const QByteArray &responseKeyNt, const QByteArray &ntProofStr);

// LMv2 response: HMAC_MD5(ResponseKeyLM, ServerChallenge + ClientChallenge) + ClientChallenge (24 bytes).
QByteArray lmV2Response(const QByteArray &responseKeyLm, const QByteArray &serverChallenge,
                        const QByteArray &clientChallenge);

// Key exchange (3.1.5.1.2): the exported session key RC4-encrypted with the KeyExchangeKey.
QByteArray encryptedSessionKey(const QByteArray &keyExchangeKey, const QByteArray &exportedSessionKey);

// SIGNKEY and SEALKEY (3.4.5.2, 3.4.5.3) with extended session security, for either direction.
enum class Direction
{
    ClientToServer,
    ServerToClient
};
QByteArray signingKey(const QByteArray &exportedSessionKey, Direction direction);
// `negotiateFlags` decides how much of the key is used: all of it with NTLMSSP_NEGOTIATE_128, 7 bytes with
// NTLMSSP_NEGOTIATE_56, else 5.
QByteArray sealingKey(const QByteArray &exportedSessionKey, std::uint32_t negotiateFlags,
                      Direction direction);

// Overwrites the bytes (best effort: a copy sharing the data detaches first and keeps its own).
void wipe(QByteArray &secret);
void wipe(QString &secret);

// The current time as a FILETIME: 100 ns ticks since 1601-01-01 UTC.
std::uint64_t fileTimeNow();

} // namespace NtlmCrypto
