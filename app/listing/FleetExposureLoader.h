#pragma once

#include "domain/FleetExposure.h"
#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QDate>
#include <QObject>

#include <array>
#include <atomic>
#include <memory>

class Database;
class QThread;

// Reads the cross-host views (FleetExposure) on a worker thread with its own database connection, opened on
// the first request and kept for the next ones, so a big fleet's views (hundreds of milliseconds of SQL at
// 1,000 hosts x 150 updates) never freeze the GUI thread. Each load returns a request number its signal
// carries; a load still queued when a newer one of the same view arrives is skipped and signals nothing.
// Signals are emitted on the thread that owns the loader, in request order.
class FleetExposureLoader : public QObject
{
    Q_OBJECT

public:
    enum class View
    {
        Cves,
        Updates,
        Findings
    };

    explicit FleetExposureLoader(QObject *parent = nullptr);
    ~FleetExposureLoader() override; // closes the worker's connection and waits for it

    // `config` is the database to read (Database::config(): a rekeyed database's new key reaches the
    // worker with the next request).
    quint64 loadCves(const DatabaseConfig &config, const QDate &today = QDate::currentDate());
    quint64 loadUpdates(const DatabaseConfig &config);
    quint64 loadFindings(const DatabaseConfig &config);
    // The newest request of a view, 0 before the first.
    quint64 latest(View view) const { return m_latest.at(std::size_t(view)).load(); }

signals:
    void cvesLoaded(quint64 request, const Result<QList<CveExposure>> &rows);
    void updatesLoaded(quint64 request, const Result<QList<UpdateExposure>> &rows);
    void findingsLoaded(quint64 request, const Result<QList<FindingExposure>> &rows);

private:
    struct Worker; // lives on the worker thread: the connection and what it was opened with

    template<typename Read, typename Deliver>
    quint64 submit(View view, const DatabaseConfig &config, Read read, Deliver deliver);

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context; // moved to m_thread: the receiver of the queued reads
    std::shared_ptr<Worker> m_worker;
    std::array<std::atomic<quint64>, 3> m_latest{};
    quint64 m_requests = 0;
};
