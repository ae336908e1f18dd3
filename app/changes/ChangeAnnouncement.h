#pragma once

#include "AuditChangeDigest.h"
#include "ChangedIds.h"

#include <QList>
#include <QSqlDatabase>

class ChangeNotifier;

// Turns an AuditChangeDigest into ChangeNotifier's signals: asset names become ids (one indexed look-up
// each, up to MaxNamedAssets; beyond that, or when a name is no longer found — renamed or removed since —
// "all assets"), a run becomes its change request. Then emits, in this order: assetsChanged,
// patchesChanged, changeRequestChanged and deploymentChanged per id, intelChanged, auditAppended.
class ChangeAnnouncement
{
public:
    static constexpr int MaxNamedAssets = 50;

    ChangeAnnouncement(QSqlDatabase db, const AuditChangeDigest &digest);

    const ChangedIds &assets() const { return m_assets; }
    const ChangedIds &patches() const { return m_patches; }
    const QList<qint64> &changeIds() const { return m_changeIds; }
    const QList<qint64> &deploymentChangeIds() const { return m_deploymentChangeIds; }
    bool intelChanged() const { return m_intel; }
    bool auditAppended() const { return m_audit; }

    void emitOn(ChangeNotifier &changes) const;

private:
    ChangedIds idsOf(const QSet<QString> &names, bool all) const;

    QSqlDatabase m_db;
    ChangedIds m_assets;
    ChangedIds m_patches;
    QList<qint64> m_changeIds;
    QList<qint64> m_deploymentChangeIds;
    bool m_intel = false;
    bool m_audit = false;
};
