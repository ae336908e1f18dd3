#include "DebianGrammar.h"

#include "Ascii.h"
#include "VersionSyntax.h"

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
    const auto parts = VersionSyntax::split(version, MaxVersionLength, MaxEpochDigits,
                                            VersionSyntax::Hyphen::Last, isVersionChar);
    if (!parts)
        return std::nullopt;
    // '-' only when a revision follows, ':' only after an epoch.
    const auto isUpstreamChar = [&parts](QChar c) {
        return isVersionChar(c) || (c == u'-' && parts->hasSuffix) || (c == u':' && !parts->epoch.isEmpty());
    };
    if (!VersionSyntax::isPart(parts->main, isUpstreamChar))
        return std::nullopt;
    return VersionParts{parts->epoch, parts->main, parts->suffix};
}
