#pragma once

#include "endpoints/Command.h"

#include "domain/InstalledPackage.h"
#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>

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
};
