#include "ScanBaselines.h"

ScanBaselines::ScanBaselines(qsizetype maxRows)
    : m_maxRows(maxRows)
{
}

qsizetype ScanBaselines::rowsOf(const ScanBaseline &baseline)
{
    return baseline.record.installed.size() + baseline.record.pending.size() + 1;
}

std::optional<ScanBaseline> ScanBaselines::find(qint64 assetId) const
{
    QMutexLocker locked(&m_lock);
    const auto found = m_baselines.constFind(assetId);
    if (found == m_baselines.cend())
        return std::nullopt;
    return *found; // implicitly shared lists: a cheap copy
}

void ScanBaselines::remember(qint64 assetId, ScanBaseline baseline)
{
    forget(assetId);
    if (baseline.fingerprint.isEmpty() || rowsOf(baseline) > m_maxRows)
        return;
    QMutexLocker locked(&m_lock);
    m_rows += rowsOf(baseline);
    m_baselines.insert(assetId, std::move(baseline));
    m_order.append(assetId);
    while (m_rows > m_maxRows && !m_order.isEmpty()) {
        const qint64 oldest = m_order.takeFirst();
        m_rows -= rowsOf(m_baselines.value(oldest));
        m_baselines.remove(oldest);
    }
}

void ScanBaselines::forget(qint64 assetId)
{
    QMutexLocker locked(&m_lock);
    const auto found = m_baselines.constFind(assetId);
    if (found == m_baselines.cend())
        return;
    m_rows -= rowsOf(*found);
    m_baselines.erase(found);
    m_order.removeOne(assetId);
}

qsizetype ScanBaselines::size() const
{
    QMutexLocker locked(&m_lock);
    return m_baselines.size();
}

qsizetype ScanBaselines::rows() const
{
    QMutexLocker locked(&m_lock);
    return m_rows;
}
