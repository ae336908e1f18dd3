#include "AssetDeployer.h"

#include "platforms/PlatformDetector.h"
#include "scan/AssetScanner.h"

#include <QHash>

#include <algorithm>

namespace {

QString keyOf(const QString &package, const QString &architecture)
{
    return package + QLatin1Char('\x1f') + architecture;
}

QHash<QString, QString> installedVersions(const ScanRecord &record)
{
    QHash<QString, QString> versions;
    for (const InstalledPackage &package : record.installed)
        versions.insert(keyOf(package.name, package.architecture), package.version);
    return versions;
}

// One deployment on one asset: the steps share the endpoint, the recorder and what was learned so far.
class DeploymentOnAsset
{
public:
    DeploymentOnAsset(Endpoint &endpoint, qint64 assetId, const AssetDeployer::Options &options,
                      DeploymentRecorder &recorder, const std::atomic_bool *cancel,
                      const AssetDeployer::StepCallback &onStep)
        : m_endpoint(endpoint)
        , m_assetId(assetId)
        , m_options(options)
        , m_recorder(recorder)
        , m_cancel(cancel)
        , m_onStep(onStep)
    {
    }

    AssetDeployer::Outcome deploy(const QList<ChangeTarget> &targets);
    AssetDeployer::Outcome rollback(const QList<ChangeTarget> &targets);

private:
    bool canceled() const { return m_cancel && m_cancel->load(); }
    void announce(StepKind step) const
    {
        if (m_onStep)
            m_onStep(step);
    }
    // Records a step; false when even that failed (the database is gone): the deployment stops.
    bool record(StepKind step, StepStatus status, int exitCode, const QString &detail);
    // Scans the asset; records the step under `step`. Sets m_platform from the facts the first time.
    std::optional<ScanRecord> scan(StepKind step);
    // Runs a platform command that changes the asset; records it with its exit code and output tail.
    bool change(StepKind step, const Result<Command> &command, bool interruptible);
    // Whether every target is installed at the version `versionOf` picks; records the verdict.
    // The version of the target's package in `installed`, or the recorded "absent" version where the
    // platform says a package the scan does not list is at it (a Windows KB not installed).
    QString versionNow(const QHash<QString, QString> &installed, const QString &package,
                       const QString &architecture, const QString &recorded) const;
    bool verify(StepKind step, const ScanRecord &scan, const QList<ChangeTarget> &targets,
                const std::function<QString(const ChangeTarget &)> &versionOf);
    void recordRebootState(const ScanRecord &scan);
    // Reboots (within the window), waits for the new boot and verifies the targets again.
    AssetDeployer::Outcome reboot(const QList<ChangeTarget> &targets, const QString &done);
    AssetDeployer::Outcome finish(DeploymentState state, const QString &detail);

    Endpoint &m_endpoint;
    qint64 m_assetId;
    AssetDeployer::Options m_options;
    DeploymentRecorder &m_recorder;
    const std::atomic_bool *m_cancel;
    const AssetDeployer::StepCallback &m_onStep;
    std::unique_ptr<PatchPlatform> m_platform;
    std::optional<ScanRecord> m_lastScan;
    bool m_recorderFailed = false;
    QString m_explanation; // what the platform recognised in the last failed command, e.g. "busy: ..."
};

bool DeploymentOnAsset::record(StepKind step, StepStatus status, int exitCode, const QString &detail)
{
    DeploymentStep entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.step = step;
    entry.status = status;
    entry.exitCode = exitCode;
    entry.detail = detail;
    if (!m_recorder.step(entry)) {
        m_recorderFailed = true;
        return false;
    }
    return true;
}

std::optional<ScanRecord> DeploymentOnAsset::scan(StepKind step)
{
    announce(step);
    auto scanned = AssetScanner::scan(m_endpoint, m_assetId, m_options.limits, m_cancel, {}, m_options.facts);
    if (!scanned) {
        record(step, StepStatus::Failed, -1, scanned.error().text());
        return std::nullopt;
    }
    if (!m_platform) {
        m_platform = PlatformDetector::forFacts(scanned.value().facts);
        if (m_platform)
            m_platform->setLockWait(m_options.packageLockWait);
        if (!m_platform) {
            record(step, StepStatus::Failed, -1,
                   AssetDeployer::tr("No supported package manager on %1.").arg(m_endpoint.describe()));
            return std::nullopt;
        }
    }
    m_lastScan = scanned.value();
    return scanned.value();
}

bool DeploymentOnAsset::change(StepKind step, const Result<Command> &command, bool interruptible)
{
    announce(step);
    if (!command) {
        record(step, StepStatus::Failed, -1, command.error().text());
        return false;
    }
    // Package installs are not interrupted: dpkg or rpm stopped half-way leaves a broken system.
    const CommandResult result =
        m_endpoint.run(command.value(), m_options.limits, interruptible ? m_cancel : nullptr);
    QString detail = command.value().display();
    const QString out = AssetDeployer::outputTail(result.standardOutput);
    const QString err = AssetDeployer::outputTail(result.standardError);
    if (!out.isEmpty())
        detail += QStringLiteral("\n--- output (end) ---\n") + out;
    if (!err.isEmpty())
        detail += QStringLiteral("\n--- errors (end) ---\n") + err;
    const bool ok = m_platform->changeSucceeded(result);
    if (!ok) {
        if (const std::optional<QString> why = m_platform->explainFailure(result)) {
            m_explanation = *why;
            detail = *why + QLatin1Char('\n') + detail;
        }
    }
    if (!result.completed()) {
        const QString why =
            result.canceled ? AssetDeployer::tr("canceled")
            : result.timedOut
                ? AssetDeployer::tr("did not finish within %1 s").arg(m_options.limits.timeout.count() / 1000)
            : result.truncated           ? AssetDeployer::tr("printed more than the output cap")
            : result.errorHint.isEmpty() ? result.error
                                         : result.error + QLatin1Char(' ') + result.errorHint;
        record(step, StepStatus::Failed, -1, why + QLatin1Char('\n') + detail);
        return false;
    }
    record(step, ok ? StepStatus::Ok : StepStatus::Failed, result.exitCode, detail);
    return ok;
}

QString DeploymentOnAsset::versionNow(const QHash<QString, QString> &installed, const QString &package,
                                      const QString &architecture, const QString &recorded) const
{
    const QString found = installed.value(keyOf(package, architecture));
    if (found.isEmpty() && m_platform && m_platform->isAbsentVersion(recorded))
        return recorded;
    return found;
}

bool DeploymentOnAsset::verify(StepKind step, const ScanRecord &scan, const QList<ChangeTarget> &targets,
                               const std::function<QString(const ChangeTarget &)> &versionOf)
{
    const QHash<QString, QString> installed = installedVersions(scan);
    QStringList lines;
    bool ok = true;
    for (const ChangeTarget &target : targets) {
        const QString wanted = versionOf(target);
        const QString found = versionNow(installed, target.package, target.architecture, wanted);
        const bool match = found == wanted;
        ok = ok && match;
        lines << AssetDeployer::tr("%1 %2: %3 (wanted %4)")
                     .arg(target.package, target.architecture,
                          found.isEmpty() ? AssetDeployer::tr("not installed") : found, wanted);
    }
    record(step, ok ? StepStatus::Ok : StepStatus::Failed, -1, lines.join(QLatin1Char('\n')));
    return ok;
}

void DeploymentOnAsset::recordRebootState(const ScanRecord &scan)
{
    if (!scan.facts.rebootRequired)
        return;
    record(StepKind::RebootCheck, StepStatus::Required, -1,
           AssetDeployer::tr("A reboot is required to finish: %1")
               .arg(scan.facts.rebootRequiredBy.isEmpty()
                        ? AssetDeployer::tr("reason not stated")
                        : scan.facts.rebootRequiredBy.join(QStringLiteral(", "))));
}

AssetDeployer::Outcome DeploymentOnAsset::reboot(const QList<ChangeTarget> &targets, const QString &done)
{
    if (m_options.rebootDeadline.isValid() && QDateTime::currentDateTimeUtc() > m_options.rebootDeadline) {
        record(StepKind::Reboot, StepStatus::Deferred, -1,
               AssetDeployer::tr("The maintenance window closed at %1; reboot the host in the next window.")
                   .arg(m_options.rebootDeadline.toUTC().toString(Qt::ISODate)));
        return finish(DeploymentState::Succeeded,
                      done + QLatin1Char(' ') + AssetDeployer::tr("Reboot deferred to the next window."));
    }
    if (canceled())
        return finish(DeploymentState::Succeeded,
                      done + QLatin1Char(' ') + AssetDeployer::tr("Reboot canceled."));
    announce(StepKind::Reboot);
    const auto before = HostReboot::bootId(m_endpoint, *m_platform, m_options.limits);
    if (!before) {
        record(StepKind::Reboot, StepStatus::Failed, -1, before.error().text());
        return finish(DeploymentState::Failed,
                      done + QLatin1Char(' ') + AssetDeployer::tr("The reboot did not start."));
    }
    // The connection may drop while the command runs: that is the host going down, not a failure. An exit
    // status is the host's answer, though: a non-zero one (sudo asking for a password, systemctl failing)
    // means it refused, also when the endpoint turned it into an error (sudo-password-required); and a
    // command that never started rebooted nothing.
    const CommandResult result = m_endpoint.run(m_platform->rebootCommand(), m_options.limits, nullptr);
    const bool refused = !result.started || result.exitCode > 0;
    QString detail = m_platform->rebootCommand().display() + QLatin1Char('\n') +
                     AssetDeployer::tr("boot id before: %1").arg(before.value());
    const QString why =
        result.errorHint.isEmpty() ? result.error : result.error + QLatin1Char(' ') + result.errorHint;
    if (refused) {
        if (!why.isEmpty())
            detail += QLatin1Char('\n') + why;
        if (const QString err = AssetDeployer::outputTail(result.standardError); !err.isEmpty())
            detail += QLatin1Char('\n') + err;
    } else if (!result.completed()) {
        detail += QLatin1Char('\n') + AssetDeployer::tr("connection: %1").arg(result.error);
    }
    record(StepKind::Reboot, refused ? StepStatus::Failed : StepStatus::Ok,
           result.exitCode >= 0 ? result.exitCode : -1, detail);
    if (refused)
        return finish(DeploymentState::Failed,
                      done + QLatin1Char(' ') + AssetDeployer::tr("The host refused to reboot.") +
                          (result.error.isEmpty() ? QString() : QLatin1Char(' ') + result.error));

    announce(StepKind::WaitForHost);
    if (Status back = HostReboot::waitForNewBoot(m_endpoint, *m_platform, before.value(),
                                                 m_options.rebootTiming, m_cancel);
        !back) {
        record(StepKind::WaitForHost, StepStatus::Failed, -1, back.error().text());
        return finish(DeploymentState::Failed, back.error().message);
    }
    record(StepKind::WaitForHost, StepStatus::Ok, -1,
           AssetDeployer::tr("The host is back with a new boot id."));
    const auto after = scan(StepKind::VerifyAfterReboot);
    const bool verified = after && verify(StepKind::VerifyAfterReboot, *after, targets,
                                          [](const ChangeTarget &target) { return target.targetVersion; });
    if (!verified)
        return finish(DeploymentState::Failed,
                      AssetDeployer::tr("After the reboot the fixed versions are not all installed."));
    if (after->facts.rebootRequired) {
        recordRebootState(*after);
        return finish(DeploymentState::Failed,
                      AssetDeployer::tr("The host still asks for a reboot after rebooting."));
    }
    return finish(DeploymentState::Succeeded,
                  done + QLatin1Char(' ') + AssetDeployer::tr("Rebooted and verified."));
}

AssetDeployer::Outcome DeploymentOnAsset::finish(DeploymentState state, const QString &detail)
{
    AssetDeployer::Outcome outcome;
    outcome.state = m_recorderFailed ? DeploymentState::Failed : state;
    if (m_recorderFailed)
        outcome.detail = AssetDeployer::tr("The deployment log could not be written; stopped.");
    else if (!m_explanation.isEmpty() && outcome.state != DeploymentState::Succeeded)
        outcome.detail = detail + QLatin1Char(' ') + m_explanation;
    else
        outcome.detail = detail;
    outcome.lastScan = m_lastScan;
    return outcome;
}

AssetDeployer::Outcome DeploymentOnAsset::deploy(const QList<ChangeTarget> &targets)
{
    const auto before = scan(StepKind::Precheck);
    if (!before)
        return finish(DeploymentState::Failed, AssetDeployer::tr("Precheck failed; nothing was changed."));

    // The versions installed right now are what a rollback returns to.
    const QHash<QString, QString> installed = installedVersions(*before);
    QList<ChangeTarget> pending;
    QList<PackageChange> changes;
    QStringList lines;
    for (ChangeTarget target : targets) {
        const QString now =
            versionNow(installed, target.package, target.architecture, target.rollbackVersion);
        if (now.isEmpty()) {
            record(StepKind::Precheck, StepStatus::Failed, -1,
                   AssetDeployer::tr("%1 %2 is not installed on the asset any more.")
                       .arg(target.package, target.architecture));
            return finish(DeploymentState::Failed,
                          AssetDeployer::tr("Precheck failed; nothing was changed."));
        }
        if (!m_recorder.versionBefore(target.assetPatchId, now)) {
            m_recorderFailed = true;
            return finish(DeploymentState::Failed, {});
        }
        target.rollbackVersion = now;
        lines << AssetDeployer::tr("%1 %2: %3 → %4")
                     .arg(target.package, target.architecture, now, target.targetVersion);
        if (now == target.targetVersion)
            continue;
        pending.append(target);
        changes.append({target.package, target.architecture, target.targetVersion, target.advisory});
    }
    if (!record(StepKind::Precheck, StepStatus::Ok, -1, lines.join(QLatin1Char('\n'))))
        return finish(DeploymentState::Failed, {});
    if (pending.isEmpty()) {
        record(StepKind::Install, StepStatus::Skipped, -1,
               AssetDeployer::tr("Every target version is already installed."));
        return finish(DeploymentState::Succeeded, AssetDeployer::tr("Already up to date."));
    }
    if (canceled())
        return finish(DeploymentState::Canceled, AssetDeployer::tr("Canceled before anything was changed."));

    if (m_options.refresh) {
        if (!change(StepKind::Refresh, m_platform->refreshCommand(), true))
            return finish(canceled() ? DeploymentState::Canceled : DeploymentState::Failed,
                          AssetDeployer::tr("Refreshing package metadata failed; nothing was installed."));
    }
    if (canceled())
        return finish(DeploymentState::Canceled,
                      AssetDeployer::tr("Canceled before anything was installed."));

    const bool installed_ok = change(StepKind::Install, m_platform->installCommand(changes), false);
    const auto after = scan(StepKind::Verify);
    const bool verified = after && verify(StepKind::Verify, *after, pending,
                                          [](const ChangeTarget &target) { return target.targetVersion; });
    if (installed_ok && verified) {
        const QString done =
            AssetDeployer::tr("%n package(s) updated and verified.", nullptr, int(pending.size()));
        if (!after->facts.rebootRequired)
            return finish(DeploymentState::Succeeded, done);
        recordRebootState(*after);
        if (!m_options.rebootIfRequired)
            return finish(DeploymentState::Succeeded,
                          done + QLatin1Char(' ') + AssetDeployer::tr("A reboot is pending."));
        return reboot(pending, done);
    }
    const QString failure = installed_ok ? AssetDeployer::tr("The installation ran but verification failed.")
                                         : AssetDeployer::tr("The installation failed.");
    if (!m_options.rollbackOnFailure || m_recorderFailed)
        return finish(DeploymentState::Failed, failure);
    // Nothing to undo when the verification found every package still at its earlier version.
    if (after) {
        const QHash<QString, QString> now = installedVersions(*after);
        const bool untouched =
            std::all_of(pending.cbegin(), pending.cend(), [this, &now](const ChangeTarget &target) {
                return versionNow(now, target.package, target.architecture, target.rollbackVersion) ==
                       target.rollbackVersion;
            });
        if (untouched)
            return finish(DeploymentState::Failed,
                          failure + QLatin1Char(' ') +
                              AssetDeployer::tr("Nothing was changed; no rollback needed."));
    }

    QList<PackageChange> previous;
    for (const ChangeTarget &target : std::as_const(pending))
        previous.append({target.package, target.architecture, target.rollbackVersion, {}});
    const bool rolledBack = change(StepKind::Rollback, m_platform->rollbackCommand(previous), false);
    const auto restored = scan(StepKind::VerifyRollback);
    const bool restoredOk =
        restored && verify(StepKind::VerifyRollback, *restored, pending,
                           [](const ChangeTarget &target) { return target.rollbackVersion; });
    if (rolledBack && restoredOk)
        return finish(DeploymentState::RolledBack,
                      failure + QLatin1Char(' ') + AssetDeployer::tr("The previous versions are back."));
    return finish(DeploymentState::RollbackFailed,
                  failure + QLatin1Char(' ') +
                      AssetDeployer::tr("Rolling back failed too: the asset needs attention."));
}

AssetDeployer::Outcome DeploymentOnAsset::rollback(const QList<ChangeTarget> &targets)
{
    const auto before = scan(StepKind::Precheck);
    if (!before)
        return finish(DeploymentState::Failed, AssetDeployer::tr("Precheck failed; nothing was changed."));
    const QHash<QString, QString> installed = installedVersions(*before);
    QList<ChangeTarget> pending;
    QList<PackageChange> previous;
    QStringList lines;
    for (const ChangeTarget &target : targets) {
        const QString now =
            versionNow(installed, target.package, target.architecture, target.rollbackVersion);
        if (target.rollbackVersion.isEmpty()) {
            record(StepKind::Precheck, StepStatus::Failed, -1,
                   AssetDeployer::tr("No earlier version of %1 was recorded; it cannot be rolled back.")
                       .arg(target.package));
            return finish(DeploymentState::Failed, AssetDeployer::tr("Nothing to roll back to."));
        }
        lines << AssetDeployer::tr("%1 %2: %3 → %4")
                     .arg(target.package, target.architecture,
                          now.isEmpty() ? AssetDeployer::tr("not installed") : now, target.rollbackVersion);
        if (now == target.rollbackVersion)
            continue;
        pending.append(target);
        previous.append({target.package, target.architecture, target.rollbackVersion, {}});
    }
    if (!record(StepKind::Precheck, StepStatus::Ok, -1, lines.join(QLatin1Char('\n'))))
        return finish(DeploymentState::Failed, {});
    if (pending.isEmpty()) {
        record(StepKind::Rollback, StepStatus::Skipped, -1,
               AssetDeployer::tr("The earlier versions are already installed."));
        return finish(DeploymentState::RolledBack, AssetDeployer::tr("Already at the earlier versions."));
    }
    if (canceled())
        return finish(DeploymentState::Canceled, AssetDeployer::tr("Canceled before anything was changed."));
    const bool ran = change(StepKind::Rollback, m_platform->rollbackCommand(previous), false);
    const auto after = scan(StepKind::VerifyRollback);
    const bool verified = after && verify(StepKind::VerifyRollback, *after, pending,
                                          [](const ChangeTarget &target) { return target.rollbackVersion; });
    if (ran && verified)
        return finish(DeploymentState::RolledBack,
                      AssetDeployer::tr("%n package(s) returned to their earlier versions.", nullptr,
                                        int(pending.size())));
    return finish(DeploymentState::RollbackFailed,
                  AssetDeployer::tr("Rolling back failed: the asset needs attention."));
}

} // namespace

AssetDeployer::Outcome AssetDeployer::run(Endpoint &endpoint, qint64 assetId,
                                          const QList<ChangeTarget> &targets, Mode mode,
                                          const Options &options, DeploymentRecorder &recorder,
                                          const std::atomic_bool *cancel, const StepCallback &onStep)
{
    DeploymentOnAsset deployment(endpoint, assetId, options, recorder, cancel, onStep);
    return mode == Mode::Deploy ? deployment.deploy(targets) : deployment.rollback(targets);
}

DeploymentState AssetDeployer::success(Mode mode)
{
    return mode == Mode::Rollback ? DeploymentState::RolledBack : DeploymentState::Succeeded;
}

QString AssetDeployer::outputTail(const QByteArray &output, int maxBytes)
{
    QByteArray tail = output.right(maxBytes);
    QString text = QString::fromUtf8(tail);
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
            (!c.isNull() && c.category() != QChar::Other_Control))
            clean.append(c);
    }
    return clean.trimmed();
}
