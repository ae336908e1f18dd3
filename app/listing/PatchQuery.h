#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Which patches to list and in which order. Also the one place the names of its choices are read and
// written: `patches --state` takes the stored state texts (PatchState) or "all", `--sort` the sort keys'
// names below; the Patches pane builds a query from its own choices.
struct PatchQuery
{
    Q_DECLARE_TR_FUNCTIONS(PatchQuery)

public:
    enum class Sort
    {
        Asset,    // "asset": asset name, security updates first, then package (the stored order)
        Priority, // "priority": PatchPrioritizer::sortByPriority (overdue, score, due date, asset, package)
        Due,      // "due": the soonest SLA due date first, none last, then the higher score
        Severity, // "severity": security updates first, then the vendor severity, highest first
        Package   // "package": package name
    };

    QString assetName;                                     // empty: every asset
    std::optional<PatchState> state = PatchState::Missing; // nullopt: every state
    Sort sort = Sort::Asset;
    // Each row's reasons in words (PatchPriority::reasons): the CLI prints them; the Patches pane lists
    // without (a dozen sentences a row) and asks PatchListing::reasonsFor() for the row it shows.
    bool reasons = true;

    static QString allStatesName();  // "all", the --state name for every state
    static QStringList stateNames(); // the stored state texts, then "all"
    static QStringList sortNames();
    static QString sortName(Sort sort);

    // The query the CLI's names describe, or an Error naming the names it accepts.
    static Result<PatchQuery> fromNames(const QString &assetName, const QString &stateName,
                                        const QString &sortName);
};
