#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

// What a WinRM listener's certificate says about itself, for `asset trust` and the certificate dialog: shown
// to a person who decides whether to accept it (WinRmTransport::fetchCertificate).
struct TlsCertificateInfo
{
    QString host;
    int port = 0;
    QString fingerprint;          // canonical CertificateFingerprint, "SHA256:AB:..."
    QString subject;              // the subject's display name (its CN)
    QString issuer;               // the issuer's display name
    QDateTime notBefore;          // UTC
    QDateTime notAfter;           // UTC
    QStringList alternativeNames; // "DNS:name", "IP:address"
    bool verified = false;        // the chain verified against verifiedAgainst for the host name or IP
    QString verifiedAgainst;      // "the system's CAs" or the CA file
    QStringList problems;         // why it did not verify (Qt's texts), empty when verified
    QList<QSslCertificate> chain; // as the server sent it, the listener's certificate first
};
