#pragma once

#include "jobs/DeploymentRun.h"

#include <QSignalSpy>

// Runs a change's deployment (or rollback) the way the CLI and the GUI do — a DeploymentRun with its own
// connections — and waits for it to finish (at most 10 minutes); its outcomes, or none when it could not
// start or did not finish.
inline QList<DeploymentRun::Outcome> deploymentRunToEnd(const DatabaseConfig &config, qint64 changeId,
                                                        AssetDeployer::Mode mode, int parallel,
                                                        const AssetDeployer::Options &options)
{
    DeploymentRun run(config, changeId, mode, parallel);
    run.setOptions(options);
    QSignalSpy finished(&run, &DeploymentRun::finished);
    if (Status started = run.start(); !started) {
        qWarning("%s", qPrintable(started.error().text()));
        return {};
    }
    if (!finished.wait(10 * 60 * 1000))
        return {};
    return run.outcomes();
}
