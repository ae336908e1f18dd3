#pragma once

#include "StoredWords.h"

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
    };
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
