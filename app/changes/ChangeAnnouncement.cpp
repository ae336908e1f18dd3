#include "ChangeAnnouncement.h"

#include "ChangeNotifier.h"

#include "storage/AssetRepository.h"
#include "storage/RolloutRunRepository.h"

#include <algorithm>

namespace {

QList<qint64> sorted(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

ChangeAnnouncement::ChangeAnnouncement(QSqlDatabase db, const AuditChangeDigest &digest)
    : m_db(std::move(db))
    , m_intel(digest.intelChanged())
    , m_audit(digest.auditAppended())
{
    m_assets = idsOf(digest.assetNames(), digest.allAssets());
    m_patches = idsOf(digest.patchAssetNames(), digest.allPatches());
    m_changeIds = sorted(digest.changeIds());
    QSet<qint64> deployments = digest.deploymentChangeIds();
    const RolloutRunRepository runs(m_db, QString());
    for (const qint64 runId : digest.runIds()) {
        if (const auto run = runs.find(runId); run)
            deployments.insert(run.value().changeId);
    }
    m_deploymentChangeIds = sorted(deployments);
}

ChangedIds ChangeAnnouncement::idsOf(const QSet<QString> &names, bool all) const
{
    if (all || names.size() > MaxNamedAssets)
        return ChangedIds::all();
    if (names.isEmpty())
        return {};
    const AssetRepository assets(m_db, QString());
    QSet<qint64> ids;
    for (const QString &name : names) {
        const auto asset = assets.findByName(name);
        if (!asset)
            return ChangedIds::all(); // renamed or removed since: its id is not to be had by name
        ids.insert(asset.value().id);
    }
    return ChangedIds::of(sorted(ids));
}

void ChangeAnnouncement::emitOn(ChangeNotifier &changes) const
{
    if (!m_assets.isEmpty())
        emit changes.assetsChanged(m_assets);
    if (!m_patches.isEmpty())
        emit changes.patchesChanged(m_patches);
    for (const qint64 id : m_changeIds)
        emit changes.changeRequestChanged(id);
    for (const qint64 id : m_deploymentChangeIds)
        emit changes.deploymentChanged(id);
    if (m_intel)
        emit changes.intelChanged();
    if (m_audit)
        emit changes.auditAppended();
}
