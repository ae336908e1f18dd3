#include "VersionSyntax.h"

#include "Ascii.h"

#include <algorithm>

namespace {

bool isMadeOf(QStringView part, const std::function<bool(QChar)> &allowed)
{
    return !part.isEmpty() && std::all_of(part.begin(), part.end(), allowed);
}

} // namespace

std::optional<VersionSyntax::Parts> VersionSyntax::split(QStringView version, qsizetype maxLength,
                                                         qsizetype maxEpochDigits, Hyphen hyphen,
                                                         const std::function<bool(QChar)> &suffixChar)
{
    if (version.isEmpty() || version.size() > maxLength)
        return std::nullopt;
    Parts parts;
    QStringView rest = version;
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0) {
        parts.epoch = rest.left(colon);
        if (parts.epoch.size() > maxEpochDigits || !isMadeOf(parts.epoch, Ascii::isDigit))
            return std::nullopt;
        rest = rest.mid(colon + 1);
    }
    const qsizetype at = hyphen == Hyphen::First ? rest.indexOf(u'-') : rest.lastIndexOf(u'-');
    parts.hasSuffix = at >= 0;
    parts.main = parts.hasSuffix ? rest.left(at) : rest;
    if (parts.hasSuffix) {
        parts.suffix = rest.mid(at + 1);
        if (!isMadeOf(parts.suffix, suffixChar))
            return std::nullopt;
    }
    return parts;
}

bool VersionSyntax::isPart(QStringView part, const std::function<bool(QChar)> &allowed)
{
    return isMadeOf(part, allowed) && Ascii::isLetterOrDigit(part.front());
}
