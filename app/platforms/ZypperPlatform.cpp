#include "ZypperPlatform.h"

#include "ListingLimits.h"
#include "OutputLines.h"
#include "RpmGrammar.h"
#include "ZypperXml.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int NeedsRebootingReboot = 102; // ZYPPER_EXIT_INF_REBOOT_NEEDED
constexpr qsizetype MaxLineLength = 4096;

const QStringList NoRebootLines{u"No core libraries or services have been updated."_s,
                                u"Reboot is probably not necessary."_s};
const QStringList RebootLines{
    u"Core libraries or services have been updated."_s,
    u"Reboot is required to ensure that your system benefits from these updates."_s};

Command query(const QStringList &arguments)
{
    return {u"zypper"_s, QStringList{u"--non-interactive"_s, u"--no-refresh"_s, u"--xmlout"_s} + arguments};
}

Error xmlError(const QString &source, const ZypperXml::Element &element, const QString &what)
{
    return Error{
        ZypperPlatform::tr("%1, line %2, <%3>: %4.").arg(source).arg(element.line).arg(element.name, what),
        ZypperPlatform::tr("Patchwright refuses output it does not understand; check zypper on the "
                           "asset.")};
}

// zypper reports failures as <message type="error"> inside an otherwise well-formed stream.
std::optional<Error> reportedError(const QString &source, const ZypperXml::Element &stream)
{
    for (const ZypperXml::Element &child : stream.children) {
        if (child.name == u"message"_s && child.attributes.value(u"type"_s) == u"error"_s)
            return xmlError(
                source, child,
                ZypperPlatform::tr("zypper reported an error: %1").arg(child.text.trimmed().left(400)));
    }
    return std::nullopt;
}

// The <update> elements of <update-status><update-list>, in order; blocked updates are left out.
Result<QList<const ZypperXml::Element *>> updatesOf(const QString &source, const ZypperXml::Element &stream)
{
    if (auto error = reportedError(source, stream))
        return *error;
    QList<const ZypperXml::Element *> updates;
    int statusCount = 0;
    for (const ZypperXml::Element &child : stream.children) {
        if (child.name == u"message"_s)
            continue;
        if (child.name != u"update-status"_s)
            return xmlError(source, child, ZypperPlatform::tr("unexpected in <stream>"));
        ++statusCount;
        for (const ZypperXml::Element &list : child.children) {
            if (list.name == u"blocked-update-list"_s)
                continue;
            if (list.name != u"update-list"_s)
                return xmlError(source, list, ZypperPlatform::tr("unexpected in <update-status>"));
            for (const ZypperXml::Element &update : list.children) {
                if (update.name != u"update"_s)
                    return xmlError(source, update, ZypperPlatform::tr("unexpected in <update-list>"));
                updates.append(&update);
            }
        }
    }
    if (statusCount != 1)
        return Error{
            ZypperPlatform::tr("%1: expected one <update-status>, found %2.").arg(source).arg(statusCount),
            ZypperPlatform::tr("zypper probably failed; run the command on the asset to see why.")};
    return updates;
}

const ZypperXml::Element *childNamed(const ZypperXml::Element &element, const QString &name)
{
    for (const ZypperXml::Element &child : element.children) {
        if (child.name == name)
            return &child;
    }
    return nullptr;
}

// Hands each <update> of a list-updates or list-patches stream to `read`, after checking that it is of
// `kind` ("package" or "patch"); the first Error (of the stream, of a kind, or from `read`) stops the walk.
Status forEachUpdate(const QByteArray &output, const QString &source, const QString &kind,
                     const std::function<Status(const ZypperXml::Element &update)> &read)
{
    auto stream = ZypperXml::parse(output, source);
    if (!stream)
        return stream.error();
    auto updates = updatesOf(source, stream.value());
    if (!updates)
        return updates.error();
    for (const ZypperXml::Element *update : std::as_const(updates.value())) {
        const QString updateKind = update->attributes.value(u"kind"_s);
        if (updateKind != kind)
            return xmlError(
                source, *update,
                ZypperPlatform::tr("kind \"%1\" where \"%2\" was expected").arg(updateKind.left(64), kind));
        if (Status status = read(*update); !status)
            return status;
    }
    return {};
}

// The CVE ids of a patch's <issue-list> (bugzilla and other trackers are skipped), each once.
Status addCves(const QString &source, const ZypperXml::Element &update, Advisory *advisory)
{
    const ZypperXml::Element *issues = childNamed(update, u"issue-list"_s);
    if (!issues)
        return {};
    for (const ZypperXml::Element &issue : issues->children) {
        if (issue.name != u"issue"_s)
            return xmlError(source, issue, ZypperPlatform::tr("unexpected in <issue-list>"));
        if (issue.attributes.value(u"type"_s) != u"cve"_s)
            continue;
        const QString cve = issue.attributes.value(u"id"_s);
        if (!RpmGrammar::isValidCveId(cve))
            return xmlError(source, issue, ZypperPlatform::tr("invalid CVE id in %1").arg(advisory->id));
        if (!advisory->cves.contains(cve))
            advisory->cves.append(cve);
    }
    return {};
}

// "pw-daemon.x86_64" -> pw-daemon, x86_64; "pw-crypto" -> pw-crypto, any architecture.
bool parseNameArch(const QString &text, AdvisoryPackage *package)
{
    const qsizetype dot = text.lastIndexOf(u'.');
    if (dot > 0 && RpmGrammar::isKnownArchitecture(text.mid(dot + 1))) {
        package->package = text.left(dot);
        package->architecture = text.mid(dot + 1);
    } else {
        package->package = text;
        package->architecture.clear();
    }
    return RpmGrammar::isValidPackageName(package->package);
}

struct PatchInfo
{
    QString name;
    QList<AdvisoryPackage> packages;
};

// One "Repository : ..." message of `zypper info -t patch`: "Key : value" lines, indented continuation
// lines; "Conflicts : [N]" is followed by N indented "NAME[.ARCH] < VERSION" lines.
Result<PatchInfo> parseInfoBlock(const QString &source, const ZypperXml::Element &message)
{
    static const QRegularExpression field(uR"(^([A-Z][A-Za-z ]*?) *: ?(.*)$)"_s);
    static const QRegularExpression conflict(uR"(^(\S+) < (\S+)$)"_s);
    static const QRegularExpression count(uR"(^\[([0-9]{1,6})\]$)"_s);
    auto lines = OutputLines::split(message.text.toUtf8() + (message.text.endsWith(u'\n') ? "" : "\n"),
                                    source, MaxLineLength);
    if (!lines)
        return lines.error();
    PatchInfo info;
    QString key;
    QStringList conflicts;
    qsizetype expectedConflicts = -1;
    int number = 0;
    for (const QString &line : lines.value()) {
        ++number;
        auto fail = [&](const QString &what) {
            return xmlError(source, message,
                            ZypperPlatform::tr("line %1 of the patch details: %2").arg(number).arg(what));
        };
        if (line.startsWith(u"    "_s)) {
            if (key.isEmpty())
                return fail(ZypperPlatform::tr("an indented line that continues no field"));
            if (key == u"Conflicts"_s)
                conflicts << line.trimmed();
            continue;
        }
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = field.match(line);
        if (!match.hasMatch())
            return fail(ZypperPlatform::tr("not a \"Key : value\" line"));
        key = match.captured(1);
        const QString value = match.captured(2).trimmed();
        if (key == u"Name"_s) {
            if (!info.name.isEmpty() || !RpmGrammar::isValidAdvisoryId(value))
                return fail(ZypperPlatform::tr("a second or invalid patch name"));
            info.name = value;
        } else if (key == u"Conflicts"_s) {
            if (expectedConflicts >= 0)
                return fail(ZypperPlatform::tr("a second Conflicts field"));
            if (const QRegularExpressionMatch many = count.match(value); many.hasMatch()) {
                expectedConflicts = many.captured(1).toInt();
            } else {
                expectedConflicts = 1;
                conflicts << value;
            }
        }
    }
    if (info.name.isEmpty())
        return xmlError(source, message, ZypperPlatform::tr("patch details without a Name"));
    if (conflicts.size() != qMax<qsizetype>(expectedConflicts, 0))
        return xmlError(source, message,
                        ZypperPlatform::tr("patch %1 announces %2 conflicts but lists %3")
                            .arg(info.name)
                            .arg(expectedConflicts)
                            .arg(conflicts.size()));
    for (const QString &entry : std::as_const(conflicts)) {
        const QRegularExpressionMatch match = conflict.match(entry);
        if (!match.hasMatch())
            return xmlError(source, message,
                            ZypperPlatform::tr("patch %1: conflict \"%2\" does not parse")
                                .arg(info.name, entry.left(200)));
        if (match.captured(1).contains(u':'))
            continue; // another kind ("srcpackage:openssl"), not an installable package
        AdvisoryPackage package;
        package.version = match.captured(2);
        if (!parseNameArch(match.captured(1), &package) || !RpmGrammar::isValidVersion(package.version))
            return xmlError(
                source, message,
                ZypperPlatform::tr("patch %1: invalid package in \"%2\"").arg(info.name, entry.left(200)));
        package.version = RpmGrammar::withoutZeroEpoch(package.version);
        info.packages.append(package);
    }
    return info;
}

// NAME[.ARCH]=VERSION, validated.
Result<QString> packageTarget(const PackageChange &change)
{
    if (!RpmGrammar::isValidPackageName(change.package))
        return Error{ZypperPlatform::tr("\"%1\" is not a valid rpm package name.").arg(change.package), {}};
    if (!RpmGrammar::isValidVersion(change.version))
        return Error{ZypperPlatform::tr("\"%1\" is not a valid rpm version of %2.")
                         .arg(change.version, change.package),
                     {}};
    if (!change.architecture.isEmpty() && !RpmGrammar::isValidArchitecture(change.architecture))
        return Error{ZypperPlatform::tr("\"%1\" is not a valid rpm architecture.").arg(change.architecture),
                     {}};
    return QString(change.package +
                   (change.architecture.isEmpty() ? QString() : u"."_s + change.architecture) + u"="_s +
                   RpmGrammar::withoutZeroEpoch(change.version));
}

Command zypperInstall(const QStringList &options, const QStringList &targets)
{
    Command command{u"zypper"_s,
                    QStringList{u"--non-interactive"_s, u"install"_s, u"--auto-agree-with-licenses"_s} +
                        options + targets};
    command.needsRoot = true;
    return command;
}

} // namespace

QString ZypperPlatform::name() const
{
    return u"zypper"_s;
}

Command ZypperPlatform::pendingPatchesCommand() const
{
    return query({u"list-updates"_s});
}

Result<QList<PendingPatch>> ZypperPlatform::parsePendingPatches(const QByteArray &output) const
{
    const QString source = tr("zypper list-updates output");
    QList<PendingPatch> patches;
    const Status read = forEachUpdate(output, source, u"package"_s, [&](const ZypperXml::Element &update) {
        PendingPatch patch;
        patch.package = update.attributes.value(u"name"_s);
        patch.architecture = update.attributes.value(u"arch"_s);
        patch.availableVersion = update.attributes.value(u"edition"_s);
        patch.installedVersion = update.attributes.value(u"edition-old"_s);
        if (!RpmGrammar::isValidPackageName(patch.package) ||
            !RpmGrammar::isValidArchitecture(patch.architecture))
            return Status(xmlError(source, update, tr("invalid package name or architecture")));
        if (!RpmGrammar::isValidVersion(patch.availableVersion) ||
            !RpmGrammar::isValidVersion(patch.installedVersion))
            return Status(xmlError(source, update, tr("invalid version for %1").arg(patch.package)));
        patch.availableVersion = RpmGrammar::withoutZeroEpoch(patch.availableVersion);
        patch.installedVersion = RpmGrammar::withoutZeroEpoch(patch.installedVersion);
        const ZypperXml::Element *repository = childNamed(update, u"source"_s);
        if (!repository || !RpmGrammar::isValidRepositoryId(repository->attributes.value(u"alias"_s)))
            return Status(xmlError(source, update,
                                   tr("missing or invalid repository alias for %1").arg(patch.package)));
        patch.origin = repository->attributes.value(u"alias"_s);
        if (patches.size() >= ListingLimits::MaxRows)
            return Status(ListingLimits::tooMany(source, ListingLimits::Rows::PendingUpdates));
        patches.append(patch);
        return Status();
    });
    if (!read)
        return read.error();
    return patches;
}

std::optional<Command> ZypperPlatform::advisoriesCommand() const
{
    return query({u"list-patches"_s});
}

bool ZypperPlatform::classificationFromCategory(const QString &category, PatchClassification *classification)
{
    if (category == u"security"_s)
        *classification = PatchClassification::Security;
    else if (category == u"recommended"_s || category == u"bugfix"_s)
        *classification = PatchClassification::Bugfix;
    else if (category == u"optional"_s || category == u"feature"_s || category == u"enhancement"_s)
        *classification = PatchClassification::Enhancement;
    else if (category == u"document"_s || category == u"yast"_s || category == u"other"_s)
        *classification = PatchClassification::Other;
    else
        return false;
    return true;
}

Result<QList<Advisory>> ZypperPlatform::parseAdvisories(const QByteArray &output) const
{
    const QString source = tr("zypper list-patches output");
    QList<Advisory> advisories;
    const Status read = forEachUpdate(output, source, u"patch"_s, [&](const ZypperXml::Element &update) {
        const auto attribute = [&update](const char16_t *name) {
            return update.attributes.value(QString::fromUtf16(name));
        };
        const auto fail = [&](const QString &what) {
            return Status(xmlError(source, update, what));
        };
        Advisory advisory;
        advisory.id = attribute(u"name");
        if (!RpmGrammar::isValidAdvisoryId(advisory.id))
            return fail(tr("invalid patch name"));
        const QString status = attribute(u"status");
        if (status != u"needed"_s && status != u"applied"_s && status != u"not-needed"_s)
            return fail(tr("unknown status \"%1\" of %2").arg(status.left(64), advisory.id));
        if (!classificationFromCategory(attribute(u"category"), &advisory.classification))
            return fail(
                tr("unknown category \"%1\" of %2").arg(attribute(u"category").left(64), advisory.id));
        const QString severity = attribute(u"severity");
        if (severity != u"unspecified"_s && !severity.isEmpty() &&
            (!parseTypedWord(severity, &advisory.severity) || advisory.severity == PatchSeverity::Unknown))
            return fail(tr("unknown severity \"%1\" of %2").arg(severity.left(64), advisory.id));
        if (Status cves = addCves(source, update, &advisory); !cves)
            return cves;
        if (status == u"needed"_s) // list-patches -a also shows applied and not needed ones
            advisories.append(advisory);
        return Status();
    });
    if (!read)
        return read.error();
    return advisories;
}

std::optional<Command> ZypperPlatform::advisoryDetailsCommand(const QList<Advisory> &advisories) const
{
    QStringList names;
    for (const Advisory &advisory : advisories) {
        if (!RpmGrammar::isValidAdvisoryId(advisory.id))
            return std::nullopt; // parseAdvisories never lets one through
        names << advisory.id;
    }
    if (names.isEmpty())
        return std::nullopt;
    return query(QStringList{u"info"_s, u"-t"_s, u"patch"_s} + names);
}

Result<QList<Advisory>> ZypperPlatform::completeAdvisories(QList<Advisory> advisories,
                                                           const QByteArray &output) const
{
    const QString source = tr("zypper info -t patch output");
    auto stream = ZypperXml::parse(output, source);
    if (!stream)
        return stream.error();
    if (auto error = reportedError(source, stream.value()))
        return *error;
    for (const ZypperXml::Element &message : stream.value().children) {
        if (message.name != u"message"_s)
            return xmlError(source, message, tr("unexpected in <stream>"));
        if (!message.text.startsWith(u"Repository"_s))
            continue; // "Loading repository data...", "Reading installed packages..."
        auto info = parseInfoBlock(source, message);
        if (!info)
            return info.error();
        for (Advisory &advisory : advisories) {
            if (advisory.id == info.value().name && advisory.packages.isEmpty())
                advisory.packages = info.value().packages;
        }
    }
    for (const Advisory &advisory : std::as_const(advisories)) {
        if (advisory.packages.isEmpty())
            return Error{tr("%1: patch %2 is not described, or updates no package.").arg(source, advisory.id),
                         tr("The repositories may have changed between two commands; scan again.")};
    }
    return advisories;
}

std::optional<Command> ZypperPlatform::rebootCheckCommand() const
{
    return Command{u"zypper"_s, {u"--non-interactive"_s, u"needs-rebooting"_s}};
}

Result<RebootHint> ZypperPlatform::parseRebootCheck(const CommandResult &result) const
{
    const QString source = tr("zypper needs-rebooting output");
    auto lines = OutputLines::split(result.standardOutput, source, MaxLineLength);
    if (!lines)
        return lines.error();
    if (result.exitCode == 0 && lines.value() == NoRebootLines)
        return RebootHint::NotRequired;
    if (result.exitCode == NeedsRebootingReboot && lines.value() == RebootLines)
        return RebootHint::Required;
    return Error{
        tr("%1 (exit status %2) is not what zypper needs-rebooting prints.").arg(source).arg(result.exitCode),
        tr("Patchwright refuses output it does not understand; check zypper on the asset.")};
}

Command ZypperPlatform::refreshCommand() const
{
    Command command{u"zypper"_s, {u"--non-interactive"_s, u"refresh"_s}};
    command.needsRoot = true;
    return command;
}

Result<Command> ZypperPlatform::installCommand(const QList<PackageChange> &changes) const
{
    if (changes.isEmpty())
        return Error{tr("No packages were selected."), {}};
    QStringList targets;
    for (const PackageChange &change : changes) {
        QString target;
        if (!change.advisory.isEmpty()) {
            if (!RpmGrammar::isValidAdvisoryId(change.advisory))
                return Error{tr("\"%1\" is not a valid patch name.").arg(change.advisory), {}};
            target = u"patch:"_s + change.advisory;
        } else {
            auto package = packageTarget(change);
            if (!package)
                return package.error();
            target = package.value();
        }
        if (!targets.contains(target))
            targets << target;
    }
    return zypperInstall({}, targets);
}

std::optional<QString> ZypperPlatform::explainFailure(const CommandResult &result) const
{
    const QString output = allOutput(result);
    static const QRegularExpression zyppLock(
        u"System management is locked by the application with pid (\\d{1,10}) \\(([A-Za-z0-9._+-]{1,32})\\)"_s);
    if (const QRegularExpressionMatch locked = zyppLock.match(output); locked.hasMatch())
        return tr("busy: %1 (process %2) holds zypper's lock. Try again when it finishes.")
            .arg(locked.captured(2), locked.captured(1));
    return rpmLockBusy(output);
}

Result<Command> ZypperPlatform::rollbackCommand(const QList<PackageChange> &previous) const
{
    if (previous.isEmpty())
        return Error{tr("No packages were selected."), {}};
    QStringList targets;
    for (const PackageChange &change : previous) {
        if (change.version.isEmpty())
            return Error{tr("%1 cannot be rolled back: it was not installed before, and zypper install "
                            "--oldpackage only returns installed packages to earlier versions.")
                             .arg(change.package),
                         tr("Remove it by hand after the change if it must go.")};
        auto package = packageTarget(change);
        if (!package)
            return package.error();
        targets << package.value();
    }
    return zypperInstall({u"--oldpackage"_s}, targets);
}
