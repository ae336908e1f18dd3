#include "DebianGrammar.h"

#include "Ascii.h"

namespace {

constexpr qsizetype MaxVersionLength = 256;
constexpr qsizetype MaxEpochDigits = 9; // dpkg refuses epochs above INT_MAX

bool isVersionChar(QChar c)
{
    return Ascii::isLetterOrDigit(c) || c == u'.' || c == u'+' || c == u'~';
}

} // namespace

std::optional<DebianGrammar::VersionParts> DebianGrammar::splitVersion(QStringView version)
{
    if (version.isEmpty() || version.size() > MaxVersionLength)
        return std::nullopt;
    VersionParts parts;
    QStringView rest = version;
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0) {
        parts.epoch = rest.left(colon);
        if (parts.epoch.isEmpty() || parts.epoch.size() > MaxEpochDigits)
            return std::nullopt;
        for (const QChar c : parts.epoch) {
            if (!Ascii::isDigit(c))
                return std::nullopt;
        }
        rest = rest.mid(colon + 1);
    }
    const qsizetype hyphen = rest.lastIndexOf(u'-');
    parts.upstream = hyphen >= 0 ? rest.left(hyphen) : rest;
    if (hyphen >= 0) {
        parts.revision = rest.mid(hyphen + 1);
        if (parts.revision.isEmpty())
            return std::nullopt;
        for (const QChar c : parts.revision) {
            if (!isVersionChar(c))
                return std::nullopt;
        }
    }
    if (parts.upstream.isEmpty() || !Ascii::isLetterOrDigit(parts.upstream.front()))
        return std::nullopt;
    for (const QChar c : parts.upstream) {
        if (!isVersionChar(c) && !(c == u'-' && hyphen >= 0) && !(c == u':' && colon >= 0))
            return std::nullopt;
    }
    return parts;
}
