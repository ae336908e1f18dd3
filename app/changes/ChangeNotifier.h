#pragma once

#include "ChangedIds.h"

#include <QObject>

// Says what an engine operation changed, so a front end updates just that instead of re-reading
// everything. One per open database; the operations that write (ScanRun, IntelRun, DeploymentRun, and the
// GUI's one place for each synchronous edit) emit the precise change as it is stored. Signals are emitted
// on the thread that owns the notifier, never on a worker.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // Assets were added, edited, removed or scanned (their facts and pending counts).
    void assetsChanged(const ChangedIds &assetIds);
    // The patches of these assets were found, changed state, or got another priority (an SLA policy edit).
    void patchesChanged(const ChangedIds &assetIds);
    void changeRequestChanged(qint64 changeId);
    // A deployment of this change request moved (a step, an outcome).
    void deploymentChanged(qint64 changeId);
    // Events were added to the audit trail.
    void auditAppended();
    // Vulnerability intel changed (a feed or scanner report imported, a sync, a correlation).
    void intelChanged();
};
