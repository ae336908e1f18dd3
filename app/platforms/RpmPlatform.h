#pragma once

#include "PatchPlatform.h"

#include <QCoreApplication>

// The part every rpm-family platform (dnf, yum, zypper) shares: what rpm says is installed, one fixed
// `rpm -qa --qf` command and its strict parser.
//
// Versions are rpm EVRs written the way dnf and zypper print them: "EPOCH:VERSION-RELEASE" with the epoch
// left out when it is 0 ("1.0.2k-21.el7_9", "2:3.4-6"), so installed and available versions compare as
// equals. Every package rpm lists is reported except the gpg-pubkey pseudo-packages (imported signing keys,
// not software to patch). The source package name comes from SOURCERPM ("bash-5.1.8-6.el9.src.rpm" ->
// "bash"). A name, version or architecture outside RpmGrammar is an Error naming the line.
class RpmPlatform : public PatchPlatform
{
    Q_DECLARE_TR_FUNCTIONS(RpmPlatform)

public:
    Command installedPackagesCommand() const override;
    Result<QList<InstalledPackage>> parseInstalledPackages(const QByteArray &output) const override;

protected:
    // rpm's own transaction lock, which every rpm-family tool takes to change the database: held by another
    // rpm (or dnf, zypper, PackageKit) transaction, rpm without a terminal gives up at once with "can't
    // create transaction lock on PATH" — "busy: …"; nullopt when the output does not say that.
    static std::optional<QString> rpmLockBusy(const QString &output);
    // stdout and stderr of a command, as text to search for the tool's messages.
    static QString allOutput(const CommandResult &result);
};
