#pragma once

#include "RpmPlatform.h"

#include <QCoreApplication>

// SUSE Linux Enterprise and openSUSE (Leap, Tumbleweed): rpm for what is installed (RpmPlatform), zypper
// for the rest, always with --non-interactive, and --no-refresh for queries (a scan needs no root and never
// touches repositories). Measured with zypper 1.14.42 / libzypp 17.25 (see tests/fixtures/zypper/README.md).
//
// Pending: `zypper --xmlout list-updates`, one PendingPatch per <update kind="package"> (installed version
// from edition-old, available from edition, origin the repository alias). Updates inside
// <blocked-update-list> are not offered by zypper and are skipped.
// Advisories: `zypper --xmlout list-patches` — the needed patches with category (security → Security,
// recommended → Bugfix, optional/feature → Enhancement, others → Other), severity and <issue type="cve">;
// list-patches does not say which packages a patch updates, so `zypper --xmlout info -t patch ID...`
// follows, whose "Conflicts" lines ("pw-crypto.x86_64 < 1.1-1") name them.
// Reboot: `zypper needs-rebooting` (exit 0, or 102 when a core library or service was updated).
//
// Deploy: `zypper install patch:ID` for changes that name a patch, `NAME.ARCH=VERSION` for the rest (one
// command). Roll back: `zypper install --oldpackage NAME.ARCH=VERSION` to the recorded versions, which a
// repository must still carry. A patch itself cannot be uninstalled: rolling back returns its packages.
//
// All XML goes through ZypperXml (no DTDs, no entities, capped sizes); every name, version, alias and patch
// id is checked against RpmGrammar before it enters a record or a command; anything else is an Error naming
// the element or line.
class ZypperPlatform : public RpmPlatform
{
    Q_DECLARE_TR_FUNCTIONS(ZypperPlatform)

public:
    QString name() const override;

    Command pendingPatchesCommand() const override;
    Result<QList<PendingPatch>> parsePendingPatches(const QByteArray &output) const override;

    std::optional<Command> advisoriesCommand() const override;
    Result<QList<Advisory>> parseAdvisories(const QByteArray &output) const override;
    std::optional<Command> advisoryDetailsCommand(const QList<Advisory> &advisories) const override;
    Result<QList<Advisory>> completeAdvisories(QList<Advisory> advisories,
                                               const QByteArray &output) const override;

    std::optional<Command> rebootCheckCommand() const override;
    Result<RebootHint> parseRebootCheck(const CommandResult &result) const override;

    Command refreshCommand() const override;
    Result<Command> installCommand(const QList<PackageChange> &changes) const override;
    Result<Command> rollbackCommand(const QList<PackageChange> &previous) const override;
    // "System management is locked by the application with pid N (NAME)" (zypper's own lock, exit 7) →
    // "busy: NAME (process N) …"; rpm's transaction lock held by another rpm transaction → "busy: …".
    std::optional<QString> explainFailure(const CommandResult &result) const override;

    // patch category -> classification; false for a category zypper does not know.
    static bool classificationFromCategory(const QString &category, PatchClassification *classification);
};
