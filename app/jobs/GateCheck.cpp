#include "GateCheck.h"

GateVerdict GateCheck::evaluate(const RingGate &gate, int stage,
                                const QList<RolloutRunRepository::AssetResult> &ringResults, bool rollback)
{
    GateVerdict verdict;
    verdict.stage = stage;
    verdict.ring = gate.ring;
    const DeploymentState good = rollback ? DeploymentState::RolledBack : DeploymentState::Succeeded;
    for (const auto &result : ringResults) {
        if (result.state == good)
            ++verdict.succeeded;
        else
            ++verdict.failed;
        if (result.verificationFailed)
            ++verdict.failedVerifications;
    }
    const int total = verdict.succeeded + verdict.failed;
    const int percent = total == 0 ? 100 : verdict.succeeded * 100 / total;
    QStringList why;
    if (percent < gate.minSuccessPercent)
        why << tr("%1% of the ring's assets succeeded, the gate needs %2%")
                   .arg(percent)
                   .arg(gate.minSuccessPercent);
    if (gate.haltOnFailedVerification && verdict.failedVerifications > 0)
        why << tr("%n verification(s) failed", nullptr, verdict.failedVerifications);
    verdict.outcome = why.isEmpty() ? GateOutcome::Go : GateOutcome::Halt;
    verdict.detail = why.isEmpty()
                         ? tr("%1 of %2 succeeded (%3%, the gate needs %4%), no failed verification")
                               .arg(verdict.succeeded)
                               .arg(total)
                               .arg(percent)
                               .arg(gate.minSuccessPercent)
                         : why.join(QStringLiteral("; "));
    return verdict;
}
