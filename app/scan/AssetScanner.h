#pragma once

#include "endpoints/Endpoint.h"

#include "domain/Result.h"
#include "domain/ScanRecord.h"

#include <QCoreApplication>

#include <functional>

// Scans one asset through its endpoint: facts, then the platform's installed packages and pending updates.
// Synchronous; runs on a worker thread. Every failure names the asset's step that failed.
class AssetScanner
{
    Q_DECLARE_TR_FUNCTIONS(AssetScanner)

public:
    using StepCallback = std::function<void(const QString &step)>;

    static Result<ScanRecord> scan(Endpoint &endpoint, qint64 assetId, const RunLimits &limits,
                                   const std::atomic_bool *cancel, const StepCallback &onStep = {});

private:
    static Result<QByteArray> runChecked(Endpoint &endpoint, const Command &command, const RunLimits &limits,
                                         const std::atomic_bool *cancel,
                                         const std::function<bool(int)> &exitOk);
};
