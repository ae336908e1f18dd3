#include "ScanHistory.h"

#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace {

const QString Ok = QStringLiteral("ok");

qint64 msecs(const QDateTime &moment)
{
    return moment.isValid() ? moment.toMSecsSinceEpoch() : ScanHistory::None;
}

} // namespace

int ScanHistory::statusIndex(const QString &status)
{
    qsizetype index = m_statuses.indexOf(status);
    if (index < 0) {
        index = m_statuses.size();
        m_statuses.append(status);
    }
    return int(index);
}

QString ScanHistory::status(int index) const
{
    return index >= 0 && index < m_statuses.size() ? m_statuses.at(index) : QString();
}

Result<ScanHistory> ScanHistory::load(const MetricHistory &history,
                                      const QHash<qint64, qsizetype> &assetIndex, qsizetype assets,
                                      const QDateTime &since, const QDateTime &until)
{
    ScanHistory scans;
    scans.m_before.assign(size_t(assets), Last());
    if (since.isValid()) {
        const auto last = history.lastScansBefore(since);
        if (!last)
            return last.error();
        for (const MetricHistory::LastScan &row : last.value()) {
            const qsizetype asset = assetIndex.value(row.assetId, -1);
            const qint64 finished = msecs(row.finishedAt);
            if (asset < 0 || finished == None)
                continue;
            scans.m_before[size_t(asset)] = {finished, scans.statusIndex(row.status), msecs(row.lastOkAt)};
        }
    }
    const auto rows = history.scansSince(since, until);
    if (!rows)
        return rows.error();
    scans.m_scans.reserve(size_t(rows.value().size()));
    for (const MetricHistory::ScanRow &row : rows.value()) {
        const qsizetype asset = assetIndex.value(row.assetId, -1);
        const qint64 finished = msecs(row.finishedAt);
        if (asset >= 0 && finished != None)
            scans.m_scans.push_back({finished, row.id, int(asset), scans.statusIndex(row.status)});
    }
    std::sort(scans.m_scans.begin(), scans.m_scans.end(), [](const Scan &a, const Scan &b) {
        return std::tie(a.finished, a.id) < std::tie(b.finished, b.id);
    });
    return scans;
}

std::vector<ScanHistory::Last> ScanHistory::lastBefore(qint64 moment) const
{
    std::vector<Last> last = m_before;
    const int ok = int(m_statuses.indexOf(Ok));
    for (const Scan &scan : m_scans) {
        if (scan.finished >= moment)
            break;
        Last &asset = last[size_t(scan.asset)];
        asset.finished = scan.finished;
        asset.status = scan.status;
        if (scan.status == ok)
            asset.lastOk = scan.finished;
    }
    return last;
}
