#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include "deploy/AssetDeployer.h"
#include "endpoints/EndpointForAsset.h"

#include <QCoreApplication>

// Staged deployment runs from the shell: `deploy runs [CHANGE]`, `deploy continue|resume RUN` (drive it here
// until it ends, halts or pauses), `deploy pause|cancel RUN` (a request to whoever drives it), and the
// driving itself, which `deploy CHANGE` uses for a new run.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    static QList<CliCommand> subcommands();
    // The options of whatever drives a run: how assets are changed and reached.
    static QList<QCommandLineOption> drivingOptions();
    // Drives run `runId` in this process to its end, a halt or a pause; prints each gate on stderr and the
    // assets' outcomes as the listing. Exit code: 0 succeeded; 3 halted, paused or partly failed; 1 failed,
    // cancelled or refused.
    static int drive(CliContext &context, const CommandArguments &args, qint64 runId, bool continuing);
    // What drivingOptions() said: CliContext::Success, else the exit code of the error it printed.
    static int readDriving(CliContext &context, const CommandArguments &args, AssetDeployer::Options *options,
                           EndpointContext *endpoints);

private:
    static int list(CliContext &context, const CommandArguments &args);
    static int request(CliContext &context, const CommandArguments &args, bool cancel);
};
