#include "BackgroundReads.h"

#include "storage/Database.h"
#include "storage/FreedHeap.h"

#include <QThread>

struct BackgroundReads::Worker
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

BackgroundReads::BackgroundReads(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_context(std::make_unique<QObject>())
    , m_worker(std::make_shared<Worker>())
    , m_latestShared(std::make_shared<std::atomic<quint64>>(0))
    , m_latest(*m_latestShared)
{
    m_thread->setObjectName(threadName);
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

BackgroundReads::~BackgroundReads()
{
    m_latest = ~quint64(0); // what is still queued is skipped
    // The connection belongs to the worker thread: it is closed there.
    QMetaObject::invokeMethod(
        m_context.get(), [worker = m_worker] { worker->database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 BackgroundReads::submit(const DatabaseConfig &config, Read read)
{
    return submitInSteps(config, [read = std::move(read)](const Result<Database *> &database, const Early &) {
        return read(database);
    });
}

quint64 BackgroundReads::submitInSteps(const DatabaseConfig &config, ReadInSteps read)
{
    const quint64 request = m_latest.load() + 1;
    m_latest = request;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, worker = m_worker, latest = m_latestShared, config, request, read = std::move(read)] {
            if (latest->load() != request)
                return; // superseded while queued
            const Result<Database *> database = worker->connection(config);
            const Early early = [this, request](Delivery part) {
                QMetaObject::invokeMethod(
                    this,
                    [this, request, part = std::move(part)] {
                        if (request == m_latest.load() && part)
                            part();
                    },
                    Qt::QueuedConnection);
            };
            Delivery deliver = read(database, early);
            if (!database)
                worker->database.reset(); // reopen next time (a rekey, a lost server)
            else {
                database.value()->releaseCache(); // kept open until the next read, its cache need not be
                FreedHeap::giveBack();            // nor what the read built and dropped
            }
            QMetaObject::invokeMethod(
                this,
                [this, request, deliver = std::move(deliver)] {
                    if (request != m_latest.load())
                        return; // a newer request's result follows
                    if (deliver)
                        deliver();
                    m_delivered = request;
                    emit delivered(request);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

void BackgroundReads::discard(std::any garbage)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [garbage = std::move(garbage)]() mutable {
            garbage.reset();
            FreedHeap::giveBack(); // what a table replaced (400,000 rows) back to the system
        },
        Qt::QueuedConnection);
}
