#pragma once

#include "ComplianceDrillDown.h"
#include "ComplianceRule.h"
#include "DrillDownTableModel.h"
#include "FleetMetrics.h"

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QThread>

#include <any>
#include <functional>
#include <memory>
#include <optional>

// Computes a FleetReport on a worker thread with its own database connection, so the Compliance pane stays
// usable however long the history: loads the history from the period's start on (FleetMetrics::load with
// `since`: memory bounded by the period, not the history), the team's compliance rule and the stored
// snapshots, then the report. A run that needs no new history (only the scope changed, or the period moved
// within the window loaded, or nothing was written since it was read) reuses the history already loaded. A
// request made while a run is busy is kept (the newest only) and run next; finished() reports only the newest
// request's outcome, on the thread that owns the run. The rows behind the figure the pane shows (a
// DrillDownTable) are built on the worker with the report, or alone with the last report (drillDownOnly: a
// click on a chart). What a new outcome replaces (a history of 100,000 assets takes seconds to free) is freed
// on a worker thread, never on the owner's.
class FleetMetricsRun : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QDateTime from;
        QDateTime to;
        MetricScope scope;
        bool reloadHistory = true;  // false: the history loaded last is still current
        DrillDownRequest drillDown; // the rows to build for the outcome
        bool drillDownOnly = false; // true: only the rows, for the last outcome's report (its period, scope)
    };
    struct Outcome
    {
        std::shared_ptr<const FleetMetrics> metrics; // what drill-downs read (const: safe on any thread)
        FleetReport report;
        DrillDownTable drillDown; // the rows of the request's drillDown
        // drillDown against the rows the last outcome delivered (which the pane's table shows), for
        // DrillDownTableModel::setTable().
        DrillDownTableModel::Comparison drillDownComparison;
        // The scope filters' choices (FleetMetrics::rings(), tags(), osIds()): 100,000 assets' worth of
        // looking, done here rather than on the GUI thread.
        QStringList rings, tags, osIds;
        bool reportChanged = true; // false: only the rows are new since the last finished()
        qint64 historyStamp = -1;  // the audit trail's newest event id when `metrics` was read
    };

    explicit FleetMetricsRun(DatabaseConfig config, QObject *parent = nullptr);
    ~FleetMetricsRun() override; // waits for the worker

    void start(const Request &request);
    bool isRunning() const { return m_running; }
    // The last finished run's report, or why it could not be made.
    const Result<Outcome> &result() const { return m_result; }
    // Frees `garbage` on a worker thread (what the owner replaced: the drill-down rows a table showed).
    // Pass the last reference.
    void discard(std::any garbage);
    // For tests: called on the thread each history this run loaded is destroyed on.
    void setReleaseObserver(std::function<void()> observer);

signals:
    void finished();

private:
    void run(const Request &request);
    void deliver(Result<Outcome> outcome);

    DatabaseConfig m_config;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    std::optional<Request> m_pending;
    qint64 m_historyStamp = -1;  // of m_metrics
    bool m_reportUnseen = false; // a report kept for the rows queued after it, not yet finished()
    std::shared_ptr<const FleetMetrics> m_metrics;
    Result<Outcome> m_result = Outcome();
    // Frees what an outcome replaced: a thread and the receiver of what it frees (BackgroundReads::discard
    // does the same, but app/reports may not use app/jobs).
    std::unique_ptr<QThread> m_disposalThread;
    std::unique_ptr<QObject> m_disposal;
    std::shared_ptr<std::function<void()>> m_releaseObserver;
};
