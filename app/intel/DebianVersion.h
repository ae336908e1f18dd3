#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

// A Debian package version, [epoch:]upstream[-revision], ordered exactly as dpkg orders it
// (dpkg_version_compare in lib/dpkg/version.c): the epoch numerically, then upstream, then revision, each
// by verrevcmp. verrevcmp walks alternating non-digit and digit runs: in a non-digit run letters sort before
// non-letters ('a' < 'z' < '+' < '.') and '~' sorts before everything, even the end ("1.0~rc1" < "1.0");
// digit runs compare as numbers of any length (leading zeros ignored, no overflow). A missing revision
// compares like "0", as in dpkg. Only versions in DebianGrammar parse; anything else is an Error.
class DebianVersion
{
    Q_DECLARE_TR_FUNCTIONS(DebianVersion)

public:
    static Result<DebianVersion> parse(const QString &text);

    // <0, 0 or >0 as a sorts before, with or after b.
    static int compare(const DebianVersion &a, const DebianVersion &b);
    // Parses both first; an Error names the version that does not parse.
    static Result<int> compare(const QString &a, const QString &b);

    uint epoch() const { return m_epoch; }
    const QString &upstream() const { return m_upstream; }
    const QString &revision() const { return m_revision; } // empty when absent
    const QString &text() const { return m_text; }

private:
    DebianVersion() = default;

    uint m_epoch = 0;
    QString m_upstream;
    QString m_revision;
    QString m_text;
};
