#pragma once

#include "domain/RolloutRun.h"
#include "storage/RolloutRunRepository.h"

#include <QCoreApplication>

// Whether a run may go on from a ring to the next: the share of the ring's assets whose deployment
// succeeded must reach the gate's minimum, and (unless the gate says otherwise) no verification may have
// failed — a failed verification is rolled back and so counts as a failure too, but it says the patch itself
// misbehaved, which is what a pilot ring is there to catch.
class GateCheck
{
    Q_DECLARE_TR_FUNCTIONS(GateCheck)

public:
    static GateVerdict evaluate(const RingGate &gate, int stage,
                                const QList<RolloutRunRepository::AssetResult> &ringResults, bool rollback);
};
