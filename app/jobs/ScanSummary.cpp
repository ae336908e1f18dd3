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
    QString text;
    if (canceled) {
        text = tr("Scan canceled: %1 done, %2 not scanned").arg(ok + failed).arg(notScanned);
        if (failed > 0)
            text += tr(" (%n failed)", nullptr, failed);
    } else {
        text = tr("Scan finished: %1 ok, %2 failed").arg(ok).arg(failed);
    }
    if (skipped > 0)
        text += tr(", %n inventory-only skipped", nullptr, skipped);
    return text;
}
