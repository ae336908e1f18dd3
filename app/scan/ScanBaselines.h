#pragma once

#include "AssetScanner.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <optional>

// The last scan of each asset that printed a fingerprint (ScanScript), kept for warm rescans: when the asset
// prints the same fingerprint again, AssetScanner returns this record without reading or parsing anything.
// Shared by the scan runs of one console session (ScanRun's workers use it from their threads: every access
// holds the lock). Bounded by the package rows it holds (installed plus pending, default 2,000,000, about
// 250 MB at worst): the least recently scanned asset goes first. The database keeps them too
// (ScanBaselineRepository, written by ScanRun as it stores each result), so a console that starts again, or
// the CLI, still rescans warm; this keeps the session's in memory, without reading them back.
class ScanBaselines
{
public:
    explicit ScanBaselines(qsizetype maxRows = 2'000'000);

    std::optional<ScanBaseline> find(qint64 assetId) const;
    // Keeps `baseline` for its asset (replacing what was there); an empty fingerprint forgets the asset.
    void remember(qint64 assetId, ScanBaseline baseline);
    void forget(qint64 assetId);

    qsizetype size() const;
    qsizetype rows() const;

private:
    static qsizetype rowsOf(const ScanBaseline &baseline);

    mutable QMutex m_lock;
    qsizetype m_maxRows;
    qsizetype m_rows = 0;
    QHash<qint64, ScanBaseline> m_baselines;
    QList<qint64> m_order; // least recently remembered first
};
