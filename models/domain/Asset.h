#pragma once

#include "ScanStatus.h"
#include "StoredWords.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// How the console reaches an asset. None: an inventory-only asset (e.g. created from a scanner report) that
// the console never logs into, scans or deploys to until an admin gives it a transport.
enum class Transport
{
    Local,
    Ssh,
    WinRm,
    None
};

template<>
struct StoredWordsOf<Transport>
{
    static constexpr const char *context = "Transport";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("Transport", "\"%1\" is not a transport this version knows.");
    static constexpr StoredWord<Transport> words[] = {
        {Transport::Local, "local", QT_TRANSLATE_NOOP("Transport", "local")},
        {Transport::Ssh, "ssh", QT_TRANSLATE_NOOP("Transport", "SSH")},
        {Transport::WinRm, "winrm", QT_TRANSLATE_NOOP("Transport", "WinRM")},
        {Transport::None, "none", QT_TRANSLATE_NOOP("Transport", "inventory only")},
    };
};

// How a WinRM asset's login is proven. NTLM is offered inside Negotiate by every Windows host; Basic only
// where an admin enabled it (and never over plain HTTP); Negotiate tries Kerberos with the console user's
// ticket; Certificate maps a client certificate to a local account.
enum class WinRmAuth
{
    Ntlm,
    Basic,
    Negotiate,
    Certificate
};

template<>
struct StoredWordsOf<WinRmAuth>
{
    static constexpr const char *context = "WinRmAuth";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("WinRmAuth", "\"%1\" is not a WinRM authentication this version knows.");
    static constexpr StoredWord<WinRmAuth> words[] = {
        {WinRmAuth::Ntlm, "ntlm", "NTLM" /* protocol names: never translated */},
        {WinRmAuth::Basic, "basic", "Basic"},
        {WinRmAuth::Negotiate, "negotiate", "Negotiate (Kerberos)"},
        {WinRmAuth::Certificate, "certificate", QT_TRANSLATE_NOOP("WinRmAuth", "client certificate")},
    };
};

// How the console talks to a WinRM asset. HTTPS (port 5986) unless the admin explicitly allowed plain HTTP
// (5985, then NTLM-sealed messages and never Basic). The listener's certificate is checked against the
// system CAs or `caFile`; a certificate neither validates is trusted only by its pinned SHA-256 fingerprint
// (the known-host-keys table, key type "x509-certificate"). Passwords live in the OS keychain only.
struct WinRmSettings
{
    WinRmAuth auth = WinRmAuth::Ntlm;
    bool allowHttp = false;
    QString caFile;                // PEM file of the CA that signed the listener's certificate
    QString clientCertificateFile; // PEM, for WinRmAuth::Certificate
    QString clientKeyFile;         // PEM, unencrypted, for WinRmAuth::Certificate

    bool operator==(const WinRmSettings &other) const
    {
        return auth == other.auth && allowHttp == other.allowHttp && caFile == other.caFile &&
               clientCertificateFile == other.clientCertificateFile && clientKeyFile == other.clientKeyFile;
    }
    bool operator!=(const WinRmSettings &other) const { return !(*this == other); }
};

// Business impact if the asset is compromised or down; drives priority and approvals.
enum class Criticality
{
    Low,
    Medium,
    High,
    Critical
};

template<>
struct StoredWordsOf<Criticality>
{
    static constexpr const char *context = "Criticality";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("Criticality", "\"%1\" is not a criticality this version knows.");
    static constexpr StoredWord<Criticality> words[] = {
        {Criticality::Low, "low", QT_TRANSLATE_NOOP("Criticality", "low")},
        {Criticality::Medium, "medium", QT_TRANSLATE_NOOP("Criticality", "medium")},
        {Criticality::High, "high", QT_TRANSLATE_NOOP("Criticality", "high")},
        {Criticality::Critical, "critical", QT_TRANSLATE_NOOP("Criticality", "critical")},
    };
};

// Where the asset sits relative to attackers; drives priority.
enum class Exposure
{
    Internet,
    Internal,
    Isolated
};

template<>
struct StoredWordsOf<Exposure>
{
    static constexpr const char *context = "Exposure";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("Exposure", "\"%1\" is not an exposure this version knows.");
    static constexpr StoredWord<Exposure> words[] = {
        {Exposure::Internet, "internet", QT_TRANSLATE_NOOP("Exposure", "internet")},
        {Exposure::Internal, "internal", QT_TRANSLATE_NOOP("Exposure", "internal")},
        {Exposure::Isolated, "isolated", QT_TRANSLATE_NOOP("Exposure", "isolated")},
    };
};

// Facts collected from an endpoint by a scan.
struct AssetFacts
{
    QString hostname;
    QString osId;         // os-release ID, e.g. "debian"
    QStringList osLike;   // os-release ID_LIKE, e.g. {"rhel", "centos", "fedora"} for Rocky Linux
    QString osName;       // os-release PRETTY_NAME, e.g. "Debian GNU/Linux 12 (bookworm)"
    QString osVersion;    // os-release VERSION_ID, e.g. "12"
    QString kernel;       // uname -r
    QString architecture; // uname -m
    qint64 uptimeSeconds = -1;
    bool rebootRequired = false;
    QStringList rebootRequiredBy; // packages named in /var/run/reboot-required.pkgs
    QString packageManager;       // "apt", "dnf", ...
};

// A machine the console keeps patched.
struct Asset
{
    qint64 id = 0;
    QString name;
    Transport transport = Transport::Local;
    QString address;
    int port = 0;
    QString user;
    QString identityFile; // SSH: private key file on the console's machine (not the key itself)
    WinRmSettings winrm;  // WinRM assets only
    Criticality criticality = Criticality::Medium;
    Exposure exposure = Exposure::Internal;
    QString ring;
    QStringList tags;
    QString owner;
    QDateTime createdAt;
    QDateTime lastScanAt; // invalid until the first successful scan
    QString lastScanError;
    std::optional<ScanStatus> lastScanStatus; // how the newest scan ended; none before the first attempt
    AssetFacts facts;
    int installedCount = 0;
    int pendingCount = 0;
    int securityPendingCount = 0;
};

// What scoring needs of an asset (RiskContext): 40 bytes where an Asset takes ~640, for 100,000 assets.
struct AssetRisk
{
    qint64 id = 0;
    QString name;
    Criticality criticality = Criticality::Medium;
    Exposure exposure = Exposure::Internal;
};
