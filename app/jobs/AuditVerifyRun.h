#pragma once

#include "audit/AuditSession.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

// Verifies the audit trail's hash chain on a worker thread with its own database connection, so a front
// end stays responsive however long the trail: from a verified position (only the events appended since)
// or from the first event. A run from the first event also checks the signed checkpoints (AuditSession::
// verifyWith) with the key given to setOwnKey(). finished() is emitted on the thread that owns the run,
// never on the worker.
class AuditVerifyRun : public QObject
{
    Q_OBJECT

public:
    explicit AuditVerifyRun(DatabaseConfig config, QObject *parent = nullptr);
    ~AuditVerifyRun() override; // waits for the worker

    // This database's own audit key for the checkpoint checks (AuditSession::ownKey), read by the caller
    // where the keychain may be asked. Without it the worker finds the key itself, which it may do only where
    // no keychain is involved (AuditSession::ownKeyIsInTheKeychain() false: passphrase mode).
    void setOwnKey(const AuditTrailCheck::OwnKey &own) { m_ownKey = own; }
    // Verifies once; start again after finished(). Ignored while running.
    void start(const AuditLog::Position &from = {});
    bool isRunning() const { return m_running; }
    // The last run's verdict, or why the trail could not be read.
    const Result<AuditLog::Verdict> &result() const { return m_result; }
    // A run from the first event: what the checkpoints say (problems empty when they hold); else nothing.
    const std::optional<AuditTrailCheck::Report> &checkpoints() const { return m_checkpoints; }

signals:
    void finished();

private:
    DatabaseConfig m_config;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    Result<AuditLog::Verdict> m_result = AuditLog::Verdict();
    std::optional<AuditTrailCheck::Report> m_checkpoints;
    std::optional<AuditTrailCheck::OwnKey> m_ownKey;
};
