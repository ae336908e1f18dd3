#include "FeedSource.h"

QString FeedSource::key() const
{
    const QString name = intelFeedName(feed);
    return family.isEmpty() ? name : name + QLatin1Char(':') + family;
}

QString FeedSource::title() const
{
    switch (feed) {
    case IntelFeed::Kev:
        return QStringLiteral("CISA KEV");
    case IntelFeed::Epss:
        return QStringLiteral("EPSS");
    case IntelFeed::Nvd:
        return QStringLiteral("NVD");
    case IntelFeed::Osv:
        return family.isEmpty() ? QStringLiteral("OSV") : QStringLiteral("OSV (%1)").arg(family);
    case IntelFeed::Nessus:
    case IntelFeed::OpenVas:
        break;
    }
    return key();
}

std::optional<FeedSource> FeedSource::fromKey(const QString &key)
{
    FeedSource source;
    const QString name = key.section(QLatin1Char(':'), 0, 0);
    if (!intelFeedFromName(name, &source.feed))
        return std::nullopt;
    if (source.feed == IntelFeed::Nessus || source.feed == IntelFeed::OpenVas)
        return std::nullopt;
    source.family = key.section(QLatin1Char(':'), 1);
    if (!source.family.isEmpty() && source.feed != IntelFeed::Osv)
        return std::nullopt;
    return source;
}
