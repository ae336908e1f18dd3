#include "ScanScript.h"

#include "endpoints/ShellQuote.h"
#include "FactsProbe.h"
#include "platforms/AptPlatform.h"
#include "platforms/DnfPlatform.h"
#include "platforms/ZypperPlatform.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The head: markers on both streams, the fingerprint, and the early exit when it matches. POSIX sh (dash,
// bash, busybox ash). The fingerprint is cksum's (POSIX) line per file for the package databases (dpkg
// status, rpmdb in its old and new places, apk's installed) and the files the facts come from (boot id, host
// name, kernel release, os-release, reboot-required flags), and a last line ("-") for a listing (sizes,
// mtimes to the nanosecond) of the package metadata and configuration the pending-update steps read. Missing
// paths are skipped quietly. Two processes (cksum, ls): the listing reaches cksum's standard input as a
// here-document rather than through a pipe, so the shell needs no subshell for the pipeline nor `{ }` around
// its parts, and cksum does not run twice to fold per-file lines into one. A warm rescan's cost on the
// endpoint is mostly process starts (3.5-4.4 ms of CPU each on the benchmark's VM), so the count is what
// matters.
const char16_t Head[] = uR"(b=$1 k=$2
export LC_ALL=C LANG=C
m() { printf '\n%s %s\n' "$b" "$*"; printf '\n%s %s\n' "$b" "$*" >&2; }
m begin fingerprint
f=$(cksum /proc/sys/kernel/random/boot_id /proc/sys/kernel/hostname /proc/sys/kernel/osrelease /etc/os-release /usr/lib/os-release /var/run/reboot-required /var/run/reboot-required.pkgs /var/lib/dpkg/status /var/lib/rpm/rpmdb.sqlite /var/lib/rpm/Packages /usr/lib/sysimage/rpm/rpmdb.sqlite /usr/lib/sysimage/rpm/Packages.db /lib/apk/db/installed - 2>/dev/null <<E
$(ls -lnR --full-time /etc/apt /var/lib/apt/lists /etc/yum.repos.d /etc/dnf /var/cache/dnf /var/cache/yum /etc/zypp/repos.d /var/cache/zypp/raw /var/cache/zypp/solv 2>/dev/null)
E
)
printf '%s\n' "$f"
m end fingerprint 0
if [ -n "$k" ] && [ "$f" = "$k" ]; then
m begin unchanged
read -r u </proc/uptime; printf '%s\n' "$u"
m end unchanged 0
exit 0
fi
m begin facts
)";

// cksum's lines: "CRC SIZE PATH" for each file present (the paths are the script's own) and "CRC SIZE -" for
// the listing, which is always there; at most one line per path the script names.
const QRegularExpression &fingerprintSyntax()
{
    static const QRegularExpression syntax(QRegularExpression::anchoredPattern(
        u"(?:[0-9]{1,10} [0-9]{1,20} /[A-Za-z0-9._/-]{1,60}\\n){0,13}[0-9]{1,10} [0-9]{1,20} -"_s));
    return syntax;
}

// One step: its section markers around the command, run with stdin closed and the platform's environment
// as shell assignments (no `env` process). Scan steps never need root (checked by the caller).
QString step(const char *name, const Command &command)
{
    QString line;
    for (const QString &entry : command.environment) {
        const qsizetype equals = entry.indexOf(u'=');
        line += entry.left(equals + 1) + QString::fromUtf8(ShellQuote::quote(entry.mid(equals + 1)).value()) +
                u' ';
    }
    line += QString::fromUtf8(ShellQuote::join(QStringList{command.program} + command.arguments).value());
    const QString section = QString::fromLatin1(name);
    return u"m begin "_s + section + u"\n"_s + line + u" </dev/null\nm end "_s + section + u" $?\n"_s;
}

// The steps of one platform, in AssetScanner's order.
QString platformSteps(const QString &name, const PatchPlatform &platform)
{
    QString steps = u"m begin platform\necho "_s + name + u"\nm end platform 0\n"_s;
    steps += step(ScanScript::Installed, platform.installedPackagesCommand());
    steps += step(ScanScript::Pending, platform.pendingPatchesCommand());
    if (const auto advisories = platform.advisoriesCommand())
        steps += step(ScanScript::Advisories, *advisories);
    if (const auto reboot = platform.rebootCheckCommand())
        steps += step(ScanScript::Reboot, *reboot);
    return steps;
}

QString buildScript()
{
    QString script = QString::fromUtf16(Head);
    script += FactsProbe::command().arguments.at(1);
    script += u"m end facts $?\n"_s;
    // The first tool present, as FactsProbe lists them; AssetScanner checks it is the platform the facts
    // name and runs the steps on their own when it is not.
    const AptPlatform apt;
    const DnfPlatform dnf(DnfPlatform::Tool::Dnf);
    const DnfPlatform yum(DnfPlatform::Tool::Yum);
    const ZypperPlatform zypper;
    const std::pair<const char16_t *, const PatchPlatform *> platforms[] = {
        {u"apt-get", &apt}, {u"dnf", &dnf}, {u"yum", &yum}, {u"zypper", &zypper}};
    bool first = true;
    for (const auto &[tool, platform] : platforms) {
        script += (first ? u"if"_s : u"elif"_s) + u" command -v "_s + QString::fromUtf16(tool) +
                  u" >/dev/null 2>&1; then\n"_s + platformSteps(platform->name(), *platform);
        first = false;
    }
    script += u"fi\n"_s;
    return script;
}

// One stream's sections, in order: name -> (bytes, status).
struct Parsed
{
    QList<QString> names;
    QList<QByteArray> contents;
    QList<int> statuses;
};

Result<Parsed> parseStream(const QByteArray &stream, const QByteArray &boundary, const QString &what)
{
    static const QRegularExpression nameSyntax(QRegularExpression::anchoredPattern(u"[a-z][a-z-]{0,31}"_s));
    const QByteArray marker = '\n' + boundary + ' ';
    const auto forged = [&](qsizetype at, const QString &why) {
        return Error{ScanScript::tr("The scan's %1 is not what the scan script prints (byte %2): %3.")
                         .arg(what)
                         .arg(at)
                         .arg(why),
                     ScanScript::tr("The output was cut short or altered; scan again.")};
    };
    Parsed parsed;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        if (!stream.mid(pos, marker.size()).startsWith(marker) ||
            stream.mid(pos + marker.size(), 6) != "begin ")
            return forged(pos, ScanScript::tr("no section starts here"));
        const qsizetype nameStart = pos + marker.size() + 6;
        const qsizetype nameEnd = stream.indexOf('\n', nameStart);
        if (nameEnd < 0)
            return forged(nameStart, ScanScript::tr("a section marker is cut short"));
        const QString name = QString::fromLatin1(stream.mid(nameStart, nameEnd - nameStart));
        if (!nameSyntax.match(name).hasMatch())
            return forged(nameStart, ScanScript::tr("invalid section name"));
        const qsizetype contentStart = nameEnd + 1;
        const qsizetype next = stream.indexOf(marker, nameEnd);
        if (next < 0)
            return forged(contentStart, ScanScript::tr("section \"%1\" has no end").arg(name));
        const qsizetype lineEnd = stream.indexOf('\n', next + 1);
        if (lineEnd < 0)
            return forged(next, ScanScript::tr("a section marker is cut short"));
        const QList<QByteArray> words =
            stream.mid(next + marker.size(), lineEnd - next - marker.size()).split(' ');
        bool numeric = false;
        const int status = words.size() == 3 ? words.at(2).toInt(&numeric) : -1;
        if (words.size() != 3 || words.at(0) != "end" || words.at(1) != name.toLatin1() || !numeric ||
            status < 0 || status > 255)
            return forged(next,
                          ScanScript::tr("section \"%1\" ends with a marker that is not its end").arg(name));
        if (parsed.names.contains(name))
            return forged(pos, ScanScript::tr("section \"%1\" appears twice").arg(name));
        parsed.names.append(name);
        // The end marker's leading newline belongs to the marker (it is always printed), not to the step.
        parsed.contents.append(stream.mid(contentStart, next - contentStart));
        parsed.statuses.append(status);
        pos = lineEnd + 1;
    }
    return parsed;
}

} // namespace

QByteArray ScanScript::newBoundary()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return "pw-" + QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

bool ScanScript::isValidFingerprint(const QString &fingerprint)
{
    return fingerprintSyntax().match(fingerprint).hasMatch();
}

QString ScanScript::script()
{
    static const QString built = buildScript();
    return built;
}

Command ScanScript::command(const QByteArray &boundary, const QString &known)
{
    Command command{u"sh"_s,
                    {u"-c"_s, script(), u"patchwright"_s, QString::fromLatin1(boundary),
                     isValidFingerprint(known) ? known : QString()}};
    command.stopWithChannel = false; // see the class comment: no watcher
    return command;
}

Result<ScanScript::Sections> ScanScript::parse(const QByteArray &standardOutput,
                                               const QByteArray &standardError, const QByteArray &boundary)
{
    const auto out = parseStream(standardOutput, boundary, tr("output"));
    if (!out)
        return out.error();
    const auto err = parseStream(standardError, boundary, tr("error output"));
    if (!err)
        return err.error();
    if (out.value().names != err.value().names || out.value().statuses != err.value().statuses)
        return Error{tr("The scan's output and error output name different steps."),
                     tr("The output was cut short or altered; scan again.")};
    Sections sections;
    for (qsizetype i = 0; i < out.value().names.size(); ++i)
        sections.insert(
            out.value().names.at(i),
            Section{out.value().contents.at(i), err.value().contents.at(i), out.value().statuses.at(i)});
    if (!sections.contains(QString::fromLatin1(Fingerprint)))
        return Error{tr("The scan's output has no fingerprint section."),
                     tr("The output was cut short or altered; scan again.")};
    return sections;
}
