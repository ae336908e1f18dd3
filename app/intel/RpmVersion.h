#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

// An rpm package version, [epoch:]version[-release], ordered as rpm 4.18 orders EVRs (rpmverCmp in
// rpmio/rpmver.c, which Lua's rpm.vercmp uses; Python's rpm.labelCompare does the same): the epoch
// numerically (a missing epoch is 0), then version, then release, each by rpmvercmp (compareSegments). A
// missing release sorts before any release: "1.0" < "1.0-1". Only EVRs in RpmGrammar's grammar parse;
// anything else is an Error.
class RpmVersion
{
    Q_DECLARE_TR_FUNCTIONS(RpmVersion)

public:
    static Result<RpmVersion> parse(const QString &text);

    // <0, 0 or >0 as a sorts before, with or after b.
    static int compare(const RpmVersion &a, const RpmVersion &b);
    // Parses both first; an Error names the EVR that does not parse.
    static Result<int> compare(const QString &a, const QString &b);

    // rpmvercmp (rpmio/rpmvercmp.c) over one version or release string, -1, 0 or 1: runs of ASCII letters
    // and of digits are segments, anything else separates them and is otherwise ignored ("1.0" == "1_0");
    // '~' sorts before everything, even the end ("1.0~rc1" < "1.0"); '^' sorts after the end but before any
    // other segment ("1.0" < "1.0^git1" < "1.0.1"); a numeric segment beats an alphabetic one; numbers
    // compare without leading zeros, the longer one winning; letters compare by ASCII code.
    static int compareSegments(QStringView a, QStringView b);

    uint epoch() const { return m_epoch; }
    const QString &version() const { return m_version; }
    const QString &release() const { return m_release; } // empty when absent
    bool hasRelease() const { return m_hasRelease; }
    const QString &text() const { return m_text; }

private:
    RpmVersion() = default;

    uint m_epoch = 0;
    QString m_version;
    QString m_release;
    bool m_hasRelease = false;
    QString m_text;
};
