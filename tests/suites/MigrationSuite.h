#pragma once

#include "../support/Backend.h"

#include <QObject>

// Schema migrations against one backend: fresh databases, upgrades from every earlier version, a newer
// schema refused, a failed migration rolled back whole.
class MigrationSuite : public QObject
{
    Q_OBJECT

public:
    explicit MigrationSuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void migratesToLatestOnceAndRecordsVersion();
    void refusesNewerSchemaAndLeavesItUntouched();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void failedMigrationLeavesThePreviousVersion();
    void assetSummaryIsFilledFromTheHistory();

private:
    void buildAtVersion(const DatabaseConfig &config, int version);

    Backend &m_backend;
};
