#include "RpmGrammar.h"

#include "Ascii.h"
#include "VersionSyntax.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxTokenLength = 256;
constexpr qsizetype MaxEpochDigits = 9; // rpm's epoch is a 32-bit number

// Version and release characters: letters, digits and . _ + ~ ^ ('-' separates them, ':' ends the epoch).
bool isVersionChar(QChar c)
{
    return Ascii::isLetterOrDigit(c) || c == u'.' || c == u'_' || c == u'+' || c == u'~' || c == u'^';
}

bool matches(const QRegularExpression &pattern, const QString &text, qsizetype maxLength)
{
    return text.size() <= maxLength && pattern.match(text).hasMatch();
}

} // namespace

bool RpmGrammar::isValidPackageName(const QString &name)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_][A-Za-z0-9._+-]*"_s));
    return matches(pattern, name, MaxTokenLength);
}

bool RpmGrammar::isValidVersion(const QString &evr)
{
    const auto parts = splitEvr(evr);
    return parts && parts->hasRelease;
}

std::optional<RpmGrammar::EvrParts> RpmGrammar::splitEvr(QStringView evr)
{
    const auto parts = VersionSyntax::split(evr, MaxTokenLength, MaxEpochDigits, VersionSyntax::Hyphen::First,
                                            isVersionChar);
    if (!parts || !VersionSyntax::isPart(parts->main, isVersionChar))
        return std::nullopt;
    return EvrParts{parts->epoch, parts->main, parts->suffix, parts->hasSuffix};
}

bool RpmGrammar::isValidArchitecture(const QString &architecture)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_]+"_s));
    return matches(pattern, architecture, 32);
}

bool RpmGrammar::isValidRepositoryId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_.:][A-Za-z0-9_.:-]*"_s));
    return matches(pattern, id, MaxTokenLength);
}

bool RpmGrammar::isValidAdvisoryId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9:._-]*"_s));
    return matches(pattern, id, MaxTokenLength);
}

bool RpmGrammar::isValidCveId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"CVE-[0-9]{4}-[0-9]{4,9}"_s));
    return matches(pattern, id, 32);
}

QString RpmGrammar::withoutZeroEpoch(const QString &evr)
{
    return evr.startsWith(u"0:"_s) ? evr.mid(2) : evr;
}

QString RpmGrammar::withoutEpoch(const QString &evr)
{
    const qsizetype colon = evr.indexOf(u':');
    return colon >= 0 ? evr.mid(colon + 1) : evr;
}

bool RpmGrammar::isKnownArchitecture(const QString &architecture)
{
    static const QStringList known{u"noarch"_s,  u"x86_64"_s,    u"i386"_s,    u"i486"_s,
                                   u"i586"_s,    u"i686"_s,      u"aarch64"_s, u"ppc64le"_s,
                                   u"ppc64"_s,   u"s390x"_s,     u"armv7hl"_s, u"armv6hl"_s,
                                   u"riscv64"_s, u"x86_64_v2"_s, u"src"_s,     u"nosrc"_s};
    return known.contains(architecture);
}
