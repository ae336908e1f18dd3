#pragma once

#include "MaintenanceWindow.h"
#include "StoredWords.h"

#include <QDateTime>
#include <QString>

// A ring's settings (table `rings`, schema 7). A staged run deploys ring after ring in `position` order; the
// assets that name a ring (Asset::ring) are deployed together, `parallelism` at a time. The ring's gate says
// whether the run may go on to the next ring: at least `minSuccessPercent` of the ring's assets succeeded,
// none failed its verification when `haltOnFailedVerification`, and `soakMinutes` have passed since the
// ring finished. A ring assets name but nobody configured yet has the defaults below (configured false) and
// comes after the configured ones. The run engine applies the gate; RingRepository stores it.
struct RingSettings
{
    static constexpr int DefaultMinSuccessPercent = 100;
    static constexpr int DefaultParallelism = 4;
    static constexpr int MaxSoakMinutes = 7 * 24 * 60; // a week
    static constexpr int MaxParallelism = 64;

    QString name;
    int position = 0; // 1 = deployed first; in RingRepository::set(), 0 keeps a ring where it is
    int minSuccessPercent = DefaultMinSuccessPercent;
    bool haltOnFailedVerification = true;
    int soakMinutes = 0;
    int parallelism = DefaultParallelism;
    QString updatedBy;       // empty for a ring not configured
    QDateTime updatedAt;     // invalid for a ring not configured
    bool configured = false; // false: only assets name it, and it has the defaults

    // Whether the gate and the parallelism are the same (name, position and who changed them aside).
    bool sameGateAs(const RingSettings &other) const
    {
        return minSuccessPercent == other.minSuccessPercent &&
               haltOnFailedVerification == other.haltOnFailedVerification &&
               soakMinutes == other.soakMinutes && parallelism == other.parallelism;
    }
    bool hasDefaultGate() const { return sameGateAs(RingSettings()); }
};

// What may name a ring, in an asset's ring field (AssetValidation) as in the ring settings (RingRepository):
// 1 to 64 letters, digits, dots, dashes, colons and underscores, starting with a letter or a digit. Ring
// names appear in commands, reports and file names, so nothing else is allowed.
namespace RingName {

constexpr int MaxLength = 64;
bool isValid(const QString &name);

} // namespace RingName

// Whom a maintenance window belongs to (column maintenance_windows.scope).
enum class WindowScope
{
    Ring,
    Asset
};

template<>
struct StoredWordsOf<WindowScope>
{
    static constexpr const char *context = "WindowScope";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("WindowScope", "\"%1\" is not a window scope: use ring or asset.");
    static constexpr StoredWord<WindowScope> words[] = {
        {WindowScope::Ring, "ring", QT_TRANSLATE_NOOP("WindowScope", "ring")},
        {WindowScope::Asset, "asset", QT_TRANSLATE_NOOP("WindowScope", "asset")},
    };
};

// One stored maintenance window (table `maintenance_windows`): when deployments to a ring's assets, or to one
// asset, may run. An asset's own windows replace its ring's (WindowRepository::windowsFor()).
struct WindowAssignment
{
    qint64 id = 0;
    WindowScope scope = WindowScope::Ring;
    QString target; // the ring's or the asset's name
    MaintenanceWindow window;
    QString createdBy;
    QDateTime createdAt;
};
