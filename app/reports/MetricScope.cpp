#include "MetricScope.h"

#include <QStringList>

bool MetricScope::isFleet() const
{
    return ring.isEmpty() && criticality.isEmpty() && tag.isEmpty() && osId.isEmpty();
}

bool MetricScope::contains(const QString &assetRing, const QString &assetCriticality,
                           const QStringList &assetTags, const QString &assetOsId) const
{
    return (ring.isEmpty() || ring == assetRing) &&
           (criticality.isEmpty() || criticality == assetCriticality) &&
           (tag.isEmpty() || assetTags.contains(tag)) && (osId.isEmpty() || osId == assetOsId);
}

QString MetricScope::key() const
{
    QStringList parts;
    if (!ring.isEmpty())
        parts << QStringLiteral("ring=") + ring;
    if (!criticality.isEmpty())
        parts << QStringLiteral("criticality=") + criticality;
    if (!tag.isEmpty())
        parts << QStringLiteral("tag=") + tag;
    if (!osId.isEmpty())
        parts << QStringLiteral("os=") + osId;
    return parts.join(QLatin1Char(';'));
}
