#include "FactsProbe.h"

#include "OsRelease.h"
#include "platforms/AptPlatform.h"
#include "platforms/OutputLines.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLineLength = 4096;
const QString MarkerPrefix = u"@@patchwright:"_s;
const QString MarkerSuffix = u"@@"_s;

// The sections in the order the script prints them.
constexpr std::array<const char16_t *, 9> Sections{u"hostname",
                                                   u"kernel",
                                                   u"arch",
                                                   u"os-release",
                                                   u"uptime",
                                                   u"reboot-required",
                                                   u"reboot-required-pkgs",
                                                   u"package-managers",
                                                   u"end"};

// POSIX sh (dash, bash, busybox ash). Files that may lack a final newline are followed by `echo`, so the
// next marker always starts a line; the parser ignores the blank lines this adds.
const char16_t Script[] = uR"(s() { printf '@@patchwright:%s@@\n' "$1"; }
s hostname; uname -n
s kernel; uname -r
s arch; uname -m
s os-release
if [ -r /etc/os-release ]; then cat /etc/os-release; echo; elif [ -r /usr/lib/os-release ]; then cat /usr/lib/os-release; echo; fi
s uptime; cat /proc/uptime
s reboot-required; if [ -e /var/run/reboot-required ]; then echo yes; else echo no; fi
s reboot-required-pkgs; if [ -r /var/run/reboot-required.pkgs ]; then cat /var/run/reboot-required.pkgs; echo; fi
s package-managers; for pm in apt-get dnf yum zypper; do if command -v "$pm" >/dev/null 2>&1; then echo "$pm"; fi; done
s end
)";

struct Section
{
    int firstLine = 0; // 1-based number of the first line after the marker
    QStringList lines;
};

QStringList withoutBlankLines(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            result << line;
    }
    return result;
}

QString managerFor(const QStringList &family, const QStringList &available)
{
    auto has = [&available](const QString &tool) {
        return available.contains(tool);
    };
    auto isLike = [&family](std::initializer_list<const char16_t *> ids) {
        for (const char16_t *id : ids) {
            if (family.contains(QString::fromUtf16(id)))
                return true;
        }
        return false;
    };
    if (isLike({u"debian", u"ubuntu"}) && has(u"apt-get"_s))
        return u"apt"_s;
    if (isLike({u"rhel", u"fedora", u"centos", u"rocky", u"almalinux"})) {
        if (has(u"dnf"_s))
            return u"dnf"_s;
        if (has(u"yum"_s))
            return u"yum"_s;
    }
    if (isLike({u"suse", u"opensuse", u"sles", u"opensuse-leap", u"opensuse-tumbleweed"}) && has(u"zypper"_s))
        return u"zypper"_s;
    if (!available.isEmpty())
        return available.first() == u"apt-get"_s ? u"apt"_s : available.first();
    return {};
}

} // namespace

Command FactsProbe::command()
{
    return {u"sh"_s, {u"-c"_s, QString::fromUtf16(Script)}};
}

Result<AssetFacts> FactsProbe::parse(const QByteArray &output)
{
    const QString source = tr("facts probe output");
    auto lines = OutputLines::split(output, source, MaxLineLength);
    if (!lines)
        return lines.error();

    // Split into sections, insisting on the exact order: a repeated marker (say, injected through a file the
    // script prints) or a missing one is refused.
    QList<Section> sections;
    int lineNumber = 0;
    for (const QString &line : lines.value()) {
        ++lineNumber;
        if (line.startsWith(MarkerPrefix)) {
            const QString name = line.mid(MarkerPrefix.size()).chopped(MarkerSuffix.size());
            const qsizetype expected = sections.size();
            if (expected >= qsizetype(Sections.size()) || !line.endsWith(MarkerSuffix) ||
                name != QString::fromUtf16(Sections.at(expected))) {
                return Error{expected < qsizetype(Sections.size())
                                 ? tr("%1, line %2: section \"%3\" where \"%4\" was expected.")
                                       .arg(source)
                                       .arg(lineNumber)
                                       .arg(name, QString::fromUtf16(Sections.at(expected)))
                                 : tr("%1, line %2: section \"%3\" after the last section.")
                                       .arg(source)
                                       .arg(lineNumber)
                                       .arg(name),
                             tr("The output was altered or mixed with other output; scan again.")};
            }
            sections.append(Section{lineNumber + 1, {}});
            continue;
        }
        if (sections.isEmpty()) {
            return Error{tr("%1, line %2: text before the first section.").arg(source).arg(lineNumber),
                         tr("The shell on the asset printed something unexpected (a login banner?).")};
        }
        sections.last().lines.append(line);
    }
    if (sections.size() != qsizetype(Sections.size())) {
        return Error{tr("%1: section \"%2\" is missing.")
                         .arg(source, QString::fromUtf16(Sections.at(sections.size()))),
                     tr("The output was cut short or the probe failed on the asset; scan again.")};
    }
    if (!sections.last().lines.isEmpty()) {
        return Error{tr("%1, line %2: text after the end marker.").arg(source).arg(sections.last().firstLine),
                     tr("The output was altered or mixed with other output; scan again.")};
    }

    auto fail = [&](int index, int line, const QString &what) {
        return Error{tr("%1, section \"%2\", line %3: %4.")
                         .arg(source, QString::fromUtf16(Sections.at(index)))
                         .arg(line)
                         .arg(what),
                     tr("The asset's answer is not what the probe expects; check the asset.")};
    };
    // A section that must hold exactly one non-empty line without spaces.
    auto single = [&](int index, QString *value) -> std::optional<Error> {
        const Section &section = sections.at(index);
        if (section.lines.size() != 1 || section.lines.first().trimmed().isEmpty())
            return fail(index, section.firstLine,
                        tr("expected one line, found %1").arg(section.lines.size()));
        *value = section.lines.first().trimmed();
        if (value->contains(u' ') || value->contains(u'\t'))
            return fail(index, section.firstLine, tr("unexpected space in \"%1\"").arg(*value));
        return std::nullopt;
    };

    // Free text from the asset is stored and shown, so each value must look like what it is.
    static const QRegularExpression hostnameSyntax(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})"_s));
    static const QRegularExpression tokenSyntax(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9._+~-]{1,128}"_s));
    auto token = [&](int index, const QRegularExpression &syntax, QString *value) -> std::optional<Error> {
        if (auto error = single(index, value))
            return error;
        if (!syntax.match(*value).hasMatch())
            return fail(index, sections.at(index).firstLine, tr("\"%1\" is not a valid value").arg(*value));
        return std::nullopt;
    };
    AssetFacts facts;
    if (auto error = token(0, hostnameSyntax, &facts.hostname))
        return *error;
    if (auto error = token(1, tokenSyntax, &facts.kernel))
        return *error;
    if (auto error = token(2, tokenSyntax, &facts.architecture))
        return *error;

    const Section &osSection = sections.at(3);
    if (withoutBlankLines(osSection.lines).isEmpty()) {
        return fail(3, osSection.firstLine,
                    tr("neither /etc/os-release nor /usr/lib/os-release could be read"));
    }
    const auto osRelease = OsRelease::parse(osSection.lines, osSection.firstLine);
    if (!osRelease)
        return osRelease.error();
    // Defaults from os-release(5) where a key is absent.
    facts.osId = osRelease.value().value(u"ID"_s, u"linux"_s);
    facts.osLike = osRelease.value().value(u"ID_LIKE"_s).split(u' ', Qt::SkipEmptyParts);
    facts.osName = osRelease.value().value(u"PRETTY_NAME"_s, u"Linux"_s);
    facts.osVersion = osRelease.value().value(u"VERSION_ID"_s);
    // os-release(5): ID, ID_LIKE and VERSION_ID are lower-case words; PRETTY_NAME is text for people.
    static const QRegularExpression idSyntax(QRegularExpression::anchoredPattern(u"[a-z0-9._-]{1,64}"_s));
    static const QRegularExpression versionSyntax(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9._~-]{0,64}"_s));
    const auto osFail = [&](const QString &key) {
        return fail(3, osSection.firstLine, tr("os-release %1 is not a valid value").arg(key));
    };
    if (!idSyntax.match(facts.osId).hasMatch())
        return osFail(u"ID"_s);
    for (const QString &like : std::as_const(facts.osLike)) {
        if (!idSyntax.match(like).hasMatch())
            return osFail(u"ID_LIKE"_s);
    }
    if (!versionSyntax.match(facts.osVersion).hasMatch())
        return osFail(u"VERSION_ID"_s);
    if (facts.osName.size() > 256)
        return osFail(u"PRETTY_NAME"_s);

    const Section &uptime = sections.at(4);
    static const QRegularExpression uptimePattern(
        QRegularExpression::anchoredPattern(u"([0-9]{1,12})(?:\\.[0-9]+)? [0-9]{1,15}(?:\\.[0-9]+)?"_s));
    const QRegularExpressionMatch uptimeMatch =
        uptime.lines.size() == 1 ? uptimePattern.match(uptime.lines.first()) : QRegularExpressionMatch();
    if (!uptimeMatch.hasMatch()) {
        return fail(4, uptime.firstLine,
                    tr("expected one line \"SECONDS IDLE-SECONDS\" as /proc/uptime prints it, found \"%1\"")
                        .arg(uptime.lines.join(u'|')));
    }
    facts.uptimeSeconds = uptimeMatch.captured(1).toLongLong();

    QString reboot;
    if (auto error = single(5, &reboot))
        return *error;
    if (reboot != u"yes"_s && reboot != u"no"_s)
        return fail(5, sections.at(5).firstLine, tr("expected yes or no"));
    facts.rebootRequired = reboot == u"yes"_s;

    const Section &pkgs = sections.at(6);
    for (qsizetype i = 0; i < pkgs.lines.size(); ++i) {
        const QString name = pkgs.lines.at(i).trimmed();
        if (name.isEmpty())
            continue;
        if (!AptPlatform::isValidPackageName(name))
            return fail(6, pkgs.firstLine + int(i), tr("invalid package name"));
        if (!facts.rebootRequiredBy.contains(name))
            facts.rebootRequiredBy.append(name);
    }

    const Section &managers = sections.at(7);
    QStringList available;
    for (qsizetype i = 0; i < managers.lines.size(); ++i) {
        const QString &tool = managers.lines.at(i);
        if (tool != u"apt-get"_s && tool != u"dnf"_s && tool != u"yum"_s && tool != u"zypper"_s)
            return fail(7, managers.firstLine + int(i), tr("unknown package manager \"%1\"").arg(tool));
        available.append(tool);
    }
    facts.packageManager = managerFor(QStringList{facts.osId} + facts.osLike, available);
    return facts;
}
