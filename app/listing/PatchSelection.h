#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Which missing patches a change request is made of, chosen the way admins ask for them: on these assets,
// closing these CVEs, from these advisories, KEV only, from a score up. The criteria given all apply (AND);
// within one list any entry matches (OR). Priorities are PatchListing's, the ones both front ends show, so
// "--min-score 70" picks the rows the Patches pane shows at 70 or more.
struct PatchSelection
{
    Q_DECLARE_TR_FUNCTIONS(PatchSelection)

public:
    QStringList assets;     // asset names; empty: every asset
    QStringList cves;       // CVE-YYYY-NNNN
    QStringList advisories; // DSA-…, RHSA-…, SUSE-SU-…
    bool kevOnly = false;
    std::optional<double> minScore; // 0..100

    // Whether anything beyond the assets narrows the choice.
    bool hasCriteria() const { return !cves.isEmpty() || !advisories.isEmpty() || kevOnly || minScore; }
    // What is wrong with the criteria (a malformed CVE id, a score out of range), or empty.
    QString problem() const;
    // The missing patches that match, in priority order. An Error when a criterion needs priorities that
    // cannot be computed now (a CVE, KEV or score choice is never made on unscored rows).
    Result<QList<AssetPatch>> select(QSqlDatabase db, const QDate &today = QDate::currentDate()) const;
};
