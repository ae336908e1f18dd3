#include "MetricScope.h"

#include <QStringList>

#include <algorithm>

bool MetricScope::isFleet() const
{
    return ring.isEmpty() && criticality.isEmpty() && tag.trimmed().isEmpty() && osId.trimmed().isEmpty();
}

bool MetricScope::contains(const QString &assetRing, const QString &assetCriticality,
                           const QStringList &assetTags, const QString &assetOsId) const
{
    if ((!ring.isEmpty() && ring != assetRing) || (!criticality.isEmpty() && criticality != assetCriticality))
        return false;
    if (!osId.trimmed().isEmpty() && osId.trimmed().compare(assetOsId.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    const QString wanted = tag.trimmed();
    if (wanted.isEmpty())
        return true;
    return std::any_of(assetTags.cbegin(), assetTags.cend(), [&wanted](const QString &assetTag) {
        return assetTag.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

QString MetricScope::key() const
{
    QStringList parts;
    if (!ring.isEmpty())
        parts << QStringLiteral("ring=") + ring;
    if (!criticality.isEmpty())
        parts << QStringLiteral("criticality=") + criticality;
    if (!tag.trimmed().isEmpty())
        parts << QStringLiteral("tag=") + tag.trimmed().toLower();
    if (!osId.trimmed().isEmpty())
        parts << QStringLiteral("os=") + osId.trimmed().toLower();
    return parts.join(QLatin1Char(';'));
}
