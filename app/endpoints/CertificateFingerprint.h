#pragma once

#include "HostKeyVerifier.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

// A TLS server certificate's SHA-256 fingerprint as `openssl x509 -noout -fingerprint -sha256` prints it
// (`SHA256:` and 32 upper-case hex pairs joined by colons): how an asset pins a WinRM listener's certificate
// and how the trust store keeps it (HostKeyInfo::fingerprint with key type CertificateKeyType).
class CertificateFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFingerprint)

public:
    static constexpr const char *CertificateKeyType = HostKeyInfo::CertificateKeyType;

    // The canonical fingerprint of a certificate (over its DER encoding).
    static QString of(const QSslCertificate &certificate);
    // The canonical form of 32 digest bytes.
    static QString fromDigest(const QByteArray &sha256);
    // What a person typed or pasted: `SHA256:AB:CD:...`, `sha256=abcd...`, `AB:CD:...` or `abcd...`, any
    // case, with or without colons or spaces between the pairs. An Error says what is wrong (not hex, not 32
    // bytes, another digest's name).
    static Result<QString> parse(const QString &typed);
    // Subject, issuer and validity in one line, for messages that show an unknown certificate.
    static QString describe(const QSslCertificate &certificate);
};
