#pragma once

#include "ComplianceRule.h"
#include "FleetMetrics.h"

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

// Computes a FleetReport on a worker thread with its own database connection, so the Compliance pane stays
// usable however long the history: loads the history from the period's start on (FleetMetrics::load with
// `since`: memory bounded by the period, not the history), the team's compliance rule and the stored
// snapshots, then the report. A run that needs no new history (only the scope changed, or the period moved
// within the window loaded) reuses the history already loaded. A request made while a run is busy is kept
// (the newest only) and run next; finished() reports only the newest request's outcome, on the thread that
// owns the run.
class FleetMetricsRun : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QDateTime from;
        QDateTime to;
        MetricScope scope;
        bool reloadHistory = true; // false: the history loaded last is still current
    };
    struct Outcome
    {
        std::shared_ptr<const FleetMetrics> metrics; // what drill-downs read (const: safe on any thread)
        FleetReport report;
    };

    explicit FleetMetricsRun(DatabaseConfig config, QObject *parent = nullptr);
    ~FleetMetricsRun() override; // waits for the worker

    void start(const Request &request);
    bool isRunning() const { return m_running; }
    // The last finished run's report, or why it could not be made.
    const Result<Outcome> &result() const { return m_result; }

signals:
    void finished();

private:
    void run(const Request &request);

    DatabaseConfig m_config;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    std::optional<Request> m_pending;
    std::shared_ptr<const FleetMetrics> m_metrics;
    Result<Outcome> m_result = Outcome();
};
