#pragma once

#include "domain/Advisory.h"
#include "domain/Result.h"

#include <QCoreApplication>

// Parses dnf 4's `updateinfo list` output (measured with dnf 4.14; see tests/fixtures/dnf/README.md):
// one row per advisory and package, three columns separated by spaces —
//     PW-SA-2026:0001 Important/Sec. pw-crypto-1.1-1.noarch
// and, with --with-cve, the same rows keyed by CVE instead of advisory id (one row per CVE and package).
// dnf labels security advisories "SEVERITY/Sec." and the rest by type ("bugfix", "enhancement",
// "newpackage", "unknown"). The package is a NEVRA ("name-[epoch:]version-release.arch").
//
// Strict: a row that is not exactly three valid columns, an unknown label, or a CVE row for a package no
// advisory row names is an Error naming the line.
class DnfAdvisories
{
    Q_DECLARE_TR_FUNCTIONS(DnfAdvisories)

public:
    // `updateinfo list --available`: the advisories that apply, each with the packages it updates.
    static Result<QList<Advisory>> parseList(const QByteArray &output);
    // `updateinfo list --available --with-cve`: adds each CVE to the advisories that ship its package.
    static Result<QList<Advisory>> addCves(QList<Advisory> advisories, const QByteArray &output);
};
