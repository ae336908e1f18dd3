#pragma once

#include "storage/AuditLog.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QThread>

#include <memory>

// Verifies the audit trail's hash chain on a worker thread with its own database connection, so a front
// end stays responsive however long the trail: from a checkpoint (only the events appended since) or from
// the first event. finished() is emitted on the thread that owns the run, never on the worker.
class AuditVerifyRun : public QObject
{
    Q_OBJECT

public:
    explicit AuditVerifyRun(DatabaseConfig config, QObject *parent = nullptr);
    ~AuditVerifyRun() override; // waits for the worker

    // Verifies once; start again after finished(). Ignored while running.
    void start(const AuditLog::Position &from = {});
    bool isRunning() const { return m_running; }
    // The last run's verdict, or why the trail could not be read.
    const Result<AuditLog::Verdict> &result() const { return m_result; }

signals:
    void finished();

private:
    DatabaseConfig m_config;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    Result<AuditLog::Verdict> m_result = AuditLog::Verdict();
};
