#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// Reads per-asset patch state (what is missing, what was installed or superseded, and when).
class PatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(PatchRepository)

public:
    explicit PatchRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    struct Filter
    {
        QString assetName;               // empty: every asset
        std::optional<PatchState> state; // none: every state
    };
    Result<QList<AssetPatch>> list(const Filter &filter) const;
    // The same rows in the same order, handed over `sliceRows` at a time (the last slice may be shorter), so
    // a caller that keeps few of them (a reload's changes) never holds them all.
    using Slice = std::function<void(QList<AssetPatch> &slice)>;
    Status readInSlices(const Filter &filter, qsizetype sliceRows, const Slice &take) const;
    // The statement both read (named parameters :asset and :state as the filter has them): for tests of
    // its query plan.
    static QString listStatement(const Filter &filter);

private:
    QSqlDatabase m_db;
};
