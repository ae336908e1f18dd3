#include "FleetMetricsRun.h"

#include "ComplianceReport.h"
#include "ComplianceRuleSetting.h"

#include "storage/AuditTail.h"
#include "storage/Database.h"
#include "storage/FreedHeap.h"

#include <utility>

FleetMetricsRun::FleetMetricsRun(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_disposalThread(std::make_unique<QThread>())
    , m_disposal(std::make_unique<QObject>())
    , m_releaseObserver(std::make_shared<std::function<void()>>())
{
    m_disposalThread->setObjectName(QStringLiteral("fleet-metrics-free"));
    m_disposal->moveToThread(m_disposalThread.get());
    m_disposalThread->start();
}

FleetMetricsRun::~FleetMetricsRun()
{
    if (m_thread)
        m_thread->wait();
    discard(std::exchange(m_result, Outcome()));
    discard(std::exchange(m_metrics, nullptr));
    QThread *disposal = m_disposalThread.get();
    QMetaObject::invokeMethod(
        m_disposal.get(), [disposal] { disposal->quit(); }, Qt::QueuedConnection); // after what is queued
    m_disposalThread->wait();
}

void FleetMetricsRun::discard(std::any garbage)
{
    QMetaObject::invokeMethod(
        m_disposal.get(),
        [garbage = std::move(garbage)]() mutable {
            garbage.reset();
            FreedHeap::giveBack(); // a history of 100,000 assets back to the system
        },
        Qt::QueuedConnection);
}

void FleetMetricsRun::setReleaseObserver(std::function<void()> observer)
{
    *m_releaseObserver = std::move(observer);
}

void FleetMetricsRun::start(const Request &request)
{
    if (m_running) {
        Request next = request;
        if (m_pending) {
            next.reloadHistory = next.reloadHistory || m_pending->reloadHistory;
            // Rows alone only when nothing queued needs a new report.
            next.drillDownOnly = next.drillDownOnly && m_pending->drillDownOnly;
        }
        m_pending = next;
        return;
    }
    run(request);
}

void FleetMetricsRun::run(const Request &request)
{
    if (m_thread)
        m_thread->wait(); // the last run's worker has delivered its outcome and is ending
    m_running = true;
    Request job = request;
    // Rows alone need the last outcome's history and report; without them the whole report is made.
    job.drillDownOnly =
        job.drillDownOnly && m_result && m_result.value().metrics && m_result.value().metrics == m_metrics;
    FleetReport lastReport = job.drillDownOnly ? m_result.value().report : FleetReport();
    // The rows the pane shows (the last outcome's), to say which of the new ones changed.
    DrillDownTable shownRows = m_result ? m_result.value().drillDown : DrillDownTable();
    // The history loaded last serves while its window covers the period and it is current: asked not to
    // reload, or nothing was written since it was read (every write is audited in its transaction, so the
    // audit trail's newest event says so).
    std::shared_ptr<const FleetMetrics> loaded;
    if (job.drillDownOnly)
        loaded = m_result.value().metrics;
    else if (m_metrics && m_metrics->covers(job.from))
        loaded = m_metrics;
    const qint64 loadedStamp = m_historyStamp;
    m_thread.reset(QThread::create([this, job, loaded = std::move(loaded), lastReport = std::move(lastReport),
                                    shownRows = std::move(shownRows), observer = m_releaseObserver,
                                    loadedStamp]() mutable {
        // Taken out of the thread's callable (which the owner's thread destroys with the next run): what
        // this worker holds is released here.
        std::shared_ptr<const FleetMetrics> metrics = std::move(loaded);
        FleetReport report = std::move(lastReport);
        DrillDownTable shown = std::move(shownRows);
        Result<Outcome> outcome = [&]() -> Result<Outcome> {
            Outcome result;
            result.historyStamp = loadedStamp;
            if (job.drillDownOnly) {
                result.drillDown = ComplianceDrillDown::build(*metrics, report, job.drillDown);
                result.reportChanged = false;
                result.report = std::move(report);
                result.metrics = std::move(metrics);
                return result;
            }
            const auto database = Database::open(m_config);
            if (!database)
                return database.error();
            const QSqlDatabase db = database.value()->connection();
            // Read before the history: a write in between makes the next reload read it again.
            const auto head = AuditTail(db).headId();
            if (!head)
                return head.error();
            if (metrics && job.reloadHistory && head.value() != loadedStamp)
                metrics.reset();
            if (!metrics) {
                result.historyStamp = head.value();
                auto fresh = FleetMetrics::load(db, job.from);
                if (!fresh)
                    return fresh.error();
                // Owned by the shared pointer from here; the deleter tells a test's observer where it ran.
                auto owned = std::make_unique<const FleetMetrics>(std::move(fresh).value());
                metrics = std::shared_ptr<const FleetMetrics>(owned.release(),
                                                              [observer](const FleetMetrics *released) {
                                                                  delete released;
                                                                  if (*observer)
                                                                      (*observer)();
                                                              });
            }
            const auto rule = ComplianceRuleSetting::load(db);
            if (!rule)
                return rule.error();
            const auto stored = MetricSnapshotRepository(db, database.value()->actor())
                                    .list(job.scope.key(), job.from.date(), job.to.date());
            if (!stored)
                return stored.error();
            // The pane draws the overdue counts; the list of every overdue item is for exports.
            result.report =
                metrics->report(job.from, job.to, job.scope, stored.value(), rule.value(),
                                ComplianceReport::DefaultStaleDays, FleetMetrics::OverdueItems::Counted);
            result.drillDown = ComplianceDrillDown::build(*metrics, result.report, job.drillDown);
            result.rings = metrics->rings();
            result.tags = metrics->tags();
            result.osIds = metrics->osIds();
            result.metrics = std::move(metrics);
            return result;
        }();
        if (outcome)
            outcome.value().drillDownComparison =
                DrillDownTableModel::compare(shown, outcome.value().drillDown);
        shown = DrillDownTable(); // released here, not on the GUI thread
        FreedHeap::giveBack();    // with what the history's pages and the report's working sets left
        QMetaObject::invokeMethod(
            this, [this, outcome = std::move(outcome)]() mutable { deliver(std::move(outcome)); },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("fleet-metrics"));
    m_thread->start();
}

void FleetMetricsRun::deliver(Result<Outcome> outcome)
{
    m_running = false;
    // What the outcome replaces (a whole history, the rows of a table) is freed on the disposal worker.
    if (outcome) {
        discard(std::exchange(m_metrics, outcome.value().metrics));
        m_historyStamp = outcome.value().historyStamp;
    }
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        // Rows asked for meanwhile are built for this report: keep it for them.
        if (next.drillDownOnly && outcome) {
            m_reportUnseen = m_reportUnseen || outcome.value().reportChanged;
            discard(std::exchange(m_result, std::move(outcome)));
        } else
            discard(std::move(outcome));
        run(next);
        return;
    }
    if (outcome && m_reportUnseen)
        outcome.value().reportChanged = true;
    m_reportUnseen = false;
    discard(std::exchange(m_result, std::move(outcome)));
    emit finished();
}
