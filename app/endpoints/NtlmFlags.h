#pragma once

#include <cstdint>

// NTLMSSP negotiate flags (MS-NLMP 2.2.2.5) and AV pair IDs (2.2.2.1) that the client uses or checks.
namespace NtlmFlags {

constexpr std::uint32_t NegotiateUnicode = 0x00000001;
constexpr std::uint32_t NegotiateOem = 0x00000002;
constexpr std::uint32_t RequestTarget = 0x00000004;
constexpr std::uint32_t NegotiateSign = 0x00000010;
constexpr std::uint32_t NegotiateSeal = 0x00000020;
constexpr std::uint32_t NegotiateLmKey = 0x00000080;
constexpr std::uint32_t NegotiateNtlm = 0x00000200;
constexpr std::uint32_t NegotiateAlwaysSign = 0x00008000;
constexpr std::uint32_t NegotiateExtendedSessionSecurity = 0x00080000;
constexpr std::uint32_t NegotiateTargetInfo = 0x00800000;
constexpr std::uint32_t NegotiateVersion = 0x02000000;
constexpr std::uint32_t Negotiate128 = 0x20000000;
constexpr std::uint32_t NegotiateKeyExchange = 0x40000000;
constexpr std::uint32_t Negotiate56 = 0x80000000;

// What this client asks for in its NEGOTIATE message.
constexpr std::uint32_t ClientFlags = NegotiateUnicode | RequestTarget | NegotiateNtlm | NegotiateAlwaysSign |
                                      NegotiateExtendedSessionSecurity | NegotiateTargetInfo |
                                      NegotiateVersion | Negotiate128 | NegotiateKeyExchange | NegotiateSign |
                                      NegotiateSeal | Negotiate56;

} // namespace NtlmFlags

namespace NtlmAvId {

constexpr std::uint16_t Eol = 0x0000;
constexpr std::uint16_t NbComputerName = 0x0001;
constexpr std::uint16_t NbDomainName = 0x0002;
constexpr std::uint16_t DnsComputerName = 0x0003;
constexpr std::uint16_t DnsDomainName = 0x0004;
constexpr std::uint16_t Flags = 0x0006;
constexpr std::uint16_t Timestamp = 0x0007;
constexpr std::uint16_t TargetName = 0x0009;
constexpr std::uint16_t ChannelBindings = 0x000a;

constexpr std::uint32_t FlagMicPresent = 0x00000002;

} // namespace NtlmAvId
