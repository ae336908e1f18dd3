#include "FleetMetricsRun.h"

#include "ComplianceRuleSetting.h"

#include "storage/Database.h"

FleetMetricsRun::FleetMetricsRun(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

FleetMetricsRun::~FleetMetricsRun()
{
    if (m_thread)
        m_thread->wait();
}

void FleetMetricsRun::start(const Request &request)
{
    if (m_running) {
        Request next = request;
        if (m_pending && m_pending->reloadHistory)
            next.reloadHistory = true;
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
    // The history loaded last serves while it is current and its window covers the period.
    std::shared_ptr<const FleetMetrics> loaded =
        request.reloadHistory || !m_metrics || !m_metrics->covers(request.from) ? nullptr : m_metrics;
    m_thread.reset(QThread::create([this, request, loaded] {
        const auto outcome = [&]() -> Result<Outcome> {
            const auto database = Database::open(m_config);
            if (!database)
                return database.error();
            const QSqlDatabase db = database.value()->connection();
            std::shared_ptr<const FleetMetrics> metrics = loaded;
            if (!metrics) {
                auto fresh = FleetMetrics::load(db, request.from);
                if (!fresh)
                    return fresh.error();
                metrics = std::make_shared<const FleetMetrics>(std::move(fresh).value());
            }
            const auto rule = ComplianceRuleSetting::load(db);
            if (!rule)
                return rule.error();
            const auto stored = MetricSnapshotRepository(db, database.value()->actor())
                                    .list(request.scope.key(), request.from.date(), request.to.date());
            if (!stored)
                return stored.error();
            Outcome result;
            result.report =
                metrics->report(request.from, request.to, request.scope, stored.value(), rule.value());
            result.metrics = std::move(metrics);
            return result;
        }();
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_running = false;
                if (outcome)
                    m_metrics = outcome.value().metrics;
                if (m_pending) {
                    const Request next = *m_pending;
                    m_pending.reset();
                    run(next);
                    return;
                }
                m_result = outcome;
                emit finished();
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("fleet-metrics"));
    m_thread->start();
}
