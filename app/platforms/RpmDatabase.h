#pragma once

#include "endpoints/Command.h"

#include "domain/InstalledPackage.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

// What rpm says is installed, for every rpm-family platform (dnf, yum, zypper): one fixed `rpm -qa --qf`
// command and its strict parser.
//
// Versions are rpm EVRs written the way dnf and zypper print them: "EPOCH:VERSION-RELEASE" with the epoch
// left out when it is 0 ("1.0.2k-21.el7_9", "2:3.4-6"), so installed and available versions compare as
// equals. Every package rpm lists is reported except the gpg-pubkey pseudo-packages (imported signing keys,
// not software to patch). The source package name comes from SOURCERPM ("bash-5.1.8-6.el9.src.rpm" ->
// "bash"). A name, version or architecture outside RpmGrammar is an Error naming the line.
class RpmDatabase
{
    Q_DECLARE_TR_FUNCTIONS(RpmDatabase)

public:
    static Command installedPackagesCommand();
    static Result<QList<InstalledPackage>> parseInstalledPackages(const QByteArray &output);
};
