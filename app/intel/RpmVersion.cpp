#include "RpmVersion.h"

#include "VersionOrdering.h"

#include "platforms/Ascii.h"
#include "platforms/RpmGrammar.h"

namespace {

bool isSegmentChar(QChar c)
{
    return Ascii::isLetterOrDigit(c) || c == u'~' || c == u'^';
}

// The end of the run starting at `from` whose characters satisfy `inRun`.
template<typename Predicate>
qsizetype runEnd(QStringView text, qsizetype from, Predicate inRun)
{
    while (from < text.size() && inRun(text.at(from)))
        ++from;
    return from;
}

} // namespace

int RpmVersion::compareSegments(QStringView a, QStringView b)
{
    if (a == b)
        return 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        while (i < a.size() && !isSegmentChar(a.at(i)))
            ++i;
        while (j < b.size() && !isSegmentChar(b.at(j)))
            ++j;
        const bool aEnd = i >= a.size();
        const bool bEnd = j >= b.size();

        // '~' sorts before everything else, the end included.
        const bool aTilde = !aEnd && a.at(i) == u'~';
        const bool bTilde = !bEnd && b.at(j) == u'~';
        if (aTilde || bTilde) {
            if (!aTilde)
                return 1;
            if (!bTilde)
                return -1;
            ++i;
            ++j;
            continue;
        }

        // '^' sorts after the end but before any other segment.
        const bool aCaret = !aEnd && a.at(i) == u'^';
        const bool bCaret = !bEnd && b.at(j) == u'^';
        if (aCaret || bCaret) {
            if (aEnd)
                return -1;
            if (bEnd)
                return 1;
            if (!aCaret)
                return 1;
            if (!bCaret)
                return -1;
            ++i;
            ++j;
            continue;
        }

        if (aEnd || bEnd)
            break;

        const bool numeric = Ascii::isDigit(a.at(i));
        const auto inRun = numeric ? Ascii::isDigit : Ascii::isLetter;
        const qsizetype aRunEnd = runEnd(a, i, inRun);
        const qsizetype bRunEnd = runEnd(b, j, inRun);
        // b's segment is of the other kind: numeric segments are newer than alphabetic ones.
        if (bRunEnd == j)
            return numeric ? 1 : -1;

        QStringView aSegment = a.mid(i, aRunEnd - i);
        QStringView bSegment = b.mid(j, bRunEnd - j);
        if (numeric) {
            aSegment = aSegment.mid(runEnd(aSegment, 0, [](QChar c) { return c == u'0'; }));
            bSegment = bSegment.mid(runEnd(bSegment, 0, [](QChar c) { return c == u'0'; }));
            if (aSegment.size() != bSegment.size())
                return aSegment.size() > bSegment.size() ? 1 : -1;
        }
        if (const int order = aSegment.compare(bSegment); order != 0)
            return order < 0 ? -1 : 1;
        i = aRunEnd;
        j = bRunEnd;
    }
    // All segments compared equal; whichever string still has characters left wins.
    const bool aEnd = i >= a.size();
    const bool bEnd = j >= b.size();
    if (aEnd && bEnd)
        return 0;
    return aEnd ? -1 : 1;
}

Result<RpmVersion> RpmVersion::parse(const QString &text)
{
    const auto parts = RpmGrammar::splitEvr(text);
    if (!parts)
        return Error{tr("\"%1\" is not a valid rpm version.").arg(text),
                     tr("An rpm version is [epoch:]version[-release], for example 1:3.0.7-27.el9.")};
    RpmVersion version;
    version.m_epoch = parts->epoch.isEmpty() ? 0 : parts->epoch.toUInt();
    version.m_version = parts->version.toString();
    version.m_release = parts->release.toString();
    version.m_hasRelease = parts->hasRelease;
    version.m_text = text;
    return version;
}

int RpmVersion::compare(const RpmVersion &a, const RpmVersion &b)
{
    if (a.m_epoch != b.m_epoch)
        return a.m_epoch < b.m_epoch ? -1 : 1;
    if (const int version = compareSegments(a.m_version, b.m_version); version != 0)
        return version;
    if (a.m_hasRelease != b.m_hasRelease)
        return a.m_hasRelease ? 1 : -1;
    return compareSegments(a.m_release, b.m_release);
}

Result<int> RpmVersion::compare(const QString &a, const QString &b)
{
    return VersionOrdering::parseAndCompare<RpmVersion>(a, b);
}
