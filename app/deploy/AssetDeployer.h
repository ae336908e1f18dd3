#pragma once

#include "HostReboot.h"

#include "endpoints/Endpoint.h"
#include "scan/FactsSource.h"

#include "domain/Result.h"
#include "domain/ScanRecord.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

// Where an AssetDeployer writes what it does, as it does it (one committed step at a time).
class DeploymentRecorder
{
public:
    virtual ~DeploymentRecorder() = default;
    virtual Status step(const DeploymentStep &step) = 0;
    // The version found on the asset right before the change: what a rollback returns to.
    virtual Status versionBefore(qint64 assetPatchId, const QString &version) = 0;
};

// Carries out one change request's patches on one asset, synchronously on a worker thread:
//
//   deploy:   precheck (scan: versions before) → refresh → install the exact target versions → verify
//             (rescan: every target installed) → reboot check; on failure, when asked, roll back to the
//             versions found before and verify that.
//   rollback: precheck → install the recorded earlier versions → verify.
//
// Every step is recorded before the next one starts. Cancellation is honoured between steps, never in the
// middle of a package installation (stopping dpkg or rpm half-way leaves a broken system).
class AssetDeployer
{
    Q_DECLARE_TR_FUNCTIONS(AssetDeployer)

public:
    enum class Mode
    {
        Deploy,
        Rollback
    };

    struct Options
    {
        bool refresh = true;           // refresh package metadata before installing
        bool rollbackOnFailure = true; // deploy only
        RunLimits limits{std::chrono::minutes(30)};
        // Reboot a host that needs it after a verified deployment, wait for it to come back (a new boot id)
        // and verify again. Only before rebootDeadline when that is set (the end of the maintenance
        // window); otherwise the reboot is recorded as deferred.
        // How long package commands wait for a lock another run holds (unattended-upgrades, an admin's apt).
        std::chrono::seconds packageLockWait{120};
        bool rebootIfRequired = false;
        // How the prechecks and verifications read the asset's facts (by its transport).
        FactsSource facts = FactsSource::PosixShell;
        QDateTime rebootDeadline;
        HostReboot::Timing rebootTiming;
    };

    struct Outcome
    {
        // How it ended: succeeded, failed, rolled-back, rollback-failed or canceled.
        DeploymentState state = DeploymentState::Failed;
        QString detail; // one line for the deployments list
        // The last scan of the asset (the verification), for the caller to store: it moves patch states.
        std::optional<ScanRecord> lastScan;
    };

    using StepCallback = std::function<void(StepKind step)>;

    // The state an asset's deployment ends in when everything went as asked: succeeded, or rolled-back for a
    // rollback.
    static DeploymentState success(Mode mode);

    static Outcome run(Endpoint &endpoint, qint64 assetId, const QList<ChangeTarget> &targets, Mode mode,
                       const Options &options, DeploymentRecorder &recorder, const std::atomic_bool *cancel,
                       const StepCallback &onStep = {});

    // The last bytes of a command's output, made safe to store and show: valid UTF-8, no control characters
    // other than newline and tab.
    static QString outputTail(const QByteArray &output, int maxBytes = 2048);
};
