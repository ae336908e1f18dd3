#pragma once

#include "domain/Result.h"

#include <QString>

// How one package-version grammar orders versions: dpkg (DebianVersion), rpm (RpmVersion) or apk
// (ApkVersion), behind one interface, so the code that matches advisories' ranges to installed versions
// (OsvEcosystem, Correlator) picks an ordering once, per ecosystem, and never switches on it again. The
// orderings are stateless singletons that live for the whole program.
class VersionOrdering
{
public:
    virtual ~VersionOrdering() = default;

    // "dpkg", "rpm" or "apk": the tool whose ordering this is.
    virtual QString name() const = 0;
    // <0, 0 or >0 as a sorts before, with or after b; an Error names the version that does not parse.
    virtual Result<int> compare(const QString &a, const QString &b) const = 0;

    static const VersionOrdering &dpkg();
    static const VersionOrdering &rpm();
    static const VersionOrdering &apk();

    // The one body of each grammar's compare(QString, QString): Version::parse both, then
    // Version::compare; the first version that does not parse is the Error.
    template<typename Version>
    static Result<int> parseAndCompare(const QString &a, const QString &b)
    {
        const Result<Version> first = Version::parse(a);
        if (!first)
            return first.error();
        const Result<Version> second = Version::parse(b);
        if (!second)
            return second.error();
        return Version::compare(first.value(), second.value());
    }
};
