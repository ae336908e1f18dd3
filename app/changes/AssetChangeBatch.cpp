#include "AssetChangeBatch.h"

#include "ChangeNotifier.h"

#include <utility>

AssetChangeBatch::AssetChangeBatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setObjectName(QStringLiteral("assetChangeBatch"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_pending.isEmpty())
            flush();
    });
}

void AssetChangeBatch::add(qint64 assetId)
{
    if (!m_pending.contains(assetId))
        m_pending.append(assetId);
    if (!m_timer.isActive())
        flush();
}

void AssetChangeBatch::flush()
{
    if (m_pending.isEmpty())
        return;
    const ChangedIds ids = ChangedIds::of(std::exchange(m_pending, {}));
    ++m_announcements;
    m_timer.start(); // the next ones wait for the interval
    if (!m_changes)
        return;
    emit m_changes->assetsChanged(ids);
    emit m_changes->patchesChanged(ids);
    emit m_changes->auditAppended();
}
