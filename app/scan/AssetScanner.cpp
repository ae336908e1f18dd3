#include "AssetScanner.h"

#include "FactsProbe.h"
#include "PendingAdvisories.h"
#include "platforms/PlatformDetector.h"
#include "platforms/WindowsFacts.h"
#include "ScanScript.h"

#include <QDateTime>
#include <QHash>

namespace {

// Where a scan's steps come from: a section of the scan script when it ran that step, else a command of
// their own on the endpoint. Counts the commands and the bytes they returned.
class ScanSteps
{
public:
    ScanSteps(Endpoint &endpoint, const RunLimits &limits, const std::atomic_bool *cancel)
        : m_endpoint(endpoint)
        , m_limits(limits)
        , m_cancel(cancel)
    {
    }

    void useSections(ScanScript::Sections sections) { m_sections = std::move(sections); }
    const ScanScript::Sections &sections() const { return m_sections; }
    ScannedAsset &counts() { return m_counts; }

    // The step's result: the script's section `name` when there is one, else `command` run on its own.
    Result<CommandResult> completed(const char *name, const Command &command)
    {
        const auto section = m_sections.constFind(QString::fromLatin1(name));
        if (section != m_sections.cend()) {
            CommandResult result;
            result.started = true;
            result.exitCode = section->exitCode;
            result.standardOutput = section->standardOutput;
            result.standardError = section->standardError;
            return result;
        }
        return run(command);
    }

    Result<CommandResult> run(const Command &command)
    {
        CommandResult result = m_endpoint.run(command, m_limits, m_cancel);
        ++m_counts.commands;
        m_counts.bytesReceived += result.standardOutput.size() + result.standardError.size();
        if (result.canceled)
            return Error{AssetScanner::tr("Canceled."), {}};
        if (!result.errorCode.isEmpty()) // the endpoint knows what went wrong (host key, login, connection)
            return Error{result.error, result.errorHint, result.errorCode};
        if (!result.started)
            return Error{AssetScanner::tr("Could not run %1 on %2: %3")
                             .arg(command.program, m_endpoint.describe(), result.error),
                         AssetScanner::tr("Check that the program is installed on the asset.")};
        if (result.timedOut)
            return Error{AssetScanner::tr("%1 on %2 did not finish within %3 s.")
                             .arg(command.program, m_endpoint.describe())
                             .arg(m_limits.timeout.count() / 1000),
                         AssetScanner::tr("The asset may be overloaded; try again or raise the timeout.")};
        if (result.truncated)
            return Error{
                AssetScanner::tr("%1 on %2 printed more than %3 MiB; the output was refused.")
                    .arg(command.program, m_endpoint.describe())
                    .arg(m_limits.outputCap / (1024 * 1024)),
                AssetScanner::tr("Raise the output cap if this asset really has that much to report.")};
        if (!result.error.isEmpty())
            return Error{AssetScanner::tr("%1 on %2 failed: %3")
                             .arg(command.program, m_endpoint.describe(), result.error),
                         {}};
        return result;
    }

    Result<QByteArray> checked(const char *name, const Command &command,
                               const std::function<bool(int)> &exitOk)
    {
        auto result = completed(name, command);
        if (!result)
            return result.error();
        if (!exitOk(result.value().exitCode)) {
            const QString stderrText = QString::fromUtf8(result.value().standardError.left(400)).trimmed();
            return Error{AssetScanner::tr("%1 on %2 exited with status %3: %4")
                             .arg(command.program, m_endpoint.describe())
                             .arg(result.value().exitCode)
                             .arg(stderrText.isEmpty() ? AssetScanner::tr("no message") : stderrText),
                         {}};
        }
        return std::move(result).value().standardOutput;
    }

    QString describe() const { return m_endpoint.describe(); }

private:
    Endpoint &m_endpoint;
    const RunLimits &m_limits;
    const std::atomic_bool *m_cancel;
    ScanScript::Sections m_sections;
    ScannedAsset m_counts;
};

bool zeroOk(int code)
{
    return code == 0;
}

Result<QList<Advisory>> advisories(ScanSteps &steps, const PatchPlatform &platform)
{
    const std::optional<Command> listCommand = platform.advisoriesCommand();
    if (!listCommand)
        return QList<Advisory>{};
    const auto listOutput = steps.checked(ScanScript::Advisories, *listCommand, zeroOk);
    if (!listOutput)
        return listOutput.error();
    auto found = platform.parseAdvisories(listOutput.value());
    if (!found)
        return Error{AssetScanner::tr("Unexpected advisories from %1: %2")
                         .arg(steps.describe(), found.error().message),
                     {}};
    const std::optional<Command> detailsCommand = platform.advisoryDetailsCommand(found.value());
    if (!detailsCommand)
        return found;
    // Built from what the first step found: never a section of the script.
    const auto detailsOutput = steps.checked("", *detailsCommand, zeroOk);
    if (!detailsOutput)
        return detailsOutput.error();
    auto complete = platform.completeAdvisories(std::move(found).value(), detailsOutput.value());
    if (!complete)
        return Error{AssetScanner::tr("Unexpected advisory details from %1: %2")
                         .arg(steps.describe(), complete.error().message),
                     {}};
    return complete;
}

// The uptime in the "unchanged" section: /proc/uptime's first field, whole seconds.
std::optional<qint64> uptimeSeconds(const QByteArray &line)
{
    const QByteArray first = line.trimmed().split(' ').constFirst().split('.').constFirst();
    bool ok = false;
    const qint64 seconds = first.toLongLong(&ok);
    return ok && seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
}

} // namespace

Result<ScanRecord> AssetScanner::scan(Endpoint &endpoint, qint64 assetId, const RunLimits &limits,
                                      const std::atomic_bool *cancel, const StepCallback &onStep,
                                      FactsSource factsSource)
{
    auto scanned = scanAsset(endpoint, assetId, limits, cancel, onStep, factsSource, nullptr);
    if (!scanned)
        return scanned.error();
    return std::move(scanned).value().record;
}

Result<ScannedAsset> AssetScanner::scanAsset(Endpoint &endpoint, qint64 assetId, const RunLimits &limits,
                                             const std::atomic_bool *cancel, const StepCallback &onStep,
                                             FactsSource factsSource, const ScanBaseline *baseline)
{
    const auto step = [&onStep](const QString &text) {
        if (onStep)
            onStep(text);
    };

    ScanRecord record;
    record.assetId = assetId;
    record.startedAt = QDateTime::currentDateTimeUtc();
    ScanSteps steps(endpoint, limits, cancel);
    const bool windows = factsSource == FactsSource::WindowsPowerShell;

    step(tr("Collecting facts"));
    QString fingerprint;
    if (!windows && endpoint.runsShellScripts()) {
        const QByteArray boundary = ScanScript::newBoundary();
        const bool warm = baseline && ScanScript::isValidFingerprint(baseline->fingerprint);
        const Command script = ScanScript::command(boundary, warm ? baseline->fingerprint : QString());
        const auto ran = steps.run(script);
        if (!ran)
            return ran.error();
        if (ran.value().exitCode != 0)
            return Error{tr("The scan script on %1 exited with status %2: %3")
                             .arg(endpoint.describe())
                             .arg(ran.value().exitCode)
                             .arg(QString::fromUtf8(ran.value().standardError.right(400)).trimmed()),
                         {}};
        auto sections = ScanScript::parse(ran.value().standardOutput, ran.value().standardError, boundary);
        if (!sections)
            return Error{
                tr("Unexpected scan output from %1: %2").arg(endpoint.describe(), sections.error().message),
                sections.error().hint};
        fingerprint = QString::fromLatin1(
            sections.value().value(QString::fromLatin1(ScanScript::Fingerprint)).standardOutput.trimmed());
        if (!ScanScript::isValidFingerprint(fingerprint))
            return Error{tr("Unexpected scan fingerprint from %1.").arg(endpoint.describe()), {}};
        const auto unchanged = sections.value().constFind(QString::fromLatin1(ScanScript::Unchanged));
        if (unchanged != sections.value().cend()) {
            const std::optional<qint64> uptime = uptimeSeconds(unchanged->standardOutput);
            if (!warm || fingerprint != baseline->fingerprint || !uptime)
                return Error{
                    tr("%1 said nothing changed, but the scan did not ask it that.").arg(endpoint.describe()),
                    tr("The output was altered; scan again.")};
            ScannedAsset result = steps.counts();
            result.record = baseline->record;
            result.record.assetId = assetId;
            result.record.startedAt = record.startedAt;
            result.record.facts.uptimeSeconds = *uptime;
            result.record.finishedAt = QDateTime::currentDateTimeUtc();
            result.fingerprint = fingerprint;
            result.unchanged = true;
            return result;
        }
        steps.useSections(std::move(sections).value());
    }

    const auto factsOutput =
        steps.checked(ScanScript::Facts, windows ? WindowsFacts::command() : FactsProbe::command(), zeroOk);
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
    // The script ran the steps of the first tool it found; when the facts name another platform, those
    // sections are not this platform's: run its steps on their own.
    const auto scriptPlatform = steps.sections().constFind(QString::fromLatin1(ScanScript::Platform));
    if (scriptPlatform != steps.sections().cend() &&
        scriptPlatform->standardOutput.trimmed() != platform->name().toLatin1())
        steps.useSections({});

    step(tr("Listing installed packages"));
    const auto installedOutput =
        steps.checked(ScanScript::Installed, platform->installedPackagesCommand(), zeroOk);
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
        steps.checked(ScanScript::Pending, platform->pendingPatchesCommand(),
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
    const auto found = advisories(steps, *platform);
    if (!found)
        return found.error();
    PendingAdvisories::apply(record.pending, found.value());

    if (const std::optional<Command> rebootCheck = platform->rebootCheckCommand()) {
        step(tr("Checking whether a reboot is required"));
        const auto result = steps.completed(ScanScript::Reboot, *rebootCheck);
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
    ScannedAsset result = steps.counts();
    result.record = std::move(record);
    result.fingerprint = fingerprint;
    return result;
}
