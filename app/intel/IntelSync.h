#pragma once

#include "FeedSource.h"
#include "IntelImport.h"

#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <atomic>

class Database;
class FeedDownload;

// Syncs feeds from their official URLs (or the team's mirrors: FeedSettings, or --url): a conditional
// download (ETag / Last-Modified from the last import) and, when the feed changed, an import in one
// transaction. NVD is paged through its CVE API 2.0, incrementally by last-modified date once a full sync
// has been done. Every source's attempt is recorded (FeedAttemptRepository) with how it ended, a cancel
// included. Blocking: run it on a worker thread or from the CLI.
class IntelSync : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHash<int, QUrl> urls; // by int(IntelFeed): overrides the settings and the defaults
        QString proxyUrl;      // empty: FeedSettings::proxy() (by default the system's: http_proxy ...)
        int nvdPageSize = 2000;
        int nvdPageDelayMs = 6000; // NVD asks clients without an API key to wait 6 s between requests
        QByteArray nvdApiKey;      // sent as the apiKey header, never logged
        int transferTimeoutMs = 60000;
    };

    struct Outcome
    {
        IntelFeed feed = IntelFeed::Kev;
        QUrl url;
        bool notModified = false;
        int pages = 0;        // NVD
        QStringList archives; // OSV: the ecosystem families synced ("Debian", "Alpine" ...)
        IntelImport::Outcome import;
    };

    explicit IntelSync(Database &database, QObject *parent = nullptr);
    ~IntelSync() override;

    // In an OSV URL, replaced by each ecosystem family the fleet runs: one archive per family.
    static inline const QString EcosystemPlaceholder = QStringLiteral("{ecosystem}");

    static QList<IntelFeed> syncableFeeds(); // kev, epss, nvd, osv
    static QUrl defaultUrl(IntelFeed feed);
    QUrl urlFor(IntelFeed feed, const Options &options) const;
    // What a sync can download on its own: kev, epss, nvd, and OSV once per ecosystem family the fleet runs
    // (or has synced before) when the OSV URL keeps {ecosystem}, else one OSV archive.
    Result<QList<FeedSource>> sources(const Options &options) const;
    QUrl urlFor(const FeedSource &source, const Options &options) const;
    // NVD has no full sync from this URL within its 120-day window: the next sync pages through every CVE,
    // which takes hours at NVD's rate limit.
    bool nvdNeedsFullDownload(const Options &options) const;

    Result<Outcome> sync(IntelFeed feed, const Options &options);
    Result<Outcome> sync(const FeedSource &source, const Options &options);
    void cancel(); // thread-safe

signals:
    void progress(const QString &feed, qint64 received, qint64 total);

private:
    Result<Outcome> syncNvd(const QUrl &base, const Options &options);
    Result<Outcome> syncNvdPages(const QUrl &base, const Options &options);
    Result<Outcome> syncOsvArchives(const QString &urlTemplate, const Options &options);
    Result<Outcome> syncOne(IntelFeed feed, const QUrl &url, const QString &stateKey, const Options &options);
    Result<Outcome> fetchAndImport(IntelFeed feed, const QUrl &url, const QString &stateKey,
                                   const Options &options);
    Result<QStringList> osvFamilies() const;
    Result<QString> proxyFor(const Options &options) const;
    // Records how the attempt at `stateKey` ended; passes `outcome` on (a recording failure is logged only,
    // never hiding the sync's own result).
    Result<Outcome> recorded(const QString &stateKey, Result<Outcome> outcome);

    Database &m_database;
    std::atomic_bool m_cancelled{false};
    FeedDownload *m_active = nullptr;
};
