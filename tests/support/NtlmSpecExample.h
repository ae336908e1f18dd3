#pragma once

// What the NtlmClient tests share: the MS-NLMP 4.2.4 NTLMv2 example's inputs and CHALLENGE message (bytes
// typed from the specification) and readers of the fields of an AUTHENTICATE message.

#include "endpoints/NtlmCrypto.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <cstdint>

namespace NtlmSpecExample {

inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

inline QByteArray utf16(const char *text)
{
    return NtlmCrypto::utf16le(QString::fromLatin1(text));
}

// MS-NLMP 4.2.1 and 4.2.4: the common values and the NTLMv2 example's challenge flags and AV pairs.
inline const QString SpecUser = QStringLiteral("User");
inline const QString SpecDomain = QStringLiteral("Domain");
inline const QString SpecPassword = QStringLiteral("Password");
inline const QByteArray SpecServerChallenge = hex("0123456789abcdef");
inline const QByteArray SpecClientChallenge = hex("aaaaaaaaaaaaaaaa");
inline const QByteArray SpecRandomSessionKey = hex("55555555555555555555555555555555");
constexpr std::uint32_t SpecChallengeFlags = 0xe28a8233; // "33 82 8a e2"
// AV pair 2 NetBIOS domain "Domain", AV pair 1 NetBIOS server "Server", MsvAvEOL
inline const QByteArray SpecAvPairs = hex("02000c0044006f006d00610069006e00"
                                          "01000c00530065007200760065007200"
                                          "00000000");

// 4.2.4.3: the CHALLENGE_MESSAGE of the example
inline const QByteArray SpecChallengeMessage = hex("4e544c4d53535000"
                                                   "02000000"
                                                   "0c000c00"
                                                   "38000000"
                                                   "33828ae2"
                                                   "0123456789abcdef"
                                                   "0000000000000000"
                                                   "24002400"
                                                   "44000000"
                                                   "060070170000000f"
                                                   "530065007200760065007200"
                                                   "02000c00"
                                                   "44006f006d00610069006e00"
                                                   "01000c00"
                                                   "530065007200760065007200"
                                                   "00000000");

inline quint16 u16At(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

inline quint32 u32At(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// A payload of an AUTHENTICATE message by the offset of its descriptor (12 LM, 20 NT, 28 domain, 36 user, 52
// key).
inline QByteArray field(const QByteArray &message, qsizetype descriptor)
{
    return message.mid(u32At(message, descriptor + 4), u16At(message, descriptor));
}

} // namespace NtlmSpecExample
