#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class ScanRun;

// How a scan run ended, counted once for both front ends: the console's status bar ("Scan finished: 38 ok,
// 2 failed") and `scan`'s closing line. A run the user canceled reads as canceled (neutral), with what was
// done and what was not scanned; inventory-only assets left out are counted as skipped.
struct ScanSummary
{
    Q_DECLARE_TR_FUNCTIONS(ScanSummary)

public:
    int ok = 0;
    int failed = 0;
    int notScanned = 0; // canceled before or while being scanned
    int skipped = 0;    // inventory only: never scanned
    bool canceled = false;
    QList<qint64> failedAssetIds;

    static ScanSummary of(const ScanRun &run);

    // "Scan finished: 38 ok, 2 failed", "Scan canceled: 12 done, 28 not scanned", each followed by
    // ", 3 inventory-only skipped" when some were; "Nothing to scan: …" when every asset was skipped.
    QString text() const;
    bool anyFailed() const { return failed > 0; }
};
