#pragma once

#include "VersionOrdering.h"

#include <QString>

// The OSV ecosystem an installed system's packages belong to, from its os-release ID and VERSION_ID, and
// which version ordering its ranges use: the one place that maps a system to a VersionOrdering.
// Ecosystems without an ordering Patchwright implements are not matched (never guessed).
struct OsvEcosystem
{
    // "Debian:12", "Ubuntu:22.04:LTS", "Rocky Linux:9", "AlmaLinux:9", "Alpine:v3.19"; empty when unknown
    QString name;
    const VersionOrdering *ordering = nullptr; // a VersionOrdering singleton; null when unknown

    bool isKnown() const { return !name.isEmpty() && ordering; }

    static OsvEcosystem forSystem(const QString &osId, const QString &versionId);
    // -1, 0, 1; false when either version does not parse in this ecosystem's grammar.
    bool compare(const QString &a, const QString &b, int *order) const;
};
