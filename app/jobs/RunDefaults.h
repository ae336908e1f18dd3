#pragma once

#include "endpoints/Command.h"
#include "Parallelism.h"

#include "domain/Result.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// The team's limits on the engine's runs: how many assets a scan (or a deployment of named assets) works on
// at once, how long connecting and one command may take, and how much one command may print. Stored in the
// database's settings (run.*), so the console, the CLI and the daemon use the same values wherever they run;
// the CLI's flags override them for one run. A staged run deploys each ring with the ring's own parallelism.
struct RunDefaults
{
    Q_DECLARE_TR_FUNCTIONS(RunDefaults)

public:
    // The ranges a value must be in (the CLI's flags share the timeouts' and the cap's).
    static constexpr int MaxParallelism = 64;
    static constexpr int MaxConnectSeconds = 600;
    static constexpr int MaxCommandSeconds = 24 * 3600;
    static constexpr int MaxOutputCapMiB = 4096;

    int parallelism = Parallelism::Default;
    int connectTimeoutSeconds = 30;
    int scanTimeoutSeconds = 300;    // one command of a scan
    int deployTimeoutSeconds = 1800; // one command of a deployment (installs take longer)
    int outputCapMiB = 64;           // per command and stream

    // Unset or unreadable values are the defaults above.
    static Result<RunDefaults> load(QSqlDatabase db);
    // Every value out of its range, each saying what is allowed; empty when all are fine.
    QStringList problems() const;
    QList<SettingValue> storedValues() const;

    RunLimits scanLimits() const { return limits(scanTimeoutSeconds); }
    RunLimits deployLimits() const { return limits(deployTimeoutSeconds); }

private:
    RunLimits limits(int timeoutSeconds) const;
};
