#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Gives each missing patch its CVEs (platform advisories + correlation), the scanner findings it closes,
// and its priority under RiskPolicy with the team's SLA policy. The GUI's Patches pane and `patches` use it.
class PatchPrioritizer
{
    Q_DECLARE_TR_FUNCTIONS(PatchPrioritizer)

public:
    explicit PatchPrioritizer(QSqlDatabase db);

    Status prioritize(QList<AssetPatch> &patches, const QDate &today = QDate::currentDate()) const;

    // Highest priority first: overdue, then score, then the sooner due date, then asset and package.
    static void sortByPriority(QList<AssetPatch> &patches);
    static void sortByDue(QList<AssetPatch> &patches);

private:
    QSqlDatabase m_db;
};
