#include "DebianVersion.h"

#include "VersionOrdering.h"

#include "platforms/Ascii.h"
#include "platforms/DebianGrammar.h"

namespace {

// dpkg's order(): the weight of one character in a non-digit run. Digits and the end weigh 0, '~' less,
// letters their code, anything else its code + 256 (after all letters).
int order(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return 0;
    const QChar c = text.at(i);
    if (Ascii::isDigit(c))
        return 0;
    if (Ascii::isLetter(c))
        return c.unicode();
    if (c == u'~')
        return -1;
    return c.unicode() + 256;
}

bool isDigitAt(QStringView text, qsizetype i)
{
    return i < text.size() && Ascii::isDigit(text.at(i));
}

// dpkg's verrevcmp() over upstream versions or revisions.
int verrevcmp(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        while ((i < a.size() && !isDigitAt(a, i)) || (j < b.size() && !isDigitAt(b, j))) {
            const int ac = order(a, i);
            const int bc = order(b, j);
            if (ac != bc)
                return ac - bc;
            ++i;
            ++j;
        }
        while (i < a.size() && a.at(i) == u'0')
            ++i;
        while (j < b.size() && b.at(j) == u'0')
            ++j;
        int firstDiff = 0;
        while (isDigitAt(a, i) && isDigitAt(b, j)) {
            if (firstDiff == 0)
                firstDiff = a.at(i).unicode() - b.at(j).unicode();
            ++i;
            ++j;
        }
        if (isDigitAt(a, i))
            return 1;
        if (isDigitAt(b, j))
            return -1;
        if (firstDiff != 0)
            return firstDiff;
    }
    return 0;
}

} // namespace

Result<DebianVersion> DebianVersion::parse(const QString &text)
{
    const auto parts = DebianGrammar::splitVersion(text);
    if (!parts)
        return Error{tr("\"%1\" is not a valid Debian version.").arg(text),
                     tr("A Debian version is [epoch:]upstream[-revision], for example 1:2.36-9+deb12u4.")};
    DebianVersion version;
    version.m_epoch = parts->epoch.isEmpty() ? 0 : parts->epoch.toUInt();
    version.m_upstream = parts->upstream.toString();
    version.m_revision = parts->revision.toString();
    version.m_text = text;
    return version;
}

int DebianVersion::compare(const DebianVersion &a, const DebianVersion &b)
{
    if (a.m_epoch != b.m_epoch)
        return a.m_epoch < b.m_epoch ? -1 : 1;
    if (const int upstream = verrevcmp(a.m_upstream, b.m_upstream); upstream != 0)
        return upstream;
    return verrevcmp(a.m_revision, b.m_revision);
}

Result<int> DebianVersion::compare(const QString &a, const QString &b)
{
    return VersionOrdering::parseAndCompare<DebianVersion>(a, b);
}
