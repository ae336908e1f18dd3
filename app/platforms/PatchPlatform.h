#pragma once

#include "endpoints/Command.h"

#include "domain/Advisory.h"
#include "domain/InstalledPackage.h"
#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>

#include <chrono>

#include <optional>

// One package an endpoint should end up with at `version`: an upgrade when deploying, a downgrade when
// rolling back. `advisory` names the vendor advisory the version fixes, where the platform has one.
struct PackageChange
{
    QString package;
    QString architecture;
    QString version;
    QString advisory;
};

// What a platform's reboot check says. NotChecked when the endpoint lacks the tool (dnf without its
// needs-restarting plugin): the scan then keeps what the facts probe found, rather than guess.
enum class RebootHint
{
    NotRequired,
    Required,
    NotChecked
};

// A package manager family (apt, dnf, zypper, Windows Update): builds its safe commands and parses their
// output strictly into domain records. Parsing never guesses: unexpected output is an Error naming the line.
class PatchPlatform
{
public:
    virtual ~PatchPlatform() = default;

    virtual QString name() const = 0; // "apt", "dnf", "yum", "zypper"

    virtual Command installedPackagesCommand() const = 0;
    virtual Result<QList<InstalledPackage>> parseInstalledPackages(const QByteArray &output) const = 0;

    // Pending updates from the metadata already on the endpoint (no refresh, no root needed).
    virtual Command pendingPatchesCommand() const = 0;
    // Exit codes that mean success for pendingPatchesCommand (dnf check-update exits 100 with updates).
    virtual bool isPendingExitCodeOk(int exitCode) const { return exitCode == 0; }
    virtual Result<QList<PendingPatch>> parsePendingPatches(const QByteArray &output) const = 0;

    // Vendor advisories behind the pending updates, in up to two steps, all optional (apt has none here):
    // advisoriesCommand lists the advisories that apply; advisoryDetailsCommand, given what the first step
    // found, fetches what it left out (dnf: the CVEs of each package, zypper: the packages of each patch)
    // and completeAdvisories merges it in. Both commands read metadata already on the endpoint (no root).
    virtual std::optional<Command> advisoriesCommand() const { return std::nullopt; }
    virtual Result<QList<Advisory>> parseAdvisories(const QByteArray &output) const;
    virtual std::optional<Command> advisoryDetailsCommand(const QList<Advisory> &advisories) const;
    virtual Result<QList<Advisory>> completeAdvisories(QList<Advisory> advisories,
                                                       const QByteArray &output) const;

    // Whether the endpoint needs a reboot to use what was installed (needs-restarting, zypper
    // needs-rebooting); nullopt when the facts probe already says all the platform can.
    virtual std::optional<Command> rebootCheckCommand() const { return std::nullopt; }
    virtual Result<RebootHint> parseRebootCheck(const CommandResult &result) const;

    // Rebooting, and telling one boot from the next (HostReboot waits for a different boot identity). By
    // default Linux's: `systemctl reboot` and the kernel's boot id (/proc/sys/kernel/random/boot_id).
    virtual Command bootIdCommand() const;
    virtual Command rebootCommand() const;
    // The boot identity in the command's output, or an Error when it is not one the platform trusts.
    virtual Result<QString> parseBootId(const CommandResult &result) const;
    // Whether a recorded version means "not installed": on Windows an update is its own package (a KB),
    // absent before the change installs it and after a rollback removes it. A package the scan does not list
    // then counts as being at that version. Never on Linux, where every target package is installed.
    virtual bool isAbsentVersion(const QString &version) const
    {
        Q_UNUSED(version);
        return false;
    }

    // Whether `after` names a later boot than `before` (a different boot id, by default).
    virtual bool isNewBoot(const QString &before, const QString &after) const { return before != after; }

    // Refreshes the endpoint's package metadata from its repositories (needs root).
    virtual Command refreshCommand() const = 0;

    // Installs exactly these versions, non-interactively (needs root). Every name, version and advisory is
    // validated against the platform's grammar first: an invalid one is an Error, never part of a command.
    virtual Result<Command> installCommand(const QList<PackageChange> &changes) const = 0;

    // Returns to these earlier versions (needs root). An Error when the platform cannot roll back, saying
    // why, so the console can tell the change board before the change is approved.
    virtual Result<Command> rollbackCommand(const QList<PackageChange> &previous) const = 0;

    // How long refresh, install and rollback wait for the package manager's lock held by another run
    // (unattended-upgrades, an admin's apt) before giving up.
    void setLockWait(std::chrono::seconds wait) { m_lockWait = wait; }
    std::chrono::seconds lockWait() const { return m_lockWait; }

    // Whether a change command (refresh, install, roll back) did what it was asked: by default, that it
    // completed with exit status 0. dnf also exits 0 when a package's %post scriptlet failed.
    virtual bool changeSucceeded(const CommandResult &result) const
    {
        return result.completed() && result.exitCode == 0;
    }

    // Why a failed change command failed, when the platform recognises it (e.g. "busy: unattended-upgrades
    // holds the dpkg lock"); nullopt otherwise.
    virtual std::optional<QString> explainFailure(const CommandResult &) const { return std::nullopt; }

private:
    std::chrono::seconds m_lockWait{120};
};
