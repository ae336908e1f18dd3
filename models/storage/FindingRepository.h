#pragma once

#include "domain/Result.h"
#include "domain/ScanReport.h"
#include "domain/Vulnerability.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// A scanner finding as stored: which asset it was matched to (none when no asset matched its host).
struct StoredFinding
{
    qint64 id = 0;
    QString scanner;
    QString report;
    qint64 assetId = 0;
    ScanFinding finding;
};

// Nessus / OpenVAS findings, one row per (scanner, host, port, plugin). A re-imported report updates its
// rows in place and writes nothing when nothing changed. Writes happen within the caller's transaction.
class FindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(FindingRepository)

public:
    explicit FindingRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    struct Matched
    {
        ScanFinding finding;
        qint64 assetId = 0; // 0: no asset matched
    };
    Result<ImportCounts> apply(const QString &scanner, const QString &report, const QList<Matched> &findings);

    Result<QList<StoredFinding>> list(qint64 assetId = 0) const; // 0: every finding

private:
    QSqlDatabase m_db;
};
