#pragma once

#include "PatchPriority.h"
#include "StoredWords.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Why an update is offered. Security updates come from a security origin or advisory.
enum class PatchClassification
{
    Security,
    Bugfix,
    Enhancement,
    Other
};

template<>
struct StoredWordsOf<PatchClassification>
{
    static constexpr const char *context = "PatchClassification";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("PatchClassification", "\"%1\" is not a patch classification this version knows.");
    static constexpr StoredWord<PatchClassification> words[] = {
        {PatchClassification::Security, "security", QT_TRANSLATE_NOOP("PatchClassification", "security")},
        {PatchClassification::Bugfix, "bugfix", QT_TRANSLATE_NOOP("PatchClassification", "bugfix")},
        {PatchClassification::Enhancement, "enhancement",
         QT_TRANSLATE_NOOP("PatchClassification", "enhancement")},
        {PatchClassification::Other, "other", QT_TRANSLATE_NOOP("PatchClassification", "other")},
    };
};

// Vendor severity where the platform states one (dnf/zypper advisories, MSRC); Unknown otherwise.
enum class PatchSeverity
{
    Unknown,
    Low,
    Moderate,
    Important,
    Critical
};

template<>
struct StoredWordsOf<PatchSeverity>
{
    static constexpr const char *context = "PatchSeverity";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("PatchSeverity", "\"%1\" is not a patch severity this version knows.");
    static constexpr StoredWord<PatchSeverity> words[] = {
        {PatchSeverity::Unknown, "unknown", QT_TRANSLATE_NOOP("PatchSeverity", "unknown")},
        {PatchSeverity::Low, "low", QT_TRANSLATE_NOOP("PatchSeverity", "low")},
        {PatchSeverity::Moderate, "moderate", QT_TRANSLATE_NOOP("PatchSeverity", "moderate")},
        {PatchSeverity::Important, "important", QT_TRANSLATE_NOOP("PatchSeverity", "important")},
        {PatchSeverity::Critical, "critical", QT_TRANSLATE_NOOP("PatchSeverity", "critical")},
    };
};

// Where a detected patch stands on its asset: missing until a scan finds the offered version installed
// (Installed), a newer update offered instead (Superseded), or the package gone or changed otherwise
// (Resolved). Stored as its text ("missing", "installed", "superseded", "resolved") in asset_patches.state.
enum class PatchState
{
    Missing,
    Installed,
    Superseded,
    Resolved
};

template<>
struct StoredWordsOf<PatchState>
{
    static constexpr const char *context = "PatchState";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("PatchState", "\"%1\" is not a patch state this version knows.");
    static constexpr StoredWord<PatchState> words[] = {
        {PatchState::Missing, "missing", QT_TRANSLATE_NOOP("PatchState", "Missing")},
        {PatchState::Installed, "installed", QT_TRANSLATE_NOOP("PatchState", "Installed")},
        {PatchState::Superseded, "superseded", QT_TRANSLATE_NOOP("PatchState", "Superseded")},
        {PatchState::Resolved, "resolved", QT_TRANSLATE_NOOP("PatchState", "Resolved otherwise")},
    };
};

// An update available for one package on one asset.
struct PendingPatch
{
    QString package;
    QString architecture;
    QString installedVersion;
    QString availableVersion;
    QString origin; // repository / suite the candidate comes from, e.g. "Debian-Security:12/stable-security"
    QString advisory; // advisory id (DSA, RHSA, SUSE-SU, KB) where known
    PatchClassification classification = PatchClassification::Other;
    PatchSeverity severity = PatchSeverity::Unknown;
    QStringList cves;
};

// A pending patch as stored: joined with its asset and the time it was first seen.
struct AssetPatch
{
    qint64 id = 0;
    qint64 assetId = 0;
    QString assetName;
    PendingPatch patch;
    PatchState state = PatchState::Missing;
    QDateTime detectedAt;
    PatchPriority priority; // filled by app/intel's PatchPrioritizer for missing patches
    QStringList findings;   // scanner findings this patch closes: "nessus 17797 on 443/tcp: <name>"
};
