#pragma once

#include "PatchPriority.h"

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

// Vendor severity where the platform states one (dnf/zypper advisories, MSRC); Unknown otherwise.
enum class PatchSeverity
{
    Unknown,
    Low,
    Moderate,
    Important,
    Critical
};

QString classificationToString(PatchClassification classification);
bool classificationFromString(const QString &text, PatchClassification *classification);
QString severityToString(PatchSeverity severity);
bool severityFromString(const QString &text, PatchSeverity *severity);

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

QList<PatchState> patchStates(); // every state, in the order above
QString patchStateToString(PatchState state);
bool patchStateFromString(const QString &text, PatchState *state);
QString patchStateDisplayName(PatchState state);          // translated, for people
QString patchStateDisplayName(const QString &storedText); // the stored text itself when it names no state

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
    QString state; // "missing" until deployed
    QDateTime detectedAt;
    PatchPriority priority; // filled by app/intel's PatchPrioritizer for missing patches
    QStringList findings;   // scanner findings this patch closes: "nessus 17797 on 443/tcp: <name>"
};
