#include "FleetExposureLoader.h"

#include "FleetExposure.h"

#include "storage/Database.h"

#include <QThread>

#include <type_traits>

struct FleetExposureLoader::Worker
{
    std::unique_ptr<Database> database;
    DatabaseConfig openedWith;

    static bool sameDatabase(const DatabaseConfig &a, const DatabaseConfig &b)
    {
        return a.driver == b.driver && a.path == b.path && a.key == b.key &&
               a.connectOptions == b.connectOptions && a.host == b.host && a.port == b.port &&
               a.user == b.user;
    }

    Result<Database *> connection(const DatabaseConfig &config)
    {
        if (database && sameDatabase(openedWith, config))
            return database.get();
        database.reset();
        auto opened = Database::open(config);
        if (!opened)
            return opened.error();
        database = std::move(opened).value();
        openedWith = config;
        return database.get();
    }
};

FleetExposureLoader::FleetExposureLoader(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_context(std::make_unique<QObject>())
    , m_worker(std::make_shared<Worker>())
{
    m_thread->setObjectName(QStringLiteral("fleet-exposure"));
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

FleetExposureLoader::~FleetExposureLoader()
{
    for (auto &latest : m_latest)
        latest = ~quint64(0); // what is still queued is skipped
    // The connection belongs to the worker thread: it is closed there.
    QMetaObject::invokeMethod(
        m_context.get(), [worker = m_worker] { worker->database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

template<typename Read, typename Deliver>
quint64 FleetExposureLoader::submit(View view, const DatabaseConfig &config, Read read, Deliver deliver)
{
    const quint64 request = ++m_requests;
    std::atomic<quint64> &latest = m_latest.at(std::size_t(view));
    latest = request;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, worker = m_worker, config, request, &latest, read, deliver] {
            if (latest.load() != request)
                return; // superseded while queued
            using Rows = std::invoke_result_t<Read, const FleetExposure &>;
            const auto database = worker->connection(config);
            Rows rows =
                database ? read(FleetExposure(database.value()->connection())) : Rows(database.error());
            if (!rows)
                worker->database.reset(); // reopen next time (a rekey, a lost server)
            QMetaObject::invokeMethod(
                this, [this, request, deliver, rows = std::move(rows)] { deliver(this, request, rows); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

quint64 FleetExposureLoader::loadCves(const DatabaseConfig &config, const QDate &today)
{
    return submit(
        View::Cves, config, [today](const FleetExposure &fleet) { return fleet.cves(today); },
        [](FleetExposureLoader *loader, quint64 request, const Result<QList<CveExposure>> &rows) {
            emit loader->cvesLoaded(request, rows);
        });
}

quint64 FleetExposureLoader::loadUpdates(const DatabaseConfig &config)
{
    return submit(
        View::Updates, config, [](const FleetExposure &fleet) { return fleet.updates(); },
        [](FleetExposureLoader *loader, quint64 request, const Result<QList<UpdateExposure>> &rows) {
            emit loader->updatesLoaded(request, rows);
        });
}

quint64 FleetExposureLoader::loadFindings(const DatabaseConfig &config)
{
    return submit(
        View::Findings, config, [](const FleetExposure &fleet) { return fleet.findings(); },
        [](FleetExposureLoader *loader, quint64 request, const Result<QList<FindingExposure>> &rows) {
            emit loader->findingsLoaded(request, rows);
        });
}
