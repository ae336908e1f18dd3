#pragma once

#include "domain/Result.h"
#include "domain/Ring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <chrono>

// When assets may be deployed, by their maintenance windows (WindowRepository: an asset's own windows, else
// its ring's; an asset with none may deploy at any time). An asset may start when one of its windows is open
// and stays open for the expected duration of its deployment: a step that would run past a window's end is
// not started.
class WindowSchedule
{
    Q_DECLARE_TR_FUNCTIONS(WindowSchedule)

public:
    WindowSchedule(QSqlDatabase db, QString actor, std::chrono::seconds expectedAssetDuration);

    // The first time some waiting asset may start, and the latest start that still fits that occurrence of
    // its window (a run found later has missed it).
    struct Opening
    {
        QDateTime start;
        QDateTime latestStart;
        bool isValid() const { return start.isValid(); }
    };

    struct Split
    {
        QStringList startable; // may start at `now`
        QStringList waiting;   // must wait for a window
        Opening next;          // invalid when none of `waiting` ever gets a window that fits
        // For each startable asset with windows: when the window it starts in closes (the latest, when more
        // than one is open). Nothing of the deployment may start after it (a reboot is deferred).
        QHash<QString, QDateTime> closes;
    };

    // Splits `assetNames` (in their order) by whether they may start at `now`.
    Result<Split> split(const QStringList &assetNames, const QDateTime &now) const;
    // The first time, `now` included, some of `assetNames` may start by its own windows (invalid when none
    // of them has a window, or none that a deployment fits in).
    Result<Opening> firstOpening(const QStringList &assetNames, const QDateTime &now) const;

private:
    // An asset's own windows, else its ring's.
    Result<QList<WindowAssignment>> windowsOf(const QString &assetName) const;
    // The first occurrence of `window` from `now` on (the open one included) that a deployment fits in.
    Opening firstFit(const MaintenanceWindow &window, const QDateTime &now) const;
    static void keepEarliest(Opening *kept, const Opening &candidate);

    QSqlDatabase m_db;
    QString m_actor;
    std::chrono::seconds m_expectedAssetDuration;
};
