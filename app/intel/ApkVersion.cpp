#include "ApkVersion.h"

#include "VersionOrdering.h"

#include "platforms/Ascii.h"

namespace {

constexpr qsizetype MaxVersionLength = 256;
constexpr qsizetype MaxQuotedLength = 64;

bool isLowerLetter(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// The end of the run starting at `from` whose characters satisfy `inRun`.
template<typename Predicate>
qsizetype runEnd(QStringView text, qsizetype from, Predicate inRun)
{
    while (from < text.size() && inRun(text.at(from)))
        ++from;
    return from;
}

// apk's suffixes and their ranks: pre-release ones below the bare version (0), post-release ones above.
int suffixRank(QStringView name)
{
    static const struct
    {
        const char16_t *name;
        int rank;
    } suffixes[] = {{u"alpha", -4}, {u"beta", -3}, {u"pre", -2}, {u"rc", -1}, {u"cvs", 1},
                    {u"svn", 2},    {u"git", 3},   {u"hg", 4},   {u"p", 5}};
    for (const auto &suffix : suffixes) {
        if (name == QStringView(suffix.name))
            return suffix.rank;
    }
    return 0;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// Two runs of ASCII digits as numbers of any length.
int compareNumbers(QStringView a, QStringView b)
{
    a = a.mid(runEnd(a, 0, [](QChar c) { return c == u'0'; }));
    b = b.mid(runEnd(b, 0, [](QChar c) { return c == u'0'; }));
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return sign(a.compare(b));
}

} // namespace

Result<ApkVersion> ApkVersion::parse(const QString &text)
{
    const auto invalid = [&text]() {
        const QString quoted =
            text.size() > MaxQuotedLength ? text.left(MaxQuotedLength) + QStringLiteral("...") : text;
        return Error{tr("\"%1\" is not a valid Alpine package version.").arg(quoted),
                     tr("An apk version is numbers separated by dots, an optional letter, optional suffixes "
                        "(_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, each with an optional number) "
                        "and an optional -rN revision, for example 1.2.3_rc1-r0.")};
    };
    if (text.isEmpty() || text.size() > MaxVersionLength)
        return invalid();

    const QStringView view(text);
    ApkVersion version;
    version.m_text = text;
    const auto push = [&version](TokenKind kind, QStringView value, int rank = 0) {
        version.m_tokens.append(Token{kind, value.toString(), rank});
    };

    qsizetype pos = runEnd(view, 0, Ascii::isDigit);
    if (pos == 0)
        return invalid();
    push(TokenKind::InitialDigits, view.first(pos));
    TokenKind last = TokenKind::InitialDigits;
    while (pos < view.size()) {
        const QChar c = view.at(pos);
        if (isLowerLetter(c)) {
            if (last > TokenKind::Digits)
                return invalid();
            push(TokenKind::Letter, view.mid(pos, 1));
            last = TokenKind::Letter;
            ++pos;
        } else if (c == u'.') {
            if (last > TokenKind::Digits)
                return invalid();
            const qsizetype end = runEnd(view, pos + 1, Ascii::isDigit);
            if (end == pos + 1)
                return invalid();
            push(TokenKind::Digits, view.mid(pos + 1, end - pos - 1));
            last = TokenKind::Digits;
            pos = end;
        } else if (Ascii::isDigit(c)) {
            // Digit runs are read whole, so a digit here follows a letter or a suffix name; only the latter
            // may carry a number.
            if (last != TokenKind::Suffix)
                return invalid();
            const qsizetype end = runEnd(view, pos, Ascii::isDigit);
            push(TokenKind::SuffixNumber, view.mid(pos, end - pos));
            last = TokenKind::SuffixNumber;
            pos = end;
        } else if (c == u'_') {
            if (last > TokenKind::SuffixNumber)
                return invalid();
            const qsizetype end = runEnd(view, pos + 1, isLowerLetter);
            const QStringView name = view.mid(pos + 1, end - pos - 1);
            const int rank = suffixRank(name);
            if (rank == 0)
                return invalid();
            push(TokenKind::Suffix, name, rank);
            last = TokenKind::Suffix;
            pos = end;
        } else if (c == u'-') {
            if (last >= TokenKind::Revision || pos + 1 >= view.size() || view.at(pos + 1) != u'r')
                return invalid();
            const qsizetype end = runEnd(view, pos + 2, Ascii::isDigit);
            if (end == pos + 2)
                return invalid();
            push(TokenKind::Revision, view.mid(pos + 2, end - pos - 2));
            last = TokenKind::Revision;
            pos = end;
        } else {
            return invalid();
        }
    }
    return version;
}

ApkVersion::TokenKind ApkVersion::kindAt(const ApkVersion &version, qsizetype index)
{
    return index < version.m_tokens.size() ? version.m_tokens.at(index).kind : TokenKind::End;
}

int ApkVersion::compareTokens(const Token &a, const Token &b)
{
    switch (a.kind) {
    case TokenKind::Digits:
        // A later dotted number with a leading zero on either side is a fraction: compared as a string.
        if (a.value.startsWith(u'0') || b.value.startsWith(u'0'))
            return sign(a.value.compare(b.value));
        return compareNumbers(a.value, b.value);
    case TokenKind::InitialDigits:
    case TokenKind::SuffixNumber:
    case TokenKind::Revision:
        return compareNumbers(a.value, b.value);
    case TokenKind::Letter:
        return sign(a.value.compare(b.value));
    case TokenKind::Suffix:
        return sign(a.suffixRank - b.suffixRank);
    case TokenKind::End:
        break;
    }
    return 0;
}

int ApkVersion::compare(const ApkVersion &a, const ApkVersion &b)
{
    qsizetype i = 0;
    TokenKind aKind = kindAt(a, 0);
    TokenKind bKind = kindAt(b, 0);
    while (aKind == bKind) {
        if (aKind == TokenKind::End)
            return 0;
        if (const int order = compareTokens(a.m_tokens.at(i), b.m_tokens.at(i)); order != 0)
            return order;
        ++i;
        aKind = kindAt(a, i);
        bKind = kindAt(b, i);
    }
    // Equal so far and one goes on differently: a pre-release suffix makes its version older; otherwise the
    // version whose next token comes earlier in the grammar (the end being last) is the newer one.
    if (aKind == TokenKind::Suffix && a.m_tokens.at(i).suffixRank < 0)
        return -1;
    if (bKind == TokenKind::Suffix && b.m_tokens.at(i).suffixRank < 0)
        return 1;
    return aKind > bKind ? -1 : 1;
}

Result<int> ApkVersion::compare(const QString &a, const QString &b)
{
    return VersionOrdering::parseAndCompare<ApkVersion>(a, b);
}
