#include "NtlmChallenge.h"

#include "NtlmFlags.h"

#include <QtEndian>

namespace {

constexpr qsizetype HeaderWithoutVersion = 48;
constexpr qsizetype HeaderWithVersion = 56;

std::uint16_t u16At(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

std::uint32_t u32At(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

struct Field
{
    std::uint32_t offset = 0;
    std::uint16_t length = 0;
};

// A payload field descriptor (Len, MaxLen, BufferOffset) at `at`, checked to lie inside the payload.
std::optional<Field> readField(const QByteArray &message, qsizetype at, qsizetype headerEnd)
{
    Field field;
    field.length = u16At(message, at);
    field.offset = u32At(message, at + 4);
    if (field.length == 0)
        return field;
    const std::uint64_t end = std::uint64_t(field.offset) + field.length;
    if (field.offset < std::uint64_t(headerEnd) || end > std::uint64_t(message.size()))
        return std::nullopt;
    return field;
}

bool overlap(const Field &a, const Field &b)
{
    if (a.length == 0 || b.length == 0)
        return false;
    const std::uint64_t aEnd = std::uint64_t(a.offset) + a.length;
    const std::uint64_t bEnd = std::uint64_t(b.offset) + b.length;
    return a.offset < bEnd && b.offset < aEnd;
}

} // namespace

QByteArray NtlmAvPair::encode(const QList<NtlmAvPair> &pairs)
{
    QByteArray out;
    char header[4];
    for (const NtlmAvPair &pair : pairs) {
        qToLittleEndian<quint16>(pair.id, header);
        qToLittleEndian<quint16>(static_cast<quint16>(pair.value.size()), header + 2);
        out.append(header, 4);
        out.append(pair.value);
    }
    out.append(4, '\0'); // MsvAvEOL
    return out;
}

Result<NtlmChallenge> NtlmChallenge::parse(const QByteArray &message)
{
    const auto malformed = [](const QString &what) {
        return Error{tr("The server's NTLM challenge is malformed: %1.").arg(what),
                     tr("The server or something between it and this console does not speak NTLM correctly; "
                        "try HTTPS with Basic authentication or Kerberos."),
                     QStringLiteral("ntlm-malformed-challenge")};
    };
    if (message.size() > MaximumSize)
        return malformed(tr("it is larger than %1 bytes").arg(MaximumSize));
    if (message.size() < HeaderWithoutVersion)
        return malformed(tr("it is only %1 bytes long").arg(message.size()));
    if (!message.startsWith(QByteArray("NTLMSSP\0", 8)))
        return malformed(tr("it does not start with the NTLMSSP signature"));
    if (u32At(message, 8) != 2)
        return malformed(tr("it is not a CHALLENGE_MESSAGE (type %1)").arg(u32At(message, 8)));

    NtlmChallenge challenge;
    challenge.flags = u32At(message, 20);
    challenge.serverChallenge = message.mid(24, 8);
    const qsizetype headerEnd =
        (challenge.flags & NtlmFlags::NegotiateVersion) ? HeaderWithVersion : HeaderWithoutVersion;
    if (message.size() < headerEnd)
        return malformed(tr("it announces a version field but ends before it"));

    const std::optional<Field> targetName = readField(message, 12, headerEnd);
    if (!targetName)
        return malformed(tr("the target name lies outside the message"));
    const std::optional<Field> targetInfo = readField(message, 40, headerEnd);
    if (!targetInfo)
        return malformed(tr("the target information lies outside the message"));
    if (overlap(*targetName, *targetInfo))
        return malformed(tr("the target name and the target information overlap"));

    const auto v1Only = [](const QString &what) {
        return Error{tr("The server offers only NTLMv1 (%1), which this console refuses.").arg(what),
                     tr("Set the Windows policy \"Network security: LAN Manager authentication level\" to "
                        "\"Send NTLMv2 response only. Refuse LM & NTLM\", or use Kerberos."),
                     QStringLiteral("ntlm-v1-only")};
    };
    if (!(challenge.flags & NtlmFlags::NegotiateUnicode))
        return v1Only(tr("no Unicode"));
    if (!(challenge.flags & NtlmFlags::NegotiateExtendedSessionSecurity))
        return v1Only(tr("no extended session security"));
    if (!(challenge.flags & NtlmFlags::NegotiateTargetInfo) || targetInfo->length == 0)
        return v1Only(tr("no target information"));

    challenge.targetName = message.mid(targetName->offset, targetName->length);
    const QByteArray info = message.mid(targetInfo->offset, targetInfo->length);
    qsizetype at = 0;
    bool ended = false;
    while (!ended) {
        if (at + 4 > info.size())
            return malformed(tr("the target information ends without MsvAvEOL"));
        NtlmAvPair pair;
        pair.id = u16At(info, at);
        const std::uint16_t length = u16At(info, at + 2);
        at += 4;
        if (length > info.size() - at)
            return malformed(tr("AV pair %1 is longer than the target information").arg(pair.id));
        pair.value = info.mid(at, length);
        at += length;
        switch (pair.id) {
        case NtlmAvId::Eol:
            if (length != 0)
                return malformed(tr("MsvAvEOL has a value"));
            ended = true;
            break;
        case NtlmAvId::Timestamp:
            if (length != 8)
                return malformed(tr("MsvAvTimestamp is %1 bytes, not 8").arg(length));
            if (challenge.timestamp)
                return malformed(tr("MsvAvTimestamp appears twice"));
            challenge.timestamp = qFromLittleEndian<quint64>(pair.value.constData());
            challenge.targetInfo.append(pair);
            break;
        case NtlmAvId::Flags:
            if (length != 4)
                return malformed(tr("MsvAvFlags is %1 bytes, not 4").arg(length));
            challenge.targetInfo.append(pair);
            break;
        default:
            challenge.targetInfo.append(pair);
            break;
        }
    }
    return challenge;
}
