#pragma once

#include "HostKeyVerifier.h"
#include "HttpConnection.h"
#include "WinRmTarget.h"

#include <QCoreApplication>
#include <QSslConfiguration>

// Whether the certificate a WinRM listener presents is trusted, in this order:
// 1. a fingerprint pinned on the asset: the certificate must have exactly it (then even a self-signed or
//    expired one is accepted, as with an SSH host key); another one is refused with both fingerprints;
// 2. it verifies against the asset's CA file (only that CA) or else the system's CAs, for the host name or
//    IP address connected to;
// 3. otherwise its SHA-256 fingerprint goes through the console's trust flow for host keys (HostKeyVerifier
//    with key type "x509-certificate"): accepted before, accepted now (AcceptNew), or refused as unknown
//    (HostKeyVerifier::UnknownCode, with the fingerprint, subject, issuer, validity and what failed, so the
//    console can show it) or changed (HostKeyVerifier::ChangedCode, with both fingerprints).
class TlsServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsServerTrust)

public:
    // The TLS configuration for a target: its CA file as the only CA (else the system's), and for
    // certificate authentication its client certificate and key (PEM).
    static Result<QSslConfiguration> configurationFor(const WinRmTarget &target);
    // The decision above on a handshake's chain and Qt's findings. `verifier` may be null (then only 1 and
    // 2).
    static Status check(const WinRmTarget &target, HostKeyVerifier *verifier,
                        const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    // check() bound to a target, for HttpConnection::Options::checkPeer; the verifier must outlive it.
    static HttpConnection::PeerCheck peerCheck(const WinRmTarget &target, HostKeyVerifier *verifier);
};
