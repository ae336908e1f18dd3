#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class NtlmClient;

// A SOAP message sealed with NTLM in the MIME form WinRM uses over HTTP (MS-WSMV 2.2.9.1.1):
//
//   --Encrypted Boundary\r\n
//   \tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n
//   \tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=N\r\n
//   --Encrypted Boundary\r\n
//   \tContent-Type: application/octet-stream\r\n
//   <signature length, 4 bytes little-endian: 16><signature><sealed message>--Encrypted Boundary--\r\n
//
// sent with the Content-Type contentType(). Unwrapping is strict: anything but exactly this shape, a length
// that differs from the sealed part, or a signature that does not verify is an Error.
class WinRmEncryptedBody
{
    Q_DECLARE_TR_FUNCTIONS(WinRmEncryptedBody)

public:
    struct Parts
    {
        qsizetype originalLength = 0;
        QByteArray signature;
        QByteArray sealed;
    };

    // multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted";boundary="Encrypted Boundary"
    static QByteArray contentType();
    // Whether a response's Content-Type header announces such a body.
    static bool isEncrypted(const QByteArray &contentTypeHeader);

    // Seals `soap` with the client's session security and frames it. Empty when the client cannot seal.
    static QByteArray wrap(NtlmClient &client, const QByteArray &soap);
    // Parses and unseals a server's body.
    static Result<QByteArray> unwrap(NtlmClient &client, const QByteArray &body);

    // The framing alone, for the side that holds other session security (tests, the server double's peer).
    static QByteArray compose(qsizetype originalLength, const QByteArray &signature,
                              const QByteArray &sealed);
    static Result<Parts> parse(const QByteArray &body);
};
