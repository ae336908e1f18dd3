#pragma once

#include "FactsSource.h"

#include "endpoints/Endpoint.h"
#include "platforms/PatchPlatform.h"

#include "domain/Result.h"
#include "domain/ScanRecord.h"

#include <QCoreApplication>

#include <functional>

// What a scan of an asset found before, for a warm rescan: the fingerprint ScanScript printed then and the
// record stored from it. When the asset prints the same fingerprint, the scan skips every step and returns
// this record again (only the times and the uptime are new).
struct ScanBaseline
{
    QString fingerprint;
    ScanRecord record;
};

// One asset's scan, with what it cost on the wire.
struct ScannedAsset
{
    ScanRecord record;
    QString fingerprint;      // to store with the record for the next scan; empty when the endpoint has none
    bool unchanged = false;   // the fingerprint matched the baseline: the record is the baseline's
    int commands = 0;         // remote commands (exec channels) the scan ran
    qint64 bytesReceived = 0; // stdout and stderr of those commands
};

// Scans one asset through its endpoint: facts, then the platform's installed packages, pending updates, the
// vendor advisories behind them (merged in by PendingAdvisories) and its reboot check, where it has them.
// Where the endpoint runs shell scripts (SSH, local) all of that is one ScanScript, one command whose
// sections the same parsers read; a step the script did not run (the facts name another platform than the
// first tool found, a platform's advisory details) runs on its own. Synchronous; runs on a worker thread.
// Every failure names the asset's step that failed.
class AssetScanner
{
    Q_DECLARE_TR_FUNCTIONS(AssetScanner)

public:
    using StepCallback = std::function<void(const QString &step)>;

    // `facts` picks the facts command (factsSourceFor the asset's transport); the rest follows the platform
    // the facts name.
    static Result<ScanRecord> scan(Endpoint &endpoint, qint64 assetId, const RunLimits &limits,
                                   const std::atomic_bool *cancel, const StepCallback &onStep = {},
                                   FactsSource facts = FactsSource::PosixShell);
    // The same, with the last scan's baseline (nullptr: none) for a warm rescan.
    static Result<ScannedAsset> scanAsset(Endpoint &endpoint, qint64 assetId, const RunLimits &limits,
                                          const std::atomic_bool *cancel, const StepCallback &onStep,
                                          FactsSource facts, const ScanBaseline *baseline);
};
