#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

// The client side of NTLM (MS-NLMP): NTLMv2 only, with extended session security, key exchange, a message
// integrity code (MIC) and, over HTTPS, channel binding. WinRM servers offer NTLM inside `Negotiate`, which
// Qt's QAuthenticator answers only through GSSAPI with a Kerberos ticket; hence our own implementation (MD5,
// MD4 and HMAC-MD5 from QCryptographicHash/QMessageAuthenticationCode).
//
// One client per TCP connection: NTLM authenticates the connection, not the request.
struct NtlmCredentials
{
    QString domain; // may be empty (a local account)
    QString user;
    QString password;

    // "DOMAIN\user", "user@domain.example" or "user".
    static NtlmCredentials fromAccount(const QString &account, QString password);
};

class NtlmClient
{
public:
    // `channelBindingHash`: the RFC 5929 tls-server-end-point hash of the server's certificate (see
    // ChannelBinding), empty over plain HTTP.
    explicit NtlmClient(NtlmCredentials credentials, QByteArray channelBindingHash = {});
    ~NtlmClient(); // zeroes the password and every key
    NtlmClient(const NtlmClient &) = delete;
    NtlmClient &operator=(const NtlmClient &) = delete;

    // Optional, before authenticateMessage: names the service in the AUTHENTICATE message (MsvAvTargetName
    // "HTTP/<host>"), which servers with an SPN target name check hardening use.
    void setTargetHost(const QString &host);

    // Tests only (the MS-NLMP 4.2 examples, reproducible messages): replace the random client challenge
    // (8 bytes), the random exported session key (16 bytes) and the clock (used when the server sends no
    // MsvAvTimestamp). An empty field keeps the random value.
    struct FixedInputs
    {
        QByteArray clientChallenge;
        QByteArray exportedSessionKey;
        std::optional<quint64> fileTime;
    };
    void setFixedInputsForTest(FixedInputs inputs);

    // Message 1 (NEGOTIATE), raw NTLMSSP bytes; the caller base64-encodes it into `Authorization: Negotiate`.
    QByteArray negotiateMessage();
    // Message 3 (AUTHENTICATE) answering the server's message 2 (CHALLENGE). An Error for a malformed
    // challenge or one that offers only NTLMv1 / no extended session security.
    Result<QByteArray> authenticateMessage(const QByteArray &challengeMessage);

    // Session security after authenticateMessage succeeded (MS-NLMP 3.4.4, sealing with key exchange):
    // seal returns the 16-byte signature followed by the sealed message; unseal checks the server's signature
    // and sequence number and returns the plain message. Before that, or when the server did not agree to
    // sealing (NTLMSSP_NEGOTIATE_SEAL), seal returns an empty array and unseal an Error; canSeal() tells.
    bool isAuthenticated() const;
    bool canSeal() const;
    QByteArray seal(const QByteArray &message);
    Result<QByteArray> unseal(const QByteArray &signature, const QByteArray &sealedMessage);

private:
    struct State;
    std::unique_ptr<State> m_state; // keys and sequence numbers, kept out of the header
};
