#pragma once

#include "RiskPolicy.h"

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <memory>

// Gives each missing patch its CVEs (platform advisories + correlation), the scanner findings it closes,
// and its priority under RiskPolicy with the team's SLA policy. The GUI's Patches pane and `patches` use it.
// One object reads the risk context (assets, policy) and the scanner findings once, at its first
// prioritize(), so a caller may prioritize half a million rows in slices; make a new one to see later
// changes.
class PatchPrioritizer
{
    Q_DECLARE_TR_FUNCTIONS(PatchPrioritizer)

public:
    explicit PatchPrioritizer(QSqlDatabase db);
    // For the patches of one asset only: reads that asset's context and findings, not the whole fleet's.
    PatchPrioritizer(QSqlDatabase db, qint64 onlyAssetId);

    // `explanation`: whether each priority gets its reasons in words (RiskPolicy::Explanation). On an
    // error the rows are left as they were.
    Status prioritize(QList<AssetPatch> &patches, const QDate &today = QDate::currentDate(),
                      RiskPolicy::Explanation explanation = RiskPolicy::Explanation::Reasons) const;

    // Highest priority first: overdue, then score, then the sooner due date, then asset and package.
    static void sortByPriority(QList<AssetPatch> &patches);
    static void sortByDue(QList<AssetPatch> &patches);

private:
    struct Context;
    Result<const Context *> context() const;

    QSqlDatabase m_db;
    qint64 m_onlyAssetId = 0; // 0: every asset
    mutable std::shared_ptr<const Context> m_context;
};
