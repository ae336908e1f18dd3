#pragma once

#include "ScanRun.h"

#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class ChangeNotifier;
class Database;

// Checks on their hosts the assets whose deployment in a staged run was interrupted (its process died
// mid-way, so nobody knows which of its steps took effect) before the run goes on: each is rescanned
// (ScanRun: the scan records the versions installed, so the console shows what the host really has), and
// what the rescan found, or why it failed, is written to the deployment and audited
// (DeploymentRepository::recordRecheck). An interrupted deployment is never repeated. A rescan that fails
// (the host is unreachable) is recorded as the asset's failed scan with its reason and does not stop the
// run; the deployment stays unchecked, so the next resume of the run tries again.
class InterruptionRecheck : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        qint64 deploymentId = 0;
        qint64 assetId = 0;
        QString assetName;
        bool rescanned = false; // the rescan was stored; else `detail` says why not
        QString detail;
    };

    // Writes through `db`, the connection of the thread that owns this object.
    InterruptionRecheck(Database &db, qint64 runId, QObject *parent = nullptr);
    ~InterruptionRecheck() override;

    void setLimits(const RunLimits &limits) { m_limits = limits; }
    void setEndpointContext(const EndpointContext &context) { m_endpointContext = context; }
    void setChangeNotifier(ChangeNotifier *changes) { m_changes = changes; }

    // Starts rescanning the run's interrupted deployments not checked since; how many. With none, nothing
    // starts and finished() does not come; an Error when they cannot be read.
    Result<int> start();
    // The rescans under way stop between their steps (recorded as canceled scans).
    void cancel();
    const QList<Outcome> &outcomes() const { return m_outcomes; }

signals:
    void assetRechecked(const InterruptionRecheck::Outcome &outcome);
    void finished();

private:
    void record(const ScanRun::Outcome &scanned);

    Database &m_db;
    qint64 m_runId;
    RunLimits m_limits;
    EndpointContext m_endpointContext;
    QPointer<ChangeNotifier> m_changes;
    QHash<qint64, qint64> m_deploymentOfAsset;
    QList<Outcome> m_outcomes;
    std::unique_ptr<ScanRun> m_scan;
};
