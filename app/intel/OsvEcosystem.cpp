#include "OsvEcosystem.h"

#include "platforms/Ascii.h"

#include <QStringList>

#include <algorithm>

namespace {

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), Ascii::isDigit);
}

} // namespace

OsvEcosystem OsvEcosystem::forSystem(const QString &osId, const QString &versionId)
{
    OsvEcosystem e;
    const QString major = versionId.section(QLatin1Char('.'), 0, 0);
    if (major.isEmpty())
        return e;
    if (osId == QLatin1String("debian")) {
        e.name = QStringLiteral("Debian:") + major;
        e.ordering = &VersionOrdering::dpkg();
    } else if (osId == QLatin1String("ubuntu")) {
        const QString minor = versionId.section(QLatin1Char('.'), 1, 1);
        const bool lts = minor == QLatin1String("04") && major.toInt() % 2 == 0;
        e.name = QStringLiteral("Ubuntu:") + major + QLatin1Char('.') + minor +
                 (lts ? QStringLiteral(":LTS") : QString());
        e.ordering = &VersionOrdering::dpkg();
    } else if (osId == QLatin1String("rocky")) {
        e.name = QStringLiteral("Rocky Linux:") + major;
        e.ordering = &VersionOrdering::rpm();
    } else if (osId == QLatin1String("almalinux")) {
        e.name = QStringLiteral("AlmaLinux:") + major;
        e.ordering = &VersionOrdering::rpm();
    } else if (osId == QLatin1String("alpine")) {
        // OSV names Alpine branches by major.minor ("3.19.1" is on branch v3.19).
        const QString minor = versionId.section(QLatin1Char('.'), 1, 1);
        if (!isDigits(major) || !isDigits(minor))
            return e;
        e.name = QStringLiteral("Alpine:v") + major + QLatin1Char('.') + minor;
        e.ordering = &VersionOrdering::apk();
    }
    return e;
}

bool OsvEcosystem::compare(const QString &a, const QString &b, int *order) const
{
    if (!ordering)
        return false;
    const Result<int> compared = ordering->compare(a, b);
    if (!compared)
        return false;
    *order = compared.value();
    return true;
}
