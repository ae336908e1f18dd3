#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QSslCertificate;

// The TLS channel binding NTLM sends over HTTPS (Extended Protection for Authentication): RFC 5929's
// "tls-server-end-point", the hash of the server's certificate with the hash function of the certificate's
// signature algorithm, SHA-256 when that is MD5 or SHA-1. Qt does not expose a certificate's signature
// algorithm, so its OID is read from the DER (Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm,
// signature }) by a small bounds-checked walk.
class ChannelBinding
{
    Q_DECLARE_TR_FUNCTIONS(ChannelBinding)

public:
    // The hash to give NtlmClient. An Error for a certificate whose DER cannot be read or whose signature
    // algorithm has no hash RFC 5929 could name (e.g. Ed25519).
    static Result<QByteArray> tlsServerEndPoint(const QSslCertificate &certificate);
    static Result<QByteArray> tlsServerEndPoint(const QByteArray &certificateDer);

    // The signature algorithm's OID in dotted form ("1.2.840.113549.1.1.11"), for messages and tests.
    static Result<QString> signatureAlgorithmOid(const QByteArray &certificateDer);
};
