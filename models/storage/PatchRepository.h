#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

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

private:
    QSqlDatabase m_db;
};
