#include "NtlmClient.h"

#include "NtlmChallenge.h"
#include "NtlmCrypto.h"
#include "NtlmFlags.h"
#include "NtlmSessionSecurity.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtEndian>

namespace {

constexpr qsizetype AuthenticateHeaderSize = 88; // fields, flags, version and MIC
constexpr qsizetype MicOffset = 72;

// Windows 10 / NTLM revision 15; servers read the version for debugging only (MS-NLMP 2.2.2.10).
const QByteArray &clientVersion()
{
    static const QByteArray version("\x0a\x00\x00\x00\x00\x00\x00\x0f", 8);
    return version;
}

// From the operating system's cryptographically secure source.
QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes;
    char word[4];
    while (bytes.size() < count) {
        qToLittleEndian<quint32>(QRandomGenerator::system()->generate(), word);
        bytes.append(word, 4);
    }
    bytes.truncate(count);
    return bytes;
}

void putU16(QByteArray &bytes, qsizetype at, quint16 value)
{
    qToLittleEndian<quint16>(value, bytes.data() + at);
}

void putU32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian<quint32>(value, bytes.data() + at);
}

QByteArray u32Bytes(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    putU32(out, 0, value);
    return out;
}

// The gss_channel_bindings_struct of RFC 2744 with only application data, as Windows hashes it for
// MsvAvChannelBindings: no addresses, "tls-server-end-point:" + the certificate hash. All zero without a
// hash.
QByteArray channelBindingsAvValue(const QByteArray &tlsServerEndPointHash)
{
    if (tlsServerEndPointHash.isEmpty())
        return QByteArray(16, '\0');
    const QByteArray application = QByteArrayLiteral("tls-server-end-point:") + tlsServerEndPointHash;
    return NtlmCrypto::md5(QByteArray(16, '\0') + u32Bytes(static_cast<quint32>(application.size())) +
                           application);
}

Error usage(const QString &what)
{
    return Error{QCoreApplication::translate("NtlmClient", "NTLM was used out of order: %1.").arg(what),
                 QCoreApplication::translate("NtlmClient", "This is a bug in the WinRM transport."),
                 QStringLiteral("ntlm-usage")};
}

} // namespace

NtlmCredentials NtlmCredentials::fromAccount(const QString &account, QString password)
{
    NtlmCredentials credentials;
    credentials.password = std::move(password);
    const qsizetype backslash = account.indexOf(u'\\');
    if (backslash >= 0) {
        credentials.domain = account.left(backslash);
        credentials.user = account.mid(backslash + 1);
    } else {
        // a user principal name ("user@domain.example") travels whole in the user field with an empty domain,
        // as Windows' own client sends it
        credentials.user = account;
    }
    return credentials;
}

struct NtlmClient::State
{
    NtlmCredentials credentials;
    QByteArray channelBindingHash;
    QString targetHost;
    FixedInputs fixed;
    QByteArray negotiate;
    bool authenticated = false;
    bool failed = false;
    std::unique_ptr<NtlmSessionSecurity> security;

    ~State()
    {
        NtlmCrypto::wipe(credentials.password);
        NtlmCrypto::wipe(fixed.exportedSessionKey);
    }
};

NtlmClient::NtlmClient(NtlmCredentials credentials, QByteArray channelBindingHash)
    : m_state(std::make_unique<State>())
{
    m_state->credentials = std::move(credentials);
    m_state->channelBindingHash = std::move(channelBindingHash);
}

NtlmClient::~NtlmClient() = default;

void NtlmClient::setTargetHost(const QString &host)
{
    m_state->targetHost = host;
}

void NtlmClient::setFixedInputsForTest(FixedInputs inputs)
{
    m_state->fixed = std::move(inputs);
}

QByteArray NtlmClient::negotiateMessage()
{
    QByteArray message("NTLMSSP\0", 8);
    message.append(u32Bytes(1));
    message.append(u32Bytes(NtlmFlags::ClientFlags));
    // DomainNameFields and WorkstationFields: empty, at the end of the header (no OEM_*_SUPPLIED flags)
    QByteArray emptyField(8, '\0');
    putU32(emptyField, 4, 40);
    message.append(emptyField);
    message.append(emptyField);
    message.append(clientVersion());
    m_state->negotiate = message;
    return message;
}

Result<QByteArray> NtlmClient::authenticateMessage(const QByteArray &challengeMessage)
{
    State &state = *m_state;
    if (state.negotiate.isEmpty())
        return usage(
            QCoreApplication::translate("NtlmClient", "a challenge was answered before negotiating"));
    if (state.authenticated || state.failed)
        return usage(QCoreApplication::translate("NtlmClient", "a second challenge on the same connection"));
    auto parsed = NtlmChallenge::parse(challengeMessage);
    if (!parsed) {
        state.failed = true;
        return parsed.error();
    }
    const NtlmChallenge &challenge = parsed.value();
    const std::uint32_t flags = NtlmFlags::ClientFlags & challenge.flags;

    // The target info the client answers with (3.1.5.1.2): the server's pairs, then MsvAvFlags with the MIC
    // bit, the channel binding hash and optionally the target name, then MsvAvEOL.
    QList<NtlmAvPair> pairs;
    std::uint32_t avFlags = NtlmAvId::FlagMicPresent;
    for (const NtlmAvPair &pair : challenge.targetInfo) {
        if (pair.id == NtlmAvId::Flags)
            avFlags |= qFromLittleEndian<quint32>(pair.value.constData());
        else if (pair.id != NtlmAvId::ChannelBindings && pair.id != NtlmAvId::TargetName)
            pairs.append(pair);
    }
    pairs.append({NtlmAvId::Flags, u32Bytes(avFlags)});
    pairs.append({NtlmAvId::ChannelBindings, channelBindingsAvValue(state.channelBindingHash)});
    if (!state.targetHost.isEmpty())
        pairs.append({NtlmAvId::TargetName, NtlmCrypto::utf16le(QStringLiteral("HTTP/") + state.targetHost)});

    const QByteArray clientChallenge =
        state.fixed.clientChallenge.size() == 8 ? state.fixed.clientChallenge : randomBytes(8);
    const std::uint64_t fileTime = challenge.timestamp    ? *challenge.timestamp
                                   : state.fixed.fileTime ? *state.fixed.fileTime
                                                          : NtlmCrypto::fileTimeNow();

    const NtlmCredentials &credentials = state.credentials;
    QByteArray responseKey = NtlmCrypto::ntowfV2(credentials.password, credentials.user, credentials.domain);
    const QByteArray blob =
        NtlmCrypto::clientChallengeBlob(fileTime, clientChallenge, NtlmAvPair::encode(pairs));
    const QByteArray proof = NtlmCrypto::ntProofStr(responseKey, challenge.serverChallenge, blob);
    QByteArray keyExchangeKey = NtlmCrypto::sessionBaseKey(responseKey, proof);
    // with a server timestamp the LMv2 response is Z(24) (3.1.5.1.2): the MIC protects the exchange instead
    const QByteArray lmResponse =
        challenge.timestamp
            ? QByteArray(24, '\0')
            : NtlmCrypto::lmV2Response(responseKey, challenge.serverChallenge, clientChallenge);
    NtlmCrypto::wipe(responseKey);

    QByteArray exportedSessionKey;
    QByteArray encryptedSessionKey;
    if (flags & NtlmFlags::NegotiateKeyExchange) {
        exportedSessionKey =
            state.fixed.exportedSessionKey.size() == 16 ? state.fixed.exportedSessionKey : randomBytes(16);
        encryptedSessionKey = NtlmCrypto::encryptedSessionKey(keyExchangeKey, exportedSessionKey);
    } else {
        exportedSessionKey = keyExchangeKey;
    }
    NtlmCrypto::wipe(keyExchangeKey);

    // AUTHENTICATE_MESSAGE (2.2.1.3): header with the payload descriptors, then the payloads
    QByteArray message(AuthenticateHeaderSize, '\0');
    message.replace(0, 8, QByteArray("NTLMSSP\0", 8));
    putU32(message, 8, 3);
    const auto addPayload = [&message](qsizetype fieldAt, const QByteArray &payload) {
        putU16(message, fieldAt, static_cast<quint16>(payload.size()));
        putU16(message, fieldAt + 2, static_cast<quint16>(payload.size()));
        putU32(message, fieldAt + 4, static_cast<quint32>(message.size()));
        message.append(payload);
    };
    addPayload(28, NtlmCrypto::utf16le(credentials.domain));
    addPayload(36, NtlmCrypto::utf16le(credentials.user));
    addPayload(44, QByteArray()); // no workstation name: nothing about this machine is disclosed
    addPayload(12, lmResponse);
    addPayload(20, proof + blob);
    addPayload(52, encryptedSessionKey);
    putU32(message, 60, flags);
    message.replace(64, 8, clientVersion());
    const QByteArray mic =
        NtlmCrypto::hmacMd5(exportedSessionKey, state.negotiate + challengeMessage + message);
    message.replace(MicOffset, 16, mic);

    if ((flags & NtlmFlags::NegotiateSeal) && (flags & NtlmFlags::NegotiateSign))
        state.security = std::make_unique<NtlmSessionSecurity>(NtlmSessionSecurity::Side::Client,
                                                               exportedSessionKey, flags);
    NtlmCrypto::wipe(exportedSessionKey);
    state.authenticated = true;
    return message;
}

bool NtlmClient::isAuthenticated() const
{
    return m_state->authenticated;
}

bool NtlmClient::canSeal() const
{
    return m_state->security != nullptr;
}

QByteArray NtlmClient::seal(const QByteArray &message)
{
    return m_state->security ? m_state->security->seal(message) : QByteArray();
}

Result<QByteArray> NtlmClient::unseal(const QByteArray &signature, const QByteArray &sealedMessage)
{
    if (!m_state->security)
        return usage(
            QCoreApplication::translate("NtlmClient", "an encrypted message before sealing was agreed"));
    return m_state->security->unseal(signature, sealedMessage);
}
