#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"
#include "storage/SqliteHealth.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

// Reads a local database file whole (PRAGMA quick_check) on a worker thread with its own read-only
// connection, for a file its open left unchecked because it is too big to read within the open's budget
// (SqliteHealth::OpenCheckMaxBytes): the console launches at once on a big fleet's file and still finds
// damage. cancel() (and the destructor) stop the check at its next page read. finished() is emitted on the
// thread that owns the run, never on the worker.
class DatabaseHealthRun : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseHealthRun(DatabaseConfig config, QObject *parent = nullptr);
    ~DatabaseHealthRun() override; // cancels and waits for the worker

    // True when this process opened `config`'s file without reading it whole (SqliteHealth::openCoverage).
    static bool isNeeded(const DatabaseConfig &config);

    // Checks once; ignored while running.
    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_running; }
    // The last run's verdict (Coverage::Cancelled when cancelled), or why the file could not be opened.
    const Result<SqliteHealth::Verdict> &result() const { return m_result; }

signals:
    void finished();

private:
    DatabaseConfig m_config;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    Result<SqliteHealth::Verdict> m_result = SqliteHealth::Verdict();
};
