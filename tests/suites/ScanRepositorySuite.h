#pragma once

#include "../support/Backend.h"

#include <QObject>

// ScanRepository (with PatchRepository and ComplianceRepository reading what it wrote) against one backend.
class ScanRepositorySuite : public QObject
{
    Q_OBJECT

public:
    explicit ScanRepositorySuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void init();
    void cleanup();
    void firstScanStoresEverythingInOneGo();
    void rescanReconcilesPatchStates();
    void rescanStoresExactlyTheRecordsPackages();
    void rescanOfAnUnchangedHostRewritesNoRow();
    void failureKeepsPreviousResultsAndIsAudited();
    void scanOfRemovedAssetChangesNothing();
    void failedStaleAndNeverScannedAreVisibilityGaps();

private:
    Backend &m_backend;
    std::unique_ptr<Database> m_db;
    qint64 m_assetId = 0;
};
