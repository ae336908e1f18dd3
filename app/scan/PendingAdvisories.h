#pragma once

#include "domain/Advisory.h"
#include "domain/PendingPatch.h"

#include <QList>

// Joins vendor advisories to pending updates: a pending update gets every advisory that ships its package
// (same name; same architecture, or an advisory package without one). Its classification, severity and
// advisory id come from the most important of them (security before bugfix before enhancement, then the
// higher severity, then the first listed); its CVEs are those of all of them, sorted. Updates no advisory
// names keep what their platform found. Versions are not compared: both dnf (updateinfo --available) and
// zypper (needed patches) list only advisories whose fix is not installed yet.
class PendingAdvisories
{
public:
    static void apply(QList<PendingPatch> &pending, const QList<Advisory> &advisories);
};
