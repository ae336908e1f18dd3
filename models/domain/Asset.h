#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// How the console reaches an asset.
enum class Transport
{
    Local,
    Ssh,
    WinRm
};

// Business impact if the asset is compromised or down; drives priority and approvals.
enum class Criticality
{
    Low,
    Medium,
    High,
    Critical
};

// Where the asset sits relative to attackers; drives priority.
enum class Exposure
{
    Internet,
    Internal,
    Isolated
};

QString transportToString(Transport transport);
bool transportFromString(const QString &text, Transport *transport);
QString criticalityToString(Criticality criticality);
bool criticalityFromString(const QString &text, Criticality *criticality);
QString exposureToString(Exposure exposure);
bool exposureFromString(const QString &text, Exposure *exposure);

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
    Criticality criticality = Criticality::Medium;
    Exposure exposure = Exposure::Internal;
    QString ring;
    QStringList tags;
    QString owner;
    QDateTime createdAt;
    QDateTime lastScanAt; // invalid until the first successful scan
    QString lastScanError;
    AssetFacts facts;
    int installedCount = 0;
    int pendingCount = 0;
    int securityPendingCount = 0;
};
