#pragma once

#include "endpoints/Command.h"

#include "domain/InstalledPackage.h"
#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>

// One package an endpoint should end up with at `version`: an upgrade when deploying, a downgrade when
// rolling back. `advisory` names the vendor advisory the version fixes, where the platform has one.
struct PackageChange
{
    QString package;
    QString architecture;
    QString version;
    QString advisory;
};

// A package manager family (apt, dnf, zypper, Windows Update): builds its safe commands and parses their
// output strictly into domain records. Parsing never guesses: unexpected output is an Error naming the line.
class PatchPlatform
{
public:
    virtual ~PatchPlatform() = default;

    virtual QString name() const = 0; // "apt", "dnf"

    virtual Command installedPackagesCommand() const = 0;
    virtual Result<QList<InstalledPackage>> parseInstalledPackages(const QByteArray &output) const = 0;

    // Pending updates from the metadata already on the endpoint (no refresh, no root needed).
    virtual Command pendingPatchesCommand() const = 0;
    // Exit codes that mean success for pendingPatchesCommand (dnf check-update exits 100 with updates).
    virtual bool isPendingExitCodeOk(int exitCode) const { return exitCode == 0; }
    virtual Result<QList<PendingPatch>> parsePendingPatches(const QByteArray &output) const = 0;

    // Refreshes the endpoint's package metadata from its repositories (needs root).
    virtual Command refreshCommand() const = 0;

    // Installs exactly these versions, non-interactively (needs root). Every name, version and advisory is
    // validated against the platform's grammar first: an invalid one is an Error, never part of a command.
    virtual Result<Command> installCommand(const QList<PackageChange> &changes) const = 0;

    // Returns to these earlier versions (needs root). An Error when the platform cannot roll back, saying
    // why, so the console can tell the change board before the change is approved.
    virtual Result<Command> rollbackCommand(const QList<PackageChange> &previous) const = 0;
};
