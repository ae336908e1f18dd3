#pragma once

#include "FactsSource.h"

#include "endpoints/Endpoint.h"
#include "platforms/PatchPlatform.h"

#include "domain/Result.h"
#include "domain/ScanRecord.h"

#include <QCoreApplication>

#include <functional>

// Scans one asset through its endpoint: facts, then the platform's installed packages, pending updates, the
// vendor advisories behind them (merged in by PendingAdvisories) and its reboot check, where it has them.
// Synchronous; runs on a worker thread. Every failure names the asset's step that failed.
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

private:
    static Result<CommandResult> runCompleted(Endpoint &endpoint, const Command &command,
                                              const RunLimits &limits, const std::atomic_bool *cancel);
    static Result<QList<Advisory>> advisories(Endpoint &endpoint, const PatchPlatform &platform,
                                              const RunLimits &limits, const std::atomic_bool *cancel);
    static Result<QByteArray> runChecked(Endpoint &endpoint, const Command &command, const RunLimits &limits,
                                         const std::atomic_bool *cancel,
                                         const std::function<bool(int)> &exitOk);
};
