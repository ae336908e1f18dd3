#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QObject>

#include <any>
#include <atomic>
#include <functional>
#include <memory>

class Database;
class QThread;

// Runs a pane's reads on a worker thread with its own database connection (opened by the first read and
// kept for the next ones), so a big fleet's rows never freeze the GUI thread, and hands each result back on
// the thread that owns this object. The newest request wins: a read still queued when a newer one is
// submitted is skipped, and a result that arrives after a newer request is dropped.
class BackgroundReads : public QObject
{
    Q_OBJECT

public:
    // What to do with a read's result, on the owner's thread.
    using Delivery = std::function<void()>;
    // The read, on the worker: the connection (or why it could not be opened) in, the delivery out.
    using Read = std::function<Delivery(const Result<Database *> &database)>;
    // Hands part of a read's result (a first page of rows) to the owner's thread ahead of the rest: it runs
    // there, in order, unless a newer request came meanwhile. isBusy() stays true until the read's delivery.
    using Early = std::function<void(Delivery)>;
    using ReadInSteps = std::function<Delivery(const Result<Database *> &database, const Early &early)>;

    explicit BackgroundReads(const QString &threadName, QObject *parent = nullptr);
    ~BackgroundReads() override; // closes the worker's connection and waits for it

    // `config` is the database to read (Database::config(): a rekeyed database's new key reaches the worker
    // with the next request). Returns the request's number.
    quint64 submit(const DatabaseConfig &config, Read read);
    // The same for a read that delivers in steps: what it passes to `early` first, its delivery last.
    quint64 submitInSteps(const DatabaseConfig &config, ReadInSteps read);
    // True from a submit() until its delivery (or a newer one's) has run.
    bool isBusy() const { return m_delivered != m_latest.load(); }
    // Destroys `garbage` on the worker, after the reads queued before it: what a delivery no longer needs
    // (the rows a reload left unused) would otherwise cost the GUI thread its destructors (41,000 patch rows
    // and their filter text: 0.1-0.5 s). Pass the last reference; a copy that shares data frees nothing.
    void discard(std::any garbage);

signals:
    // After the newest request's delivery ran.
    void delivered(quint64 request);

private:
    struct Worker; // lives on the worker thread: the connection and what it was opened with

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context; // moved to m_thread: the receiver of the queued reads
    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latestShared; // read by the worker to skip stale requests
    std::atomic<quint64> &m_latest;
    quint64 m_delivered = 0;
};
