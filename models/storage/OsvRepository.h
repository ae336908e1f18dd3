#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"
#include "domain/Vulnerability.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

// OSV advisories and the version intervals they name as affected. An advisory is replaced as a whole when
// its content changed; advisories absent from an import stay (feeds and files are partial). Writes happen
// within the caller's transaction.
class OsvRepository
{
    Q_DECLARE_TR_FUNCTIONS(OsvRepository)

public:
    explicit OsvRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<ImportCounts> apply(const QList<OsvAdvisory> &advisories);

    // Every stored advisory of these ecosystems (all ecosystems when empty), with its intervals.
    Result<QList<OsvAdvisory>> advisories(const QStringList &ecosystems = {}) const;

private:
    QSqlDatabase m_db;
};
