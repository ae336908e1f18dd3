#pragma once

#include "IntelImport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// One thing `intel sync` downloads on its own: a feed (KEV, EPSS, NVD), or one OSV ecosystem family's
// archive ("osv:Debian") when the OSV URL keeps {ecosystem}. Its key is feed_state's key, so its state,
// its last attempt and its progress all name it the same way.
struct FeedSource
{
    Q_DECLARE_TR_FUNCTIONS(FeedSource)

public:
    IntelFeed feed = IntelFeed::Kev;
    QString family; // OSV only: "Debian", "Ubuntu" ...; empty for every other feed and for one OSV archive

    QString key() const;                                          // "kev", "osv:Debian", "osv"
    QString title() const;                                        // "CISA KEV", "OSV (Debian)"
    static std::optional<FeedSource> fromKey(const QString &key); // nullopt for a report or unknown name

    bool operator==(const FeedSource &other) const { return feed == other.feed && family == other.family; }
};
