#include "DebianGrammar.h"

#include "Ascii.h"

#include <algorithm>

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
        if (parts.epoch.isEmpty() || parts.epoch.size() > MaxEpochDigits ||
            !std::all_of(parts.epoch.begin(), parts.epoch.end(), Ascii::isDigit))
            return std::nullopt;
        rest = rest.mid(colon + 1);
    }
    const qsizetype hyphen = rest.lastIndexOf(u'-');
    parts.upstream = hyphen >= 0 ? rest.left(hyphen) : rest;
    if (hyphen >= 0) {
        parts.revision = rest.mid(hyphen + 1);
        if (parts.revision.isEmpty() ||
            !std::all_of(parts.revision.begin(), parts.revision.end(), isVersionChar))
            return std::nullopt;
    }
    // '-' only when a revision follows, ':' only after an epoch.
    const auto isUpstreamChar = [&](QChar c) {
        return isVersionChar(c) || (c == u'-' && hyphen >= 0) || (c == u':' && colon >= 0);
    };
    if (parts.upstream.isEmpty() || !Ascii::isLetterOrDigit(parts.upstream.front()) ||
        !std::all_of(parts.upstream.begin(), parts.upstream.end(), isUpstreamChar))
        return std::nullopt;
    return parts;
}
