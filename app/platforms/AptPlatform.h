#pragma once

#include "PatchPlatform.h"

#include <QCoreApplication>

// Debian and Ubuntu: dpkg-query for what is installed, a simulated dist-upgrade for what is pending.
//
// Installed: only packages dpkg reports as installed — status `i` (installed), `t` (triggers-pending) or
// `W` (triggers-awaited; both configured, only triggers outstanding) with no error flag. Half-installed,
// unpacked, half-configured, config-files and reinstall-required (`R`) packages are not reported: their
// files on disk are not a version one can rely on.
//
// Pending: one PendingPatch per `Inst NAME [OLD] (NEW ORIGIN [ARCH])` line. `Inst` lines without [OLD] are
// new packages pulled in as dependencies, not updates of installed ones; they are validated, then skipped,
// as are reinstalls (the same version on both sides). `Remv` lines (packages the upgrade would remove) are
// validated and skipped too: PendingPatch cannot express a removal, so a later deploy step must show them
// before it runs the upgrade. `Conf` lines repeat `Inst` lines and are ignored. The classification is
// Security when the origin names a security suite (Debian's "Debian-Security:12/stable-security", Ubuntu's
// "Ubuntu:22.04/jammy-security"), else Other.
//
// Both parsers are strict: a row that does not parse, or a name, version or architecture outside the
// Debian grammar, is an Error naming the line; so is output whose apt summary does not match its rows.
class AptPlatform : public PatchPlatform
{
    Q_DECLARE_TR_FUNCTIONS(AptPlatform)

public:
    QString name() const override;

    Command installedPackagesCommand() const override;
    Result<QList<InstalledPackage>> parseInstalledPackages(const QByteArray &output) const override;

    Command pendingPatchesCommand() const override;
    Result<QList<PendingPatch>> parsePendingPatches(const QByteArray &output) const override;

    // `apt-get update`.
    Command refreshCommand() const override;
    // `apt-get install --only-upgrade` of NAME[:ARCH]=VERSION for each change, keeping the endpoint's
    // configuration files (--force-confold) and never asking.
    Result<Command> installCommand(const QList<PackageChange> &changes) const override;
    // `apt-get install --allow-downgrades` of the recorded earlier versions, which the endpoint's
    // repositories must still carry (Debian's archive keeps them; snapshot.debian.org otherwise).
    Result<Command> rollbackCommand(const QList<PackageChange> &previous) const override;
    // "Could not get lock …. It is held by process 1234 (unattended-upgr)" → "busy: …".
    std::optional<QString> explainFailure(const CommandResult &result) const override;

    // Debian policy 5.6.1: [a-z0-9][a-z0-9+.-]+ (at most 256 characters here).
    static bool isValidPackageName(const QString &name);
    // dpkg: [epoch:]upstream[-revision], as DebianGrammar::splitVersion accepts it.
    static bool isValidVersion(const QString &version);
    // dpkg architecture names: "amd64", "all", "musl-linux-arm64".
    static bool isValidArchitecture(const QString &architecture);
    // True when an apt origin string ("Label:Version/Archive, ...") names a distribution's security archive,
    // matched exactly: label Debian-Security, or label Ubuntu/UbuntuESM/UbuntuESMApps with a
    // CODENAME-security (or -apps-/-infra-security) suite. Any other repository is not a security source,
    // whatever its suite.
    static bool isSecurityOrigin(const QString &origin);
};
