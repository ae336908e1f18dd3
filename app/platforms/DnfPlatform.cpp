#include "DnfPlatform.h"

#include "OutputLines.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxTokenLength = 256;
constexpr qsizetype MaxLineLength = 4096;
constexpr int CheckUpdateAvailable = 100;

// "bash-5.1.8-6.el9.src.rpm" -> "bash"; empty when it is not a source rpm file name.
QString sourceNameOf(const QString &sourceRpm)
{
    QString stem;
    if (sourceRpm.endsWith(u".src.rpm"_s))
        stem = sourceRpm.chopped(8);
    else if (sourceRpm.endsWith(u".nosrc.rpm"_s))
        stem = sourceRpm.chopped(10);
    else
        return {};
    const qsizetype release = stem.lastIndexOf(u'-');
    const qsizetype version = release > 0 ? stem.lastIndexOf(u'-', release - 1) : -1;
    return version > 0 ? stem.left(version) : QString();
}

} // namespace

QString DnfPlatform::name() const
{
    return u"dnf"_s;
}

Command DnfPlatform::installedPackagesCommand() const
{
    return {
        u"rpm"_s,
        {u"-qa"_s, u"--qf"_s, u"%{NAME}\\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\t%{SOURCERPM}\\n"_s}};
}

Command DnfPlatform::pendingPatchesCommand() const
{
    return {u"dnf"_s, {u"-q"_s, u"--cacheonly"_s, u"check-update"_s}};
}

Command DnfPlatform::refreshCommand() const
{
    Command command{u"dnf"_s, {u"-q"_s, u"-y"_s, u"makecache"_s}};
    command.needsRoot = true;
    return command;
}

namespace {

// NAME-VERSION.ARCH (the epoch left out: dnf matches NEVRA specs without it), each part validated.
Result<Command> dnfChange(const QString &verb, const QList<PackageChange> &changes)
{
    if (changes.isEmpty())
        return Error{DnfPlatform::tr("No packages were selected."), {}};
    QStringList arguments{u"-q"_s, u"-y"_s, verb};
    for (const PackageChange &change : changes) {
        if (!DnfPlatform::isValidPackageName(change.package))
            return Error{DnfPlatform::tr("\"%1\" is not a valid rpm package name.").arg(change.package), {}};
        if (!DnfPlatform::isValidVersion(change.version))
            return Error{DnfPlatform::tr("\"%1\" is not a valid rpm version of %2.")
                             .arg(change.version, change.package),
                         {}};
        if (!DnfPlatform::isValidArchitecture(change.architecture))
            return Error{DnfPlatform::tr("\"%1\" is not a valid rpm architecture.").arg(change.architecture),
                         {}};
        QString version = change.version;
        if (const qsizetype colon = version.indexOf(u':'); colon >= 0)
            version = version.mid(colon + 1);
        arguments << change.package + u"-"_s + version + u"."_s + change.architecture;
    }
    Command command{u"dnf"_s, arguments};
    command.needsRoot = true;
    return command;
}

} // namespace

Result<Command> DnfPlatform::installCommand(const QList<PackageChange> &changes) const
{
    return dnfChange(u"upgrade"_s, changes);
}

Result<Command> DnfPlatform::rollbackCommand(const QList<PackageChange> &previous) const
{
    return dnfChange(u"downgrade"_s, previous);
}

bool DnfPlatform::isPendingExitCodeOk(int exitCode) const
{
    return exitCode == 0 || exitCode == CheckUpdateAvailable;
}

bool DnfPlatform::isValidPackageName(const QString &name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_][A-Za-z0-9._+-]*"_s));
    return name.size() <= MaxTokenLength && pattern.match(name).hasMatch();
}

bool DnfPlatform::isValidVersion(const QString &evr)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"(?:[0-9]{1,9}:)?[A-Za-z0-9][A-Za-z0-9._+~^]*-[A-Za-z0-9._+~^]+"_s));
    return evr.size() <= MaxTokenLength && pattern.match(evr).hasMatch();
}

bool DnfPlatform::isValidArchitecture(const QString &architecture)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_]+"_s));
    return architecture.size() <= 32 && pattern.match(architecture).hasMatch();
}

bool DnfPlatform::isValidRepositoryId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_.:][A-Za-z0-9_.:-]*"_s));
    return id.size() <= MaxTokenLength && pattern.match(id).hasMatch();
}

QString DnfPlatform::withoutZeroEpoch(const QString &evr)
{
    return evr.startsWith(u"0:"_s) ? evr.mid(2) : evr;
}

Result<QList<InstalledPackage>> DnfPlatform::parseInstalledPackages(const QByteArray &output) const
{
    const QString source = tr("rpm -qa output");
    auto lines = OutputLines::split(output, source, MaxLineLength);
    if (!lines)
        return lines.error();
    QList<InstalledPackage> packages;
    int lineNumber = 0;
    for (const QString &line : lines.value()) {
        ++lineNumber;
        auto fail = [&](const QString &what) {
            return Error{
                tr("%1, line %2: %3.").arg(source).arg(lineNumber).arg(what),
                tr("Patchwright refuses output it does not understand; check the rpm database on the "
                   "asset.")};
        };
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 4)
            return fail(tr("expected 4 tab-separated fields, found %1").arg(fields.size()));
        const QString &name = fields.at(0);
        if (!isValidPackageName(name))
            return fail(tr("invalid package name"));
        if (!isValidVersion(fields.at(1)))
            return fail(tr("invalid version for %1").arg(name));
        if (name == u"gpg-pubkey"_s && fields.at(2) == u"(none)"_s)
            continue; // an imported signing key, not a package
        if (!isValidArchitecture(fields.at(2)))
            return fail(tr("invalid architecture for %1").arg(name));
        QString sourceName;
        if (fields.at(3) != u"(none)"_s) {
            sourceName = sourceNameOf(fields.at(3));
            if (!isValidPackageName(sourceName))
                return fail(tr("invalid source rpm for %1").arg(name));
        }
        packages.append(InstalledPackage{name, withoutZeroEpoch(fields.at(1)), fields.at(2), sourceName});
    }
    return packages;
}

Result<QList<PendingPatch>> DnfPlatform::parsePendingPatches(const QByteArray &output) const
{
    const QString source = tr("dnf check-update output");
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
        if (!isValidPackageName(patch.package) || !isValidArchitecture(patch.architecture))
            return fail(rowLine, tr("invalid package name or architecture"));
        if (!isValidVersion(row.at(1)))
            return fail(rowLine, tr("invalid version for %1").arg(patch.package));
        if (!isValidRepositoryId(row.at(2)))
            return fail(rowLine, tr("invalid repository id for %1").arg(patch.package));
        patch.availableVersion = withoutZeroEpoch(row.at(1));
        patch.origin = row.at(2);
        patch.classification = patch.origin.contains(u"security"_s, Qt::CaseInsensitive)
                                   ? PatchClassification::Security
                                   : PatchClassification::Other;
        patches.append(patch);
        row.clear();
    }
    if (!row.isEmpty())
        return fail(rowLine, tr("a row that ends after %1 of its 3 columns").arg(row.size()));
    return patches;
}
