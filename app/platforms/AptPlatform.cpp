#include "AptPlatform.h"

#include "DebianGrammar.h"
#include "ListingLimits.h"
#include "OutputLines.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxTokenLength = 256;
constexpr qsizetype MaxDpkgLineLength = 4096;
constexpr qsizetype MaxAptLineLength = 16384;

bool isInstalledStatus(const QString &abbrev)
{
    const QChar status = abbrev.at(1);
    return (status == u'i' || status == u't' || status == u'W') && abbrev.at(2) == u' ';
}

bool isValidStatusAbbrev(const QString &abbrev)
{
    return abbrev.size() == 3 && u"uihrp"_s.contains(abbrev.at(0)) && u"ncHUFWti"_s.contains(abbrev.at(1)) &&
           (abbrev.at(2) == u' ' || abbrev.at(2) == u'R');
}

// "Inst NAME[:ARCH] [OLD] (NEW ORIGIN [ARCH])", then any number of bracketed notes on packages the step
// leaves broken for a while: "[libpam-modules:amd64 on libpam-modules-bin:amd64] [libpam-modules:amd64 ]".
const QRegularExpression &instPattern()
{
    static const QRegularExpression pattern(
        uR"(^Inst (\S+)(?: \[([^\]\s]*)\])? \((\S+) ([^()\[\]]*) \[([^\]\s]+)\]\)(?: \[[^\[\]]*\])*$)"_s);
    return pattern;
}

const QRegularExpression &remvPattern()
{
    static const QRegularExpression pattern(uR"(^Remv (\S+)(?: \[([^\]\s]*)\])?$)"_s);
    return pattern;
}

const QRegularExpression &summaryPattern()
{
    static const QRegularExpression pattern(
        uR"(^(\d+) upgraded, (\d+) newly installed, (?:(\d+) reinstalled, )?(?:(\d+) downgraded, )?(\d+) to remove and (\d+) not upgraded\.$)"_s);
    return pattern;
}

} // namespace

QString AptPlatform::name() const
{
    return u"apt"_s;
}

Command AptPlatform::installedPackagesCommand() const
{
    return {u"dpkg-query"_s,
            {u"-W"_s,
             u"-f=${db:Status-Abbrev}\\t${Package}\\t${Version}\\t${Architecture}\\t${source:Package}\\n"_s}};
}

Command AptPlatform::pendingPatchesCommand() const
{
    return {u"apt-get"_s, {u"-s"_s, u"-o"_s, u"Debug::NoLocking=1"_s, u"dist-upgrade"_s}};
}

Command AptPlatform::refreshCommand() const
{
    // apt waits for a lock another apt or unattended-upgrades holds, up to DPkg::Lock::Timeout seconds.
    Command command{
        u"apt-get"_s,
        {u"-q"_s, u"-o"_s, u"DPkg::Lock::Timeout="_s + QString::number(lockWait().count()), u"update"_s}};
    command.needsRoot = true;
    return command;
}

std::optional<QString> AptPlatform::explainFailure(const CommandResult &result) const
{
    // apt says who holds the lock while it waits ("Waiting for cache lock: Could not get lock … It is held by
    // process 1234 (unattended-upgr)…", on stdout) and gives up with "E: Could not get lock …" or
    // "E: Unable to acquire the dpkg frontend lock …" on stderr.
    const QString errors = QString::fromUtf8(result.standardError.right(8192));
    const QString output = QString::fromUtf8(result.standardOutput.right(8192));
    const bool locked = errors.contains(u"Could not get lock"_s) ||
                        errors.contains(u"Unable to acquire the dpkg"_s) ||
                        errors.contains(u"Unable to lock"_s);
    if (!locked)
        return std::nullopt;
    static const QRegularExpression holder(
        uR"(Could not get lock \S+ It is held by process (\d+) \(([A-Za-z0-9._+-]{1,32})\))"_s);
    QRegularExpressionMatch last;
    for (const QString &text : {output, errors}) {
        for (auto it = holder.globalMatch(text); it.hasNext();)
            last = it.next();
    }
    if (last.hasMatch())
        return tr("busy: %1 (process %2) holds the package manager's lock; waited %3 s. Try again when it "
                  "has "
                  "finished.")
            .arg(last.captured(2), last.captured(1))
            .arg(lockWait().count());
    return tr("busy: another program holds the package manager's lock; waited %1 s.").arg(lockWait().count());
}

namespace {

// NAME[:ARCH]=VERSION, each part validated; "all" packages are named without an architecture.
Result<QStringList> aptTargets(const QList<PackageChange> &changes)
{
    if (changes.isEmpty())
        return Error{AptPlatform::tr("No packages were selected."), {}};
    QStringList targets;
    for (const PackageChange &change : changes) {
        if (!AptPlatform::isValidPackageName(change.package))
            return Error{AptPlatform::tr("\"%1\" is not a valid Debian package name.").arg(change.package),
                         {}};
        if (!AptPlatform::isValidVersion(change.version))
            return Error{AptPlatform::tr("\"%1\" is not a valid Debian version of %2.")
                             .arg(change.version, change.package),
                         {}};
        const bool qualify = !change.architecture.isEmpty() && change.architecture != u"all"_s;
        if (qualify && !AptPlatform::isValidArchitecture(change.architecture))
            return Error{
                AptPlatform::tr("\"%1\" is not a valid Debian architecture.").arg(change.architecture), {}};
        targets << change.package + (qualify ? u":"_s + change.architecture : QString()) + u"="_s +
                       change.version;
    }
    return targets;
}

Command aptInstall(const QStringList &options, const QStringList &targets, std::chrono::seconds lockWait)
{
    // DEBIAN_FRONTEND is set before sudo: the sudoers rule names apt-get itself and keeps the variable.
    Command command{u"apt-get"_s,
                    QStringList{u"-q"_s, u"-y"_s, u"-o"_s, u"Dpkg::Options::=--force-confold"_s, u"-o"_s,
                                u"DPkg::Lock::Timeout="_s + QString::number(lockWait.count()), u"install"_s} +
                        options + targets};
    command.needsRoot = true;
    command.environment = {u"DEBIAN_FRONTEND=noninteractive"_s};
    return command;
}

} // namespace

Result<Command> AptPlatform::installCommand(const QList<PackageChange> &changes) const
{
    auto targets = aptTargets(changes);
    if (!targets)
        return targets.error();
    return aptInstall({u"--only-upgrade"_s}, targets.value(), lockWait());
}

Result<Command> AptPlatform::rollbackCommand(const QList<PackageChange> &previous) const
{
    auto targets = aptTargets(previous);
    if (!targets)
        return targets.error();
    return aptInstall({u"--allow-downgrades"_s}, targets.value(), lockWait());
}

bool AptPlatform::isValidPackageName(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9+.-]+"_s));
    return name.size() <= MaxTokenLength && pattern.match(name).hasMatch();
}

bool AptPlatform::isValidArchitecture(const QString &architecture)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9-]*"_s));
    return architecture.size() <= 64 && pattern.match(architecture).hasMatch();
}

bool AptPlatform::isValidVersion(const QString &version)
{
    return DebianGrammar::splitVersion(version).has_value();
}

bool AptPlatform::isSecurityOrigin(const QString &origin)
{
    // apt-get -s names each release the candidate comes from as LABEL:VERSION/SUITE (LABEL:SUITE when the
    // Release file has no Version), comma-separated.
    static const QRegularExpression release(
        QRegularExpression::anchoredPattern(u"([^:]+):(?:([^/]*)/)?(.+)"_s));
    static const QRegularExpression securitySuite(
        QRegularExpression::anchoredPattern(u"[a-z]+(?:-apps|-infra)?-security"_s));
    for (const QString &entry : origin.split(u","_s)) {
        const QRegularExpressionMatch match = release.match(entry.trimmed());
        if (!match.hasMatch())
            continue;
        const QString label = match.captured(1);
        const QString suite = match.captured(3);
        // Debian's security archive has a label of its own (Debian 9 to 13: "Debian-Security").
        if (label == u"Debian-Security"_s)
            return true;
        // Ubuntu (and its ESM archives) publish security updates in the release's -security pocket.
        const bool ubuntu = label == u"Ubuntu"_s || label == u"UbuntuESM"_s || label == u"UbuntuESMApps"_s;
        if (ubuntu && securitySuite.match(suite).hasMatch())
            return true;
    }
    return false;
}

Result<QList<InstalledPackage>> AptPlatform::parseInstalledPackages(const QByteArray &output) const
{
    QList<InstalledPackage> packages;
    // One row a line at most: reserved once instead of grown (2,000 rows: 1.3 % of a scan's client CPU).
    packages.reserve(std::min(output.count('\n') + 1, ListingLimits::MaxRows));
    const Status read = OutputLines::forEachRow(
        output, tr("dpkg-query output"), MaxDpkgLineLength, 5,
        tr("Patchwright refuses output it does not understand; check the package database on the asset."),
        [&packages](const QStringList &fields) -> std::optional<QString> {
            const QString &status = fields.at(0);
            if (!isValidStatusAbbrev(status))
                return tr("unknown package status \"%1\"").arg(status);
            if (!isValidPackageName(fields.at(1)))
                return tr("invalid package name");
            if (!isInstalledStatus(status))
                return std::nullopt;
            if (!isValidVersion(fields.at(2)))
                return tr("invalid version for %1").arg(fields.at(1));
            if (!isValidArchitecture(fields.at(3)))
                return tr("invalid architecture for %1").arg(fields.at(1));
            if (!isValidPackageName(fields.at(4)))
                return tr("invalid source package name for %1").arg(fields.at(1));
            if (packages.size() >= ListingLimits::MaxRows)
                return ListingLimits::tooManyRows(ListingLimits::Rows::InstalledPackages);
            packages.append(InstalledPackage{fields.at(1), fields.at(2), fields.at(3), fields.at(4)});
            return std::nullopt;
        });
    if (!read)
        return read.error();
    return packages;
}

Result<QList<PendingPatch>> AptPlatform::parsePendingPatches(const QByteArray &output) const
{
    const QString source = tr("apt-get simulation");
    auto lines = OutputLines::split(output, source, MaxAptLineLength);
    if (!lines)
        return lines.error();
    QList<PendingPatch> patches;
    int lineNumber = 0;
    int instLines = 0;
    int remvLines = 0;
    int expectedInst = -1;
    int expectedRemv = -1;
    for (const QString &line : lines.value()) {
        ++lineNumber;
        auto fail = [&](const QString &what) {
            return Error{tr("%1, line %2: %3.").arg(source).arg(lineNumber).arg(what),
                         tr("Patchwright refuses output it does not understand; check apt on the asset.")};
        };
        if (line.startsWith(u"Inst"_s)) {
            const QRegularExpressionMatch match = instPattern().match(line);
            if (!match.hasMatch())
                return fail(tr("an Inst line that does not parse"));
            ++instLines;
            QString package = match.captured(1);
            const QString architecture = match.captured(5);
            const qsizetype qualifier = package.indexOf(u':');
            if (qualifier >= 0) {
                if (!isValidArchitecture(package.mid(qualifier + 1)))
                    return fail(tr("invalid architecture qualifier"));
                package.truncate(qualifier);
            }
            if (!isValidPackageName(package))
                return fail(tr("invalid package name"));
            if (!isValidArchitecture(architecture))
                return fail(tr("invalid architecture for %1").arg(package));
            const QString installed = match.captured(2);
            const QString available = match.captured(3);
            if (match.hasCaptured(2) && !isValidVersion(installed))
                return fail(tr("invalid installed version for %1").arg(package));
            if (!isValidVersion(available))
                return fail(tr("invalid candidate version for %1").arg(package));
            if (!match.hasCaptured(2) || installed == available)
                continue; // a new dependency or a reinstall, not an update
            if (patches.size() >= ListingLimits::MaxRows)
                return fail(ListingLimits::tooManyRows(ListingLimits::Rows::PendingUpdates));
            PendingPatch patch;
            patch.package = package;
            patch.architecture = architecture;
            patch.installedVersion = installed;
            patch.availableVersion = available;
            patch.origin = match.captured(4).trimmed();
            patch.classification =
                isSecurityOrigin(patch.origin) ? PatchClassification::Security : PatchClassification::Other;
            patches.append(patch);
        } else if (line.startsWith(u"Remv"_s)) {
            const QRegularExpressionMatch match = remvPattern().match(line);
            if (!match.hasMatch())
                return fail(tr("a Remv line that does not parse"));
            QString package = match.captured(1);
            package.truncate(package.indexOf(u':') >= 0 ? package.indexOf(u':') : package.size());
            if (!isValidPackageName(package) || (match.hasCaptured(2) && !isValidVersion(match.captured(2))))
                return fail(tr("invalid package to remove"));
            ++remvLines;
        } else if (const QRegularExpressionMatch summary = summaryPattern().match(line); summary.hasMatch()) {
            if (expectedInst >= 0)
                return fail(tr("a second summary line"));
            expectedInst = summary.captured(1).toInt() + summary.captured(2).toInt() +
                           summary.captured(3).toInt() + summary.captured(4).toInt();
            expectedRemv = summary.captured(5).toInt();
        }
    }
    if (expectedInst < 0) {
        return Error{
            tr("%1: the summary line (\"N upgraded, N newly installed, ...\") is missing.").arg(source),
            tr("The output was probably cut short, or apt failed; scan again.")};
    }
    if (expectedInst != instLines || expectedRemv != remvLines) {
        return Error{
            tr("%1: the summary announces %2 installs and %3 removals, but the output lists %4 and %5.")
                .arg(source)
                .arg(expectedInst)
                .arg(expectedRemv)
                .arg(instLines)
                .arg(remvLines),
            tr("The output was probably cut short or altered; scan again.")};
    }
    return patches;
}
