#include "NtlmSessionSecurity.h"

#include "NtlmCrypto.h"
#include "NtlmFlags.h"
#include "Rc4.h"

#include <QtEndian>

namespace {

QByteArray littleEndian32(std::uint32_t value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(value, out.data());
    return out;
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype n = 0; n < a.size(); ++n)
        difference |= static_cast<unsigned char>(a.at(n) ^ b.at(n));
    return difference == 0;
}

} // namespace

NtlmSessionSecurity::NtlmSessionSecurity(Side side, const QByteArray &exportedSessionKey,
                                         std::uint32_t negotiateFlags)
    : m_keyExchange(negotiateFlags & NtlmFlags::NegotiateKeyExchange)
{
    using NtlmCrypto::Direction;
    const Direction send = side == Side::Client ? Direction::ClientToServer : Direction::ServerToClient;
    const Direction receive = side == Side::Client ? Direction::ServerToClient : Direction::ClientToServer;
    m_sendSigningKey = NtlmCrypto::signingKey(exportedSessionKey, send);
    m_receiveSigningKey = NtlmCrypto::signingKey(exportedSessionKey, receive);
    QByteArray sendSealingKey = NtlmCrypto::sealingKey(exportedSessionKey, negotiateFlags, send);
    QByteArray receiveSealingKey = NtlmCrypto::sealingKey(exportedSessionKey, negotiateFlags, receive);
    m_sendHandle = std::make_unique<Rc4>(sendSealingKey);
    m_receiveHandle = std::make_unique<Rc4>(receiveSealingKey);
    NtlmCrypto::wipe(sendSealingKey);
    NtlmCrypto::wipe(receiveSealingKey);
}

NtlmSessionSecurity::~NtlmSessionSecurity()
{
    NtlmCrypto::wipe(m_sendSigningKey);
    NtlmCrypto::wipe(m_receiveSigningKey);
}

QByteArray NtlmSessionSecurity::seal(const QByteArray &message)
{
    const QByteArray sequence = littleEndian32(m_sendSequence++);
    const QByteArray sealed = m_sendHandle->process(message);
    QByteArray checksum = NtlmCrypto::hmacMd5(m_sendSigningKey, sequence + message).left(8);
    if (m_keyExchange)
        checksum = m_sendHandle->process(checksum);
    return littleEndian32(1) + checksum + sequence + sealed;
}

Result<QByteArray> NtlmSessionSecurity::unseal(const QByteArray &signature, const QByteArray &sealedMessage)
{
    const auto refused = [](const QString &what) {
        return Error{tr("The server's encrypted message was refused: %1.").arg(what),
                     tr("The message was altered on its way or the connection lost its place; the request "
                        "is sent again on a new connection."),
                     QStringLiteral("ntlm-bad-signature")};
    };
    if (m_broken)
        return refused(tr("an earlier message on this connection failed its check"));
    if (signature.size() != SignatureSize)
        return refused(tr("its signature is %1 bytes, not %2").arg(signature.size()).arg(SignatureSize));
    if (qFromLittleEndian<quint32>(signature.constData()) != 1)
        return refused(tr("its signature has an unknown version"));

    const QByteArray sequence = littleEndian32(m_receiveSequence);
    QByteArray message = m_receiveHandle->process(sealedMessage);
    QByteArray checksum = NtlmCrypto::hmacMd5(m_receiveSigningKey, sequence + message).left(8);
    if (m_keyExchange)
        checksum = m_receiveHandle->process(checksum);
    const bool checksumOk = equalInConstantTime(checksum, signature.mid(4, 8));
    const bool sequenceOk = signature.mid(12, 4) == sequence;
    if (!checksumOk || !sequenceOk) {
        m_broken = true;
        NtlmCrypto::wipe(message);
        return refused(checksumOk ? tr("its sequence number is wrong") : tr("its signature does not match"));
    }
    ++m_receiveSequence;
    return message;
}
