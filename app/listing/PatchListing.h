#pragma once

#include "PatchQuery.h"

#include "domain/PendingPatch.h"
#include "domain/Result.h"
#include "intel/RiskPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

class PatchPrioritizer;

// "List patches with priorities": the patches a PatchQuery names, each given its CVEs, findings and priority
// by PatchPrioritizer, in the query's order. The Patches pane and `patchwright-cli patches` both list
// through it, so they show the same rows and fail the same way.
//
// Failure policy. The rows are facts the scans found; their priorities are derived from other data (the SLA
// policy, the intel feeds, correlations, scanner findings). An admin needs the facts even when that other
// data cannot be read, but must never mistake an unscored list for a scored one. So:
// - an asset the query names that does not exist, or patches that cannot be read: the listing fails (an
//   Error, no rows; the pane reports it, `patches` exits 1);
// - priorities that cannot be computed: every row is still listed, unscored (priority.computed is false, so
//   score, decision and due stay empty), in the query's order as far as it goes without scores (by asset
//   and package for "priority" and "due"), and Listed::warning says so, why, and where to look. The pane
//   shows the warning in the window's status bar; `patches` prints the rows, then the warning on stderr,
//   and exits 3 (partial success).
class PatchListing
{
    Q_DECLARE_TR_FUNCTIONS(PatchListing)

public:
    struct Listed
    {
        QList<AssetPatch> rows;
        QString warning; // empty when the rows were prioritized
    };

    explicit PatchListing(QSqlDatabase db);

    Result<Listed> list(const PatchQuery &query, const QDate &today = QDate::currentDate()) const;
    // The rows list() gives, prioritized the same way (one prioritizer for all), handed over `sliceRows` at a
    // time in the database's order, unsorted: for a caller that keeps few of them (a reload's changes, which
    // sortRows() then orders). Returns Listed::warning's text (empty when the rows were prioritized).
    using Slice = std::function<void(QList<AssetPatch> &slice)>;
    Result<QString> listInSlices(const PatchQuery &query, const QDate &today, qsizetype sliceRows,
                                 const Slice &take) const;
    // In the query's order, as list() leaves them.
    static void sortRows(QList<AssetPatch> &rows, PatchQuery::Sort key);
    // The reasons in words of one patch (by its id, on `assetName`), for a listing made without them
    // (PatchQuery::reasons): the asset's patches read again and that one prioritized alone.
    Result<QStringList> reasonsFor(const QString &assetName, qint64 patchId,
                                   const QDate &today = QDate::currentDate()) const;

private:
    Status checkAssetExists(const QString &assetName) const;
    // Prioritizes `rows` in place; when that fails, leaves them as read and returns the warning.
    static QString prioritize(const PatchPrioritizer &prioritizer, QList<AssetPatch> &rows,
                              const QDate &today, RiskPolicy::Explanation explanation);

    QSqlDatabase m_db;
};
