#pragma once

#include "../support/Backend.h"

#include <QObject>

// The compliance metrics' storage against one backend: FleetMetrics reads the history (its SQL runs on both
// engines, whole or windowed), and MetricSnapshotRepository replaces and lists a period's daily snapshots,
// audited.
class MetricSnapshotSuite : public QObject
{
    Q_OBJECT

public:
    explicit MetricSnapshotSuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void init();
    void cleanup();
    void metricsReadTheHistory();
    void windowedHistoryGivesTheSameFigures();
    void lastScansAreEachAssetsNewestBeforeTheMoment();
    void recomputeReplacesTheDaysAndIsAudited();

private:
    void exec(const QString &sql);
    void addScan(const QString &asset, const QString &finishedAt, const QString &status);

    Backend &m_backend;
    std::unique_ptr<Database> m_db;
};
