#include "GateCheck.h"

#include "storage/AuditText.h"

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
    // The detail is a record (the gate's row and the audit trail): English, whoever's console wrote it.
    QStringList why;
    if (percent < gate.minSuccessPercent)
        why << QStringLiteral("%1% of the ring's assets succeeded, the gate needs %2%")
                   .arg(percent)
                   .arg(gate.minSuccessPercent);
    if (gate.haltOnFailedVerification && verdict.failedVerifications > 0)
        why << AuditText::counted(verdict.failedVerifications, QStringLiteral("verification"),
                                  QStringLiteral("verifications")) +
                   QStringLiteral(" failed");
    verdict.outcome = why.isEmpty() ? GateOutcome::Go : GateOutcome::Halt;
    verdict.detail =
        why.isEmpty() ? QStringLiteral("%1 of %2 succeeded (%3%, the gate needs %4%), no failed verification")
                            .arg(verdict.succeeded)
                            .arg(total)
                            .arg(percent)
                            .arg(gate.minSuccessPercent)
                      : why.join(QStringLiteral("; "));
    return verdict;
}
