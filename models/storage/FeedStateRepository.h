#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// Where a feed was last imported from and what it held; the HTTP validators make the next sync conditional.
struct FeedState
{
    QString feed;   // "kev", "epss", "nvd", "osv", "nessus", "openvas"
    QString source; // the URL or file it came from
    QString etag;
    QString lastModified;
    QString version; // catalogVersion, model_version + score date, NVD timestamp ...
    qint64 recordCount = 0;
    QString sha256;
    QDateTime importedAt; // invalid: never imported
    QDateTime checkedAt;  // last sync attempt that reached the server (304 included)
};

class FeedStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeedStateRepository)

public:
    explicit FeedStateRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<FeedState> find(const QString &feed) const; // a state with only `feed` set when never imported
    Result<QList<FeedState>> list() const;
    Status save(const FeedState &state);

private:
    QSqlDatabase m_db;
};
