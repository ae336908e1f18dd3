#pragma once

#include "../support/Backend.h"

#include <QObject>

// FleetExposureRepository's cross-host aggregates (and FindingRepository's finding_cves) against one
// backend: three binary packages of one source package on three hosts are one update row, a Nessus finding
// is matched to the pending patch that closes it, and a row's hosts are exactly the affected ones.
class FleetExposureSuite : public QObject
{
    Q_OBJECT

public:
    explicit FleetExposureSuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void init();
    void cleanup();
    void updatesGroupBinariesOfOneSource();
    void cvesCountAssetsPatchesAndFindings();
    void findingsNameTheClosingPatch();
    void hostsOfARowAreExactlyTheAffectedOnes();
    void hostsOfAdvisoryAndSourcelessUpdates();
    void reimportKeepsOneCveRowPerFinding();
    void migrationCopiesStoredFindingCves();

private:
    Backend &m_backend;
    std::unique_ptr<Database> m_db;
};
