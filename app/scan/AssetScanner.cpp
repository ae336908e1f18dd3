#include "AssetScanner.h"

#include "FactsProbe.h"
#include "PendingAdvisories.h"
#include "platforms/PlatformDetector.h"
#include "platforms/WindowsFacts.h"

#include <QDateTime>
#include <QHash>

Result<CommandResult> AssetScanner::runCompleted(Endpoint &endpoint, const Command &command,
                                                 const RunLimits &limits, const std::atomic_bool *cancel)
{
    CommandResult result = endpoint.run(command, limits, cancel);
    if (result.canceled)
        return Error{tr("Canceled."), {}};
    if (!result.errorCode.isEmpty()) // the endpoint knows what went wrong (host key, login, connection)
        return Error{result.error, result.errorHint, result.errorCode};
    if (!result.started)
        return Error{tr("Could not run %1 on %2: %3").arg(command.program, endpoint.describe(), result.error),
                     tr("Check that the program is installed on the asset.")};
    if (result.timedOut)
        return Error{tr("%1 on %2 did not finish within %3 s.")
                         .arg(command.program, endpoint.describe())
                         .arg(limits.timeout.count() / 1000),
                     tr("The asset may be overloaded; try again or raise the timeout.")};
    if (result.truncated)
        return Error{tr("%1 on %2 printed more than %3 MiB; the output was refused.")
                         .arg(command.program, endpoint.describe())
                         .arg(limits.outputCap / (1024 * 1024)),
                     tr("Raise the output cap if this asset really has that much to report.")};
    if (!result.error.isEmpty())
        return Error{tr("%1 on %2 failed: %3").arg(command.program, endpoint.describe(), result.error), {}};
    return result;
}

Result<QByteArray> AssetScanner::runChecked(Endpoint &endpoint, const Command &command,
                                            const RunLimits &limits, const std::atomic_bool *cancel,
                                            const std::function<bool(int)> &exitOk)
{
    auto result = runCompleted(endpoint, command, limits, cancel);
    if (!result)
        return result.error();
    if (!exitOk(result.value().exitCode)) {
        const QString stderrText = QString::fromUtf8(result.value().standardError.left(400)).trimmed();
        return Error{tr("%1 on %2 exited with status %3: %4")
                         .arg(command.program, endpoint.describe())
                         .arg(result.value().exitCode)
                         .arg(stderrText.isEmpty() ? tr("no message") : stderrText),
                     {}};
    }
    return std::move(result).value().standardOutput;
}

Result<QList<Advisory>> AssetScanner::advisories(Endpoint &endpoint, const PatchPlatform &platform,
                                                 const RunLimits &limits, const std::atomic_bool *cancel)
{
    const auto zeroOk = [](int code) {
        return code == 0;
    };
    const std::optional<Command> listCommand = platform.advisoriesCommand();
    if (!listCommand)
        return QList<Advisory>{};
    const auto listOutput = runChecked(endpoint, *listCommand, limits, cancel, zeroOk);
    if (!listOutput)
        return listOutput.error();
    auto found = platform.parseAdvisories(listOutput.value());
    if (!found)
        return Error{tr("Unexpected advisories from %1: %2").arg(endpoint.describe(), found.error().message),
                     {}};
    const std::optional<Command> detailsCommand = platform.advisoryDetailsCommand(found.value());
    if (!detailsCommand)
        return found;
    const auto detailsOutput = runChecked(endpoint, *detailsCommand, limits, cancel, zeroOk);
    if (!detailsOutput)
        return detailsOutput.error();
    auto complete = platform.completeAdvisories(std::move(found).value(), detailsOutput.value());
    if (!complete)
        return Error{
            tr("Unexpected advisory details from %1: %2").arg(endpoint.describe(), complete.error().message),
            {}};
    return complete;
}

Result<ScanRecord> AssetScanner::scan(Endpoint &endpoint, qint64 assetId, const RunLimits &limits,
                                      const std::atomic_bool *cancel, const StepCallback &onStep,
                                      FactsSource factsSource)
{
    const auto step = [&onStep](const QString &text) {
        if (onStep)
            onStep(text);
    };
    const auto zeroOk = [](int code) {
        return code == 0;
    };

    ScanRecord record;
    record.assetId = assetId;
    record.startedAt = QDateTime::currentDateTimeUtc();

    step(tr("Collecting facts"));
    const bool windows = factsSource == FactsSource::WindowsPowerShell;
    const auto factsOutput = runChecked(endpoint, windows ? WindowsFacts::command() : FactsProbe::command(),
                                        limits, cancel, zeroOk);
    if (!factsOutput)
        return factsOutput.error();
    auto facts = windows ? WindowsFacts::parse(factsOutput.value()) : FactsProbe::parse(factsOutput.value());
    if (!facts)
        return Error{tr("Unexpected facts from %1: %2").arg(endpoint.describe(), facts.error().message), {}};
    record.facts = facts.value();

    const std::unique_ptr<PatchPlatform> platform = PlatformDetector::forFacts(record.facts);
    if (!platform) {
        return Error{tr("%1 runs %2, which has no supported package manager.")
                         .arg(endpoint.describe(),
                              record.facts.osName.isEmpty() ? record.facts.osId : record.facts.osName),
                     tr("Supported: Debian and Ubuntu (apt); RHEL, Fedora, Rocky and Alma (dnf, yum); SLES "
                        "and openSUSE (zypper); Windows Server 2016 and later (Windows Update).")};
    }
    record.facts.packageManager = platform->name();

    step(tr("Listing installed packages"));
    const auto installedOutput =
        runChecked(endpoint, platform->installedPackagesCommand(), limits, cancel, zeroOk);
    if (!installedOutput)
        return installedOutput.error();
    auto installed = platform->parseInstalledPackages(installedOutput.value());
    if (!installed)
        return Error{
            tr("Unexpected package list from %1: %2").arg(endpoint.describe(), installed.error().message),
            {}};
    record.installed = std::move(installed).value();

    step(tr("Finding pending updates"));
    const auto pendingOutput =
        runChecked(endpoint, platform->pendingPatchesCommand(), limits, cancel,
                   [&platform](int code) { return platform->isPendingExitCodeOk(code); });
    if (!pendingOutput)
        return pendingOutput.error();
    auto pending = platform->parsePendingPatches(pendingOutput.value());
    if (!pending)
        return Error{
            tr("Unexpected update list from %1: %2").arg(endpoint.describe(), pending.error().message), {}};
    record.pending = std::move(pending).value();
    // Some platforms (dnf check-update) do not print the installed version: take it from the package list.
    QHash<QString, QString> installedVersions;
    for (const InstalledPackage &package : std::as_const(record.installed))
        installedVersions.insert(package.name + QLatin1Char('\x1f') + package.architecture, package.version);
    for (PendingPatch &patch : record.pending) {
        if (patch.installedVersion.isEmpty())
            patch.installedVersion =
                installedVersions.value(patch.package + QLatin1Char('\x1f') + patch.architecture);
    }

    step(tr("Reading advisories"));
    const auto found = advisories(endpoint, *platform, limits, cancel);
    if (!found)
        return found.error();
    PendingAdvisories::apply(record.pending, found.value());

    if (const std::optional<Command> rebootCheck = platform->rebootCheckCommand()) {
        step(tr("Checking whether a reboot is required"));
        const auto result = runCompleted(endpoint, *rebootCheck, limits, cancel);
        if (!result)
            return result.error();
        const auto hint = platform->parseRebootCheck(result.value());
        if (!hint)
            return Error{
                tr("Unexpected reboot check from %1: %2").arg(endpoint.describe(), hint.error().message), {}};
        // NotChecked (the tool is missing) keeps what the facts probe found.
        if (hint.value() == RebootHint::Required)
            record.facts.rebootRequired = true;
        else if (hint.value() == RebootHint::NotRequired)
            record.facts.rebootRequired = false;
    }

    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}
