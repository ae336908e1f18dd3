#pragma once

#include "domain/Result.h"

#include <QStringList>

#include <functional>
#include <memory>

// The host key an SSH server offered, or the TLS certificate of a WinRM listener that no CA vouched for
// (key type CertificateKeyType): both are trusted the same way, by the fingerprint an admin accepted.
struct HostKeyInfo
{
    static constexpr const char *CertificateKeyType = "x509-certificate";

    QString host;
    int port = 22;
    QString keyType;     // "ssh-ed25519" ..., or CertificateKeyType
    QString fingerprint; // "SHA256:..." (SSH: unpadded base64; certificates: hex pairs joined by ':')
    QString details{};   // certificates: subject, issuer, validity, why no CA vouched for it

    bool isCertificate() const { return keyType == QLatin1String(CertificateKeyType); }
    QString text() const { return keyType + QLatin1Char(' ') + fingerprint; }
};

// What to do with a key the console has never seen for that host.
enum class HostKeyPolicy
{
    Ask,      // refuse with "host-key-unknown"; the admin accepts it (dialog or `asset trust`) and retries
    AcceptNew // store it and go on (CLI --accept-new-host-keys); a changed key is still refused
};

// Decides whether an offered host key is trusted. Error codes: UnknownCode, ChangedCode. The transport only
// asks; where trust is kept (the console's database: trust/StoredHostKeyVerifier) is decided above it.
class HostKeyVerifier
{
public:
    static constexpr const char *UnknownCode = "host-key-unknown";
    static constexpr const char *ChangedCode = "host-key-changed";

    virtual ~HostKeyVerifier() = default;
    virtual Status verify(const HostKeyInfo &offered) = 0;
    // Whether a key verified before (a kept session's: SshSessionCache) is still trusted now, without
    // recording or accepting anything: a kept session is reused only then, else a fresh connect decides.
    virtual bool stillTrusts(const HostKeyInfo &verified) { return static_cast<bool>(verify(verified)); }
    // Key types already trusted for host:port, so the session can ask the server for one of those first.
    virtual QStringList knownKeyTypes(const QString &host, int port) = 0;
};

// Makes the verifier of one asset's endpoint: `assetName` goes into the hints of its refusals, `policy` says
// what to do with a key never seen before. Called on the worker thread that opens the endpoint.
using HostKeyVerifierFactory =
    std::function<std::unique_ptr<HostKeyVerifier>(const QString &assetName, HostKeyPolicy policy)>;
