#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"
#include "storage/KnownHostKeys.h"

#include <QCoreApplication>

#include <optional>

// The host key an SSH server offered.
struct HostKeyInfo
{
    QString host;
    int port = 22;
    QString keyType;     // "ssh-ed25519" ...
    QString fingerprint; // "SHA256:..."

    QString text() const { return keyType + QLatin1Char(' ') + fingerprint; }
};

// What to do with a key the console has never seen for that host.
enum class HostKeyPolicy
{
    Ask,      // refuse with "host-key-unknown"; the admin accepts it (dialog or `asset trust`) and retries
    AcceptNew // store it and go on (CLI --accept-new-host-keys); a changed key is still refused
};

// Decides whether an offered host key is trusted. Error codes: UnknownCode, ChangedCode.
class HostKeyVerifier
{
public:
    static constexpr const char *UnknownCode = "host-key-unknown";
    static constexpr const char *ChangedCode = "host-key-changed";

    virtual ~HostKeyVerifier() = default;
    virtual Status verify(const HostKeyInfo &offered) = 0;
    // Key types already trusted for host:port, so the session can ask the server for one of those first.
    virtual QStringList knownKeyTypes(const QString &host, int port) = 0;
};

// The pure decision against the keys stored for the offered host and port.
class HostKeyDecision
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyDecision)

public:
    enum class Verdict
    {
        Trusted,
        Unknown,
        Changed // another fingerprint is stored for this type, or only keys of other types are stored
    };
    struct Outcome
    {
        Verdict verdict = Verdict::Unknown;
        std::optional<KnownHostKey> stored; // the key it conflicts with, for Changed
    };
    static Outcome decide(const QList<KnownHostKey> &known, const HostKeyInfo &offered);

    // The errors shown for an unknown or a changed key; `assetName` goes into the hint's commands.
    static Error unknownError(const HostKeyInfo &offered, const QString &assetName);
    static Error changedError(const HostKeyInfo &offered, const KnownHostKey &stored,
                              const QString &assetName);
};

// Verifies against the console's known_host_keys table in the database, on the calling thread (it opens its
// own connection). Refusals of changed keys and (with AcceptNew) acceptances are audited.
class StoredHostKeyVerifier : public HostKeyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StoredHostKeyVerifier)

public:
    StoredHostKeyVerifier(DatabaseConfig database, HostKeyPolicy policy, QString assetName);
    Status verify(const HostKeyInfo &offered) override;
    QStringList knownKeyTypes(const QString &host, int port) override;

private:
    DatabaseConfig m_database;
    HostKeyPolicy m_policy;
    QString m_assetName;
};
