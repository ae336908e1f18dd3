#pragma once

#include "Correlator.h"

#include "domain/Result.h"
#include "domain/Vulnerability.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

class Database;
class IntelImport;

// The feeds and reports Patchwright imports.
enum class IntelFeed
{
    Kev,
    Epss,
    Nvd,
    Osv,
    Nessus,
    OpenVas
};

QString intelFeedName(IntelFeed feed); // "kev", "epss", "nvd", "osv", "nessus", "openvas"
bool intelFeedFromName(const QString &name, IntelFeed *feed);
QStringList intelFeedNames();

// A feed read as a stream (KEV and NVD, which are JSON documents of up to 1 GiB): each chunk, as it is read
// from the file or arrives from the network, is parsed and added to the digest, so memory grows with the
// records kept, never with the input. IntelImport::importStreamed() then stores the result.
class IntelFeedStream
{
public:
    explicit IntelFeedStream(IntelFeed feed); // supports(feed) must hold
    ~IntelFeedStream();
    IntelFeedStream(const IntelFeedStream &) = delete;
    IntelFeedStream &operator=(const IntelFeedStream &) = delete;

    static bool supports(IntelFeed feed);
    IntelFeed feed() const;
    // The next bytes; false after a problem (finish() and importStreamed() report it).
    bool add(QByteArrayView chunk);
    // The end of the input: the first problem, if any (importStreamed() calls it too).
    Status finish();
    // After a successful finish(): the records read, and an NVD page's totalResults.
    qint64 records() const;
    int nvdTotalResults() const;

private:
    friend class IntelImport;
    struct State;
    std::unique_ptr<State> d;
};

// Imports one feed file or download: parse all of it (a malformed file is refused before anything is
// written; KEV and NVD are parsed as a stream, IntelFeedStream), then store it, record the feed's state and
// an audit event, and re-run correlation, all in one transaction. Re-importing the same data changes nothing.
class IntelImport
{
    Q_DECLARE_TR_FUNCTIONS(IntelImport)

public:
    struct Options
    {
        QString source; // the file or URL, for the feed state and the audit trail
        QString etag;   // HTTP validators of a download, kept for the next conditional sync
        QString lastModified;
        bool createAssets = false; // scanner reports: add hosts no asset matches (else list them)
        bool recordState = true;   // false for all but the last page of a paged sync (NVD)
        QString stateKey;          // the feed state's name; empty: the feed's ("osv:Debian" for one archive)
    };

    struct Outcome
    {
        IntelFeed feed = IntelFeed::Kev;
        qint64 records = 0;
        QString version;
        ImportCounts counts;
        QStringList unmatchedHosts; // scanner reports
        QStringList createdAssets; // inventory only (transport none), with the report's address, hostname, OS
        bool correlated = false;
        Correlator::Summary correlation;
    };

    explicit IntelImport(Database &database);

    Result<Outcome> importData(IntelFeed feed, const QByteArray &data, const Options &options);
    // KEV and NVD files are read in chunks and parsed as a stream (IntelFeedStream); the others whole.
    Result<Outcome> importFile(IntelFeed feed, const QString &path, Options options);
    // The end of a stream: its first problem, or its records stored as importData() stores them.
    Result<Outcome> importStreamed(IntelFeedStream &stream, const Options &options);

    static constexpr qint64 MaxFileBytes = qint64(1) << 30;
    static constexpr qsizetype ChunkBytes = 1 << 20; // of a file read as a stream

private:
    Database &m_database;
};
