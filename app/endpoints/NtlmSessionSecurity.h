#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <memory>

class Rc4;

// NTLM session security with extended session security (MS-NLMP 3.4.3, 3.4.4.2): RC4 sealing and HMAC-MD5
// signatures, one signing key, one sealing handle and one sequence number per direction, from the exported
// session key. Either side: the client seals with the client-to-server keys and unseals with the
// server-to-client ones, the server the other way round (tests use the server side as the client's peer).
//
// A message that fails its check breaks the context (the RC4 keystream has moved on): every later unseal
// fails.
class NtlmSessionSecurity
{
    Q_DECLARE_TR_FUNCTIONS(NtlmSessionSecurity)

public:
    enum class Side
    {
        Client,
        Server
    };
    static constexpr qsizetype SignatureSize = 16;

    NtlmSessionSecurity(Side side, const QByteArray &exportedSessionKey, std::uint32_t negotiateFlags);
    ~NtlmSessionSecurity();
    NtlmSessionSecurity(const NtlmSessionSecurity &) = delete;
    NtlmSessionSecurity &operator=(const NtlmSessionSecurity &) = delete;

    // The 16-byte NTLMSSP_MESSAGE_SIGNATURE followed by the sealed message.
    QByteArray seal(const QByteArray &message);
    // Decrypts and checks the peer's signature (version, checksum, sequence number).
    Result<QByteArray> unseal(const QByteArray &signature, const QByteArray &sealedMessage);

private:
    QByteArray m_sendSigningKey;
    QByteArray m_receiveSigningKey;
    std::unique_ptr<Rc4> m_sendHandle;
    std::unique_ptr<Rc4> m_receiveHandle;
    std::uint32_t m_sendSequence = 0;
    std::uint32_t m_receiveSequence = 0;
    bool m_keyExchange = false;
    bool m_broken = false;
};
