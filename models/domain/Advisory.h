#pragma once

#include "PendingPatch.h"

#include <QList>
#include <QString>
#include <QStringList>

// One package version a vendor advisory ships. An empty architecture means any (zypper names a noarch
// package's conflict without one).
struct AdvisoryPackage
{
    QString package;
    QString architecture;
    QString version; // the fixed EVR, without a zero epoch
};

// A vendor advisory as the endpoint's package manager reports it: dnf updateinfo, a zypper patch.
struct Advisory
{
    QString id; // "RHSA-2024:1234", "SUSE-SLE-Module-Basesystem-15-SP5-2024-123"
    PatchClassification classification = PatchClassification::Other;
    PatchSeverity severity = PatchSeverity::Unknown;
    QStringList cves;
    QList<AdvisoryPackage> packages;
};
