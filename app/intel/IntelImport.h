#pragma once

#include "Correlator.h"

#include "domain/Result.h"
#include "domain/Vulnerability.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

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

// Imports one feed file or download: parse it whole (a malformed file is refused before anything is
// written), then store it, record the feed's state and an audit event, and re-run correlation, all in one
// transaction. Re-importing the same data changes nothing.
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
        QStringList createdAssets;
        bool correlated = false;
        Correlator::Summary correlation;
    };

    explicit IntelImport(Database &database);

    Result<Outcome> importData(IntelFeed feed, const QByteArray &data, const Options &options);
    Result<Outcome> importFile(IntelFeed feed, const QString &path, Options options);

    static constexpr qint64 MaxFileBytes = qint64(1) << 30;

private:
    Database &m_database;
};
