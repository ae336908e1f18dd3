#pragma once

#include "domain/Result.h"
#include "domain/RolloutRun.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// The stages of a staged run: which rings a change goes to, in which order, and each ring's gate.
//
// Order: the configured rings by position (table rings), then rings assets name that are not configured, by
// name, then the assets without a ring. Only rings that hold some of the change's target assets are stages.
// A plan (the change's ring plan, or `deploy --ring`) names the rings to go to, in its order — only those.
class RingPlan
{
    Q_DECLARE_TR_FUNCTIONS(RingPlan)

public:
    // The configured rings and their gates, in order (RingRepository).
    static Result<QList<RingGate>> configured(QSqlDatabase db);
    // `targetRings`: the ring of each target asset (empty for none). An Error when a planned ring holds none
    // of the change's assets, or nothing is left to deploy.
    static Result<QStringList> stages(const QStringList &targetRings, const QList<RingGate> &configured,
                                      const QStringList &plan = {});
    // A ring's gate: as configured, or the defaults (every asset must succeed, no failed verification).
    static RingGate gateFor(const QString &ring, const QList<RingGate> &configured);
};
