#include "PatchListing.h"

#include "intel/PatchPrioritizer.h"

#include "storage/AssetRepository.h"
#include "storage/PatchRepository.h"

#include <algorithm>

PatchListing::PatchListing(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<PatchListing::Listed> PatchListing::list(const PatchQuery &query, const QDate &today) const
{
    if (const Status exists = checkAssetExists(query.assetName); !exists)
        return exists.error();
    PatchRepository::Filter filter;
    filter.assetName = query.assetName;
    filter.state = query.state;
    auto patches = PatchRepository(m_db).list(filter);
    if (!patches)
        return patches.error();
    Listed listed;
    listed.rows = std::move(patches).value();
    listed.warning =
        prioritize(PatchPrioritizer(m_db), listed.rows, today,
                   query.reasons ? RiskPolicy::Explanation::Reasons : RiskPolicy::Explanation::FiguresOnly);
    sortRows(listed.rows, query.sort);
    return listed;
}

Result<QString> PatchListing::listInSlices(const PatchQuery &query, const QDate &today, qsizetype sliceRows,
                                           const Slice &take) const
{
    if (const Status exists = checkAssetExists(query.assetName); !exists)
        return exists.error();
    PatchRepository::Filter filter;
    filter.assetName = query.assetName;
    filter.state = query.state;
    const PatchPrioritizer prioritizer(m_db); // reads the fleet's risk context once, for every slice
    const auto explanation =
        query.reasons ? RiskPolicy::Explanation::Reasons : RiskPolicy::Explanation::FiguresOnly;
    QString warning;
    const Status read = PatchRepository(m_db).readInSlices(filter, sliceRows, [&](QList<AssetPatch> &slice) {
        // After a slice could not be prioritized the later ones are left unscored too; the warning says so.
        if (warning.isEmpty())
            warning = prioritize(prioritizer, slice, today, explanation);
        take(slice);
    });
    if (!read)
        return read.error();
    return warning;
}

Status PatchListing::checkAssetExists(const QString &assetName) const
{
    if (assetName.isEmpty())
        return {};
    const auto asset = AssetRepository(m_db, QString()).findByName(assetName);
    if (!asset)
        return asset.error();
    return {};
}

Result<QStringList> PatchListing::reasonsFor(const QString &assetName, qint64 patchId,
                                             const QDate &today) const
{
    PatchRepository::Filter filter;
    filter.assetName = assetName;
    filter.state = std::nullopt;
    const auto patches = PatchRepository(m_db).list(filter);
    if (!patches)
        return patches.error();
    const auto found = std::find_if(patches.value().cbegin(), patches.value().cend(),
                                    [patchId](const AssetPatch &row) { return row.id == patchId; });
    if (found == patches.value().cend())
        return Error{tr("Patch %1 of %2 is no longer in the database.").arg(patchId).arg(assetName),
                     tr("Refresh the Patches pane (View ▸ Refresh).")};
    QList<AssetPatch> one{*found};
    if (const Status done = PatchPrioritizer(m_db, found->assetId).prioritize(one, today); !done)
        return done.error();
    return one.constFirst().priority.reasons;
}

QString PatchListing::prioritize(const PatchPrioritizer &prioritizer, QList<AssetPatch> &rows,
                                 const QDate &today, RiskPolicy::Explanation explanation)
{
    // In place: a failure leaves the rows as read (PatchPrioritizer), and a copy of 400,000 rows would
    // double the listing's memory.
    if (const Status done = prioritizer.prioritize(rows, today, explanation); !done) {
        return tr("Listed without priorities: score, decision and due date stay empty until the data they "
                  "come from can be read (`patchwright-cli db info`, `intel status`). Reason: %1")
            .arg(done.error().text());
    }
    return {};
}

void PatchListing::sortRows(QList<AssetPatch> &rows, PatchQuery::Sort key)
{
    switch (key) {
    case PatchQuery::Sort::Priority:
        PatchPrioritizer::sortByPriority(rows);
        return;
    case PatchQuery::Sort::Due:
        PatchPrioritizer::sortByDue(rows);
        return;
    case PatchQuery::Sort::Severity:
        std::stable_sort(rows.begin(), rows.end(), [](const AssetPatch &a, const AssetPatch &b) {
            const bool aSecurity = a.patch.classification == PatchClassification::Security;
            const bool bSecurity = b.patch.classification == PatchClassification::Security;
            if (aSecurity != bSecurity)
                return aSecurity;
            return int(a.patch.severity) > int(b.patch.severity);
        });
        return;
    case PatchQuery::Sort::Package:
        std::stable_sort(rows.begin(), rows.end(), [](const AssetPatch &a, const AssetPatch &b) {
            return a.patch.package < b.patch.package;
        });
        return;
    case PatchQuery::Sort::Asset:
        return; // PatchRepository reads them in this order
    }
}
