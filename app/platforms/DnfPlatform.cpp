#include "DnfPlatform.h"

#include "DnfAdvisories.h"
#include "ListingLimits.h"
#include "OutputLines.h"
#include "RpmGrammar.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLineLength = 4096;
constexpr int CheckUpdateAvailable = 100;
constexpr int NeedsRestartingReboot = 1;

// needs_restarting.py of dnf-plugins-core 4.3 (`-r`), and dnf 4's answer when the plugin is missing.
const QStringList NoRebootLines{u"No core libraries or services have been updated since boot-up."_s,
                                u"Reboot should not be necessary."_s};
const QString RebootFirstLine = u"Core libraries or services have been updated since boot-up:"_s;
const QString RebootRequiredLine = u"Reboot is required to fully utilize these updates."_s;
const QString MoreInformationPrefix = u"More information: "_s;
const QString NoPluginPrefix = u"No such command: needs-restarting."_s;
// Change commands fail at once when another dnf run holds dnf's lock, instead of waiting for it unbounded.
const QString ExitOnLock = u"--setopt=exit_on_lock=True"_s;

// dnf's rpm callback for a failed scriptlet (dnf/yum/rpmtrans.py), also when dnf then exits 0.
QRegularExpressionMatch failedScriptlet(const QString &output)
{
    static const QRegularExpression scriptlet(
        u"^Error in ([A-Z]{2,16}) scriptlet in rpm package ([A-Za-z0-9._+-]{1,200})$"_s,
        QRegularExpression::MultilineOption);
    return scriptlet.match(output);
}

} // namespace

DnfPlatform::DnfPlatform(Tool tool)
    : m_tool(tool)
{
}

QString DnfPlatform::name() const
{
    return m_tool == Tool::Dnf ? u"dnf"_s : u"yum"_s;
}

Command DnfPlatform::pendingPatchesCommand() const
{
    return {name(), {u"-q"_s, m_tool == Tool::Dnf ? u"--cacheonly"_s : u"-C"_s, u"check-update"_s}};
}

bool DnfPlatform::isPendingExitCodeOk(int exitCode) const
{
    return exitCode == 0 || exitCode == CheckUpdateAvailable;
}

std::optional<Command> DnfPlatform::advisoriesCommand() const
{
    if (m_tool != Tool::Dnf)
        return std::nullopt;
    return Command{u"dnf"_s, {u"-q"_s, u"--cacheonly"_s, u"updateinfo"_s, u"list"_s, u"--available"_s}};
}

Result<QList<Advisory>> DnfPlatform::parseAdvisories(const QByteArray &output) const
{
    return DnfAdvisories::parseList(output);
}

std::optional<Command> DnfPlatform::advisoryDetailsCommand(const QList<Advisory> &advisories) const
{
    if (m_tool != Tool::Dnf || advisories.isEmpty())
        return std::nullopt;
    return Command{
        u"dnf"_s, {u"-q"_s, u"--cacheonly"_s, u"updateinfo"_s, u"list"_s, u"--available"_s, u"--with-cve"_s}};
}

Result<QList<Advisory>> DnfPlatform::completeAdvisories(QList<Advisory> advisories,
                                                        const QByteArray &output) const
{
    return DnfAdvisories::addCves(std::move(advisories), output);
}

std::optional<Command> DnfPlatform::rebootCheckCommand() const
{
    if (m_tool != Tool::Dnf)
        return std::nullopt;
    return Command{u"dnf"_s, {u"-q"_s, u"needs-restarting"_s, u"-r"_s}};
}

Result<RebootHint> DnfPlatform::parseRebootCheck(const CommandResult &result) const
{
    const QString source = tr("dnf needs-restarting -r output");
    auto lines = OutputLines::split(result.standardOutput, source, MaxLineLength);
    if (!lines)
        return lines.error();
    const QStringList &out = lines.value();
    if (result.exitCode == 0 && out == NoRebootLines)
        return RebootHint::NotRequired;
    if (result.exitCode == NeedsRestartingReboot && out.isEmpty() &&
        result.standardError.startsWith(NoPluginPrefix.toUtf8()))
        return RebootHint::NotChecked;
    if (result.exitCode == NeedsRestartingReboot && out.size() >= 4 && out.first() == RebootFirstLine) {
        // "  * NAME" lines, a blank line, the verdict, and the knowledge-base link.
        int line = 1;
        while (line < out.size() && out.at(line).startsWith(u"  * "_s)) {
            if (!RpmGrammar::isValidPackageName(out.at(line).mid(4)))
                break;
            ++line;
        }
        const qsizetype rest = out.size() - line;
        if (line > 1 && (rest == 2 || rest == 3) && out.at(line).isEmpty() &&
            out.at(line + 1) == RebootRequiredLine &&
            (rest == 2 || out.at(line + 2).startsWith(MoreInformationPrefix)))
            return RebootHint::Required;
    }
    return Error{
        tr("%1 (exit status %2) is not what needs-restarting prints.").arg(source).arg(result.exitCode),
        tr("Patchwright refuses output it does not understand; check dnf on the asset.")};
}

Command DnfPlatform::refreshCommand() const
{
    Command command{name(), {u"-q"_s, u"-y"_s, ExitOnLock, u"makecache"_s}};
    command.needsRoot = true;
    return command;
}

// NAME-VERSION.ARCH (the epoch left out: dnf matches NEVRA specs without it), each part validated.
Result<Command> DnfPlatform::packageCommand(const QString &verb, const QList<PackageChange> &changes) const
{
    if (changes.isEmpty())
        return Error{tr("No packages were selected."), {}};
    QStringList arguments{u"-q"_s, u"-y"_s, ExitOnLock, verb};
    for (const PackageChange &change : changes) {
        if (!RpmGrammar::isValidPackageName(change.package))
            return Error{tr("\"%1\" is not a valid rpm package name.").arg(change.package), {}};
        if (!RpmGrammar::isValidVersion(change.version))
            return Error{tr("\"%1\" is not a valid rpm version of %2.").arg(change.version, change.package),
                         {}};
        if (!RpmGrammar::isValidArchitecture(change.architecture))
            return Error{tr("\"%1\" is not a valid rpm architecture.").arg(change.architecture), {}};
        arguments << change.package + u"-"_s + RpmGrammar::withoutEpoch(change.version) + u"."_s +
                         change.architecture;
    }
    Command command{name(), arguments};
    command.needsRoot = true;
    return command;
}

Result<Command> DnfPlatform::installCommand(const QList<PackageChange> &changes) const
{
    const bool byAdvisory = m_tool == Tool::Dnf && !changes.isEmpty() &&
                            std::all_of(changes.cbegin(), changes.cend(), [](const PackageChange &change) {
                                return !change.advisory.isEmpty();
                            });
    if (!byAdvisory)
        return packageCommand(u"upgrade"_s, changes);
    QStringList arguments{u"-q"_s, u"-y"_s, ExitOnLock, u"upgrade"_s};
    for (const PackageChange &change : changes) {
        if (!RpmGrammar::isValidAdvisoryId(change.advisory))
            return Error{tr("\"%1\" is not a valid advisory id.").arg(change.advisory), {}};
        const QString option = u"--advisory="_s + change.advisory;
        if (!arguments.contains(option))
            arguments << option;
    }
    Command command{u"dnf"_s, arguments};
    command.needsRoot = true;
    return command;
}

Result<Command> DnfPlatform::rollbackCommand(const QList<PackageChange> &previous) const
{
    for (const PackageChange &change : previous) {
        if (change.version.isEmpty())
            return Error{tr("%1 cannot be rolled back: it was not installed before, and %2 downgrade only "
                            "returns installed packages to earlier versions.")
                             .arg(change.package, name()),
                         tr("Remove it by hand after the change if it must go.")};
    }
    return packageCommand(u"downgrade"_s, previous);
}

bool DnfPlatform::changeSucceeded(const CommandResult &result) const
{
    return RpmPlatform::changeSucceeded(result) && !failedScriptlet(allOutput(result)).hasMatch();
}

std::optional<QString> DnfPlatform::explainFailure(const CommandResult &result) const
{
    const QString output = allOutput(result);
    // dnf's own lock (dnf/lock.py): "RPMDB already locked by 8411", then "The application with PID 8411 is:
    // dnf" when dnf can tell.
    static const QRegularExpression ownLock(
        u"(?:RPMDB|Metadata|Download|Log) already locked by (\\d{1,10})"_s);
    if (const QRegularExpressionMatch locked = ownLock.match(output); locked.hasMatch()) {
        static const QRegularExpression owner(
            u"The application with PID (\\d{1,10}) is: ([A-Za-z0-9._+-]{1,32})$"_s,
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch named = owner.match(output);
        const QString program = named.hasMatch() && named.captured(1) == locked.captured(1)
                                    ? named.captured(2)
                                    : tr("another program");
        return tr("busy: %1 (process %2) holds dnf's lock. Try again when it finishes.")
            .arg(program, locked.captured(1));
    }
    if (std::optional<QString> busy = rpmLockBusy(output))
        return busy;
    if (const QRegularExpressionMatch scriptlet = failedScriptlet(output); scriptlet.hasMatch())
        return tr("The %1 scriptlet of %2 failed: the package is installed but may not be set up (dnf "
                  "reports this with exit status 0).")
            .arg(scriptlet.captured(1), scriptlet.captured(2));
    return std::nullopt;
}

Result<QList<PendingPatch>> DnfPlatform::parsePendingPatches(const QByteArray &output) const
{
    const QString source = tr("%1 check-update output").arg(name());
    auto lines = OutputLines::split(output, source, MaxLineLength);
    if (!lines)
        return lines.error();
    QList<PendingPatch> patches;
    QStringList row; // the columns of the row being read, which may span wrapped lines
    int rowLine = 0;
    int lineNumber = 0;
    auto fail = [&](int number, const QString &what) {
        return Error{tr("%1, line %2: %3.").arg(source).arg(number).arg(what),
                     tr("Patchwright refuses output it does not understand; check dnf on the asset.")};
    };
    for (const QString &line : lines.value()) {
        ++lineNumber;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed == u"Obsoleting Packages"_s) {
            if (!row.isEmpty())
                return fail(rowLine, tr("a row that ends after %1 of its 3 columns").arg(row.size()));
            if (trimmed.isEmpty())
                continue;
            break; // the obsoletes section repeats packages as "obsoleted by"; updates end here
        }
        const bool continuation = line.front().isSpace();
        if (row.isEmpty() == continuation) {
            return fail(continuation ? lineNumber : rowLine,
                        continuation ? tr("an indented line that continues no row")
                                     : tr("a row that ends after %1 of its 3 columns").arg(row.size()));
        }
        if (row.isEmpty())
            rowLine = lineNumber;
        row += trimmed.split(u' ', Qt::SkipEmptyParts);
        if (row.size() > 3)
            return fail(lineNumber, tr("more than 3 columns"));
        if (row.size() < 3)
            continue;

        const QString &nameArch = row.at(0);
        const qsizetype dot = nameArch.lastIndexOf(u'.');
        PendingPatch patch;
        patch.package = nameArch.left(dot);
        patch.architecture = dot > 0 ? nameArch.mid(dot + 1) : QString();
        if (!RpmGrammar::isValidPackageName(patch.package) ||
            !RpmGrammar::isValidArchitecture(patch.architecture))
            return fail(rowLine, tr("invalid package name or architecture"));
        if (!RpmGrammar::isValidVersion(row.at(1)))
            return fail(rowLine, tr("invalid version for %1").arg(patch.package));
        if (!RpmGrammar::isValidRepositoryId(row.at(2)))
            return fail(rowLine, tr("invalid repository id for %1").arg(patch.package));
        patch.availableVersion = RpmGrammar::withoutZeroEpoch(row.at(1));
        patch.origin = row.at(2);
        patch.classification = patch.origin.contains(u"security"_s, Qt::CaseInsensitive)
                                   ? PatchClassification::Security
                                   : PatchClassification::Other;
        if (patches.size() >= ListingLimits::MaxRows)
            return fail(rowLine, ListingLimits::tooManyRows(ListingLimits::Rows::PendingUpdates));
        patches.append(patch);
        row.clear();
    }
    if (!row.isEmpty())
        return fail(rowLine, tr("a row that ends after %1 of its 3 columns").arg(row.size()));
    return patches;
}
