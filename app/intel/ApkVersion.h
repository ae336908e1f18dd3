#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// An Alpine package version, ordered as apk-tools orders them (apk_version_compare in src/version.c). The
// grammar: digits{.digits}[letter]{_suffix[digits]}[-rdigits], where the letter is one of a-z and a suffix
// is one of alpha, beta, pre, rc (pre-release, before the bare version) or cvs, svn, git, hg, p (after it),
// e.g. "1.2.3_rc1-r0", "2.40.1-r1", "1.0a_p1-r3". apk's "~commithash" part is not accepted. Versions are
// compared token by token: the first number, the revision and suffix numbers as numbers; a later dotted
// number as a number unless either side starts with '0', then as a string ("1.02" < "1.1", "1.10" > "1.09");
// letters by character; suffixes by their rank. When one version runs out of tokens or has a different kind
// of token next, a pre-release suffix sorts lower, otherwise whichever token kind comes earlier in the
// grammar sorts higher ("1.0" < "1.0.1", "1.0a" < "1.0.1", "1.0_rc1" < "1.0" < "1.0_p1" < "1.0-r1"). Numbers
// compare exactly at any length (apk itself wraps above 2^64). Only versions in the grammar, at most 256
// characters, parse; anything else is an Error.
class ApkVersion
{
    Q_DECLARE_TR_FUNCTIONS(ApkVersion)

public:
    static Result<ApkVersion> parse(const QString &text);

    // <0, 0 or >0 as a sorts before, with or after b.
    static int compare(const ApkVersion &a, const ApkVersion &b);
    // Parses both first; an Error names the version that does not parse.
    static Result<int> compare(const QString &a, const QString &b);

    const QString &text() const { return m_text; }

private:
    // In grammar order, which is also the order apk's comparison uses when the kinds differ.
    enum class TokenKind
    {
        InitialDigits,
        Digits,
        Letter,
        Suffix,
        SuffixNumber,
        Revision,
        End
    };

    struct Token
    {
        TokenKind kind = TokenKind::End;
        QString value; // the digits, the letter or the suffix name
        int suffixRank =
            0; // Suffix only: <0 pre-release (alpha -4 ... rc -1), >0 post-release (cvs 1 ... p 5)
    };

    ApkVersion() = default;

    static TokenKind kindAt(const ApkVersion &version, qsizetype index);
    static int compareTokens(const Token &a, const Token &b);

    QString m_text;
    QList<Token> m_tokens;
};
