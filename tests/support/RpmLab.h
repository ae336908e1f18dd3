#pragma once

#include "domain/Result.h"

#include <QString>

// Drives tests/support/rpm-lab.sh: real rpm-md repositories built once per test run, and one simulated
// host root per test (Rocky-like for dnf, SLES-like for zypper) with the old package versions installed.
// Everything lives in the folders the caller passes (temporary ones); the script writes $HOME/.rpmmacros,
// so HOME must be the test's own (CTest gives each test one under the build tree).
class RpmLab
{
public:
    enum class Host
    {
        Dnf,
        Zypper
    };

    // The lab's programs that must be installed (packaging/install-deps.sh --tests installs them); empty when
    // all are.
    static QStringList missingTools();
    static Status buildRepositories(const QString &lab);
    static Status makeHost(const QString &lab, const QString &root, Host host);

private:
    static Status runScript(const QStringList &arguments);
};
