#pragma once

#include "domain/FleetExposure.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The cross-host views, aggregated by the database (GROUP BY over asset_patches, patch_cves,
// asset_vulnerabilities and finding_cves) so a fleet's pending patches never load into memory at once.
// Same SQL on SQLite and PostgreSQL except the string aggregate. Scores and SSVC decisions are the app
// layer's (app/listing/FleetExposure).
class FleetExposureRepository
{
    Q_DECLARE_TR_FUNCTIONS(FleetExposureRepository)

public:
    explicit FleetExposureRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Every CVE some asset is exposed to (or a scanner finding names), by CVE id; priority left empty.
    Result<QList<CveExposure>> cves() const;
    // Every pending update across hosts, by name and version.
    Result<QList<UpdateExposure>> updates() const;
    // Every scanner finding with the pending patches that close it, most severe first.
    Result<QList<FindingExposure>> findings() const;

    // The hosts of one row, by name.
    Result<QList<ExposedHost>> hostsOfCve(const QString &cveId) const;
    Result<QList<ExposedHost>> hostsOfUpdate(const UpdateExposure &update) const;

private:
    QString distinctList(const QString &expression) const; // comma-separated distinct values of a group
    Status closingPatches(QList<FindingExposure> &findings) const;

    QSqlDatabase m_db;
};
