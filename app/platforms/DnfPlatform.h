#pragma once

#include "PatchPlatform.h"

#include <QCoreApplication>

// RHEL, Fedora, Rocky, AlmaLinux, CentOS: rpm for what is installed, `dnf check-update` for what is pending.
//
// Versions are rpm EVRs written the way dnf prints them: "EPOCH:VERSION-RELEASE" with the epoch left out
// when it is 0 ("1.0.2k-21.el7_9", "2:3.4-6"), so installed and available versions compare as equals.
//
// Installed: every package rpm lists, except the gpg-pubkey pseudo-packages (imported signing keys, not
// software to patch). The source package name comes from SOURCERPM ("bash-5.1.8-6.el9.src.rpm" -> "bash").
//
// Pending: the rows of `dnf -q --cacheonly check-update` (exit 100 with updates, 0 without) up to the
// "Obsoleting Packages" section, including rows dnf wrapped because a column was too wide for the
// terminal (the name alone on a line, the rest on an indented next line). dnf does not print the installed
// version here, so PendingPatch::installedVersion stays empty: the scan fills it from the installed list.
// Classification is Security only when the repository id says "security"; advisories (updateinfo) come later.
//
// Both parsers are strict: anything that does not parse, or a name, version or architecture outside rpm's
// grammar, is an Error naming the line.
class DnfPlatform : public PatchPlatform
{
    Q_DECLARE_TR_FUNCTIONS(DnfPlatform)

public:
    QString name() const override;

    Command installedPackagesCommand() const override;
    Result<QList<InstalledPackage>> parseInstalledPackages(const QByteArray &output) const override;

    Command pendingPatchesCommand() const override;
    bool isPendingExitCodeOk(int exitCode) const override;
    Result<QList<PendingPatch>> parsePendingPatches(const QByteArray &output) const override;

    // `dnf makecache`.
    Command refreshCommand() const override;
    // `dnf upgrade NAME-VERSION.ARCH...`.
    Result<Command> installCommand(const QList<PackageChange> &changes) const override;
    // `dnf downgrade NAME-VERSION.ARCH...` to the recorded earlier versions, which a repository must carry.
    Result<Command> rollbackCommand(const QList<PackageChange> &previous) const override;

    // rpm names: a letter, digit or '_' first, then [A-Za-z0-9._+-] (at most 256 characters).
    static bool isValidPackageName(const QString &name);
    // [EPOCH:]VERSION-RELEASE; epoch digits; version and release [A-Za-z0-9._+~^], version starting with a
    // letter or digit; exactly one '-'.
    static bool isValidVersion(const QString &evr);
    // "x86_64", "noarch", "aarch64", "i686" ...
    static bool isValidArchitecture(const QString &architecture);
    // dnf repository ids: [A-Za-z0-9_.:-], not starting with '-'.
    static bool isValidRepositoryId(const QString &id);
    // "0:1.0-1" -> "1.0-1"; other EVRs unchanged.
    static QString withoutZeroEpoch(const QString &evr);
};
