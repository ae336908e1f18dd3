#include "ScanSummary.h"

#include "ScanRun.h"

ScanSummary ScanSummary::of(const ScanRun &run)
{
    ScanSummary summary;
    summary.canceled = run.wasCanceled();
    summary.skipped = int(run.skipped().size());
    for (const ScanRun::Outcome &outcome : run.outcomes()) {
        switch (outcome.status) {
        case ScanStatus::Ok:
            ++summary.ok;
            break;
        case ScanStatus::Failed:
            ++summary.failed;
            summary.failedAssetIds.append(outcome.assetId);
            break;
        case ScanStatus::Canceled:
            ++summary.notScanned;
            break;
        }
    }
    // Assets the run never reached before it stopped (none once every outcome is in).
    summary.notScanned += run.total() - int(run.outcomes().size());
    return summary;
}

QString ScanSummary::text() const
{
    const int scanned = ok + failed + notScanned;
    if (scanned == 0 && skipped > 0)
        return tr("Nothing to scan: %n inventory-only asset(s) skipped (give them a transport to scan them).",
                  nullptr, skipped);
    // One whole message per case, so that translators can order the counts.
    if (!canceled)
        return skipped > 0 ? tr("Scan finished: %1 ok, %2 failed, %3 inventory-only skipped")
                                 .arg(ok)
                                 .arg(failed)
                                 .arg(skipped)
                           : tr("Scan finished: %1 ok, %2 failed").arg(ok).arg(failed);
    if (failed > 0)
        return skipped > 0
                   ? tr("Scan canceled: %1 done (%2 failed), %3 not scanned, %4 inventory-only skipped")
                         .arg(ok + failed)
                         .arg(failed)
                         .arg(notScanned)
                         .arg(skipped)
                   : tr("Scan canceled: %1 done (%2 failed), %3 not scanned")
                         .arg(ok + failed)
                         .arg(failed)
                         .arg(notScanned);
    return skipped > 0 ? tr("Scan canceled: %1 done, %2 not scanned, %3 inventory-only skipped")
                             .arg(ok + failed)
                             .arg(notScanned)
                             .arg(skipped)
                       : tr("Scan canceled: %1 done, %2 not scanned").arg(ok + failed).arg(notScanned);
}
