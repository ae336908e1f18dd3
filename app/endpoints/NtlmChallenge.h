#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstdint>
#include <optional>

// One AV_PAIR of an NTLM target info (MS-NLMP 2.2.2.1).
struct NtlmAvPair
{
    std::uint16_t id = 0;
    QByteArray value;

    // The pairs followed by MsvAvEOL, as they travel.
    static QByteArray encode(const QList<NtlmAvPair> &pairs);
};

// A server's CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2), read from hostile bytes: every length and offset is checked
// against the message before it is used, payload fields must lie after the header and must not overlap, and
// the AV pair list must be well formed and end with MsvAvEOL. Only what an NTLMv2 client with extended
// session security can answer is accepted: a challenge without NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY,
// Unicode or a target info is an Error (that is an NTLMv1-only server, which this client refuses).
struct NtlmChallenge
{
    Q_DECLARE_TR_FUNCTIONS(NtlmChallenge)

public:
    static constexpr qsizetype MaximumSize = 64 * 1024;

    std::uint32_t flags = 0;
    QByteArray serverChallenge;             // 8 bytes
    QByteArray targetName;                  // UTF-16LE
    QList<NtlmAvPair> targetInfo;           // without the closing MsvAvEOL
    std::optional<std::uint64_t> timestamp; // MsvAvTimestamp, a FILETIME

    static Result<NtlmChallenge> parse(const QByteArray &message);
};
