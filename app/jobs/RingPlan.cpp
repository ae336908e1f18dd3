#include "RingPlan.h"

#include "storage/RingRepository.h"

#include <QSet>

#include <algorithm>

Result<QList<RingGate>> RingPlan::configured(QSqlDatabase db)
{
    const auto rings = RingRepository(db, QString()).list();
    if (!rings)
        return rings.error();
    QList<RingGate> gates;
    for (const RingSettings &ring : rings.value()) {
        if (!ring.configured)
            continue; // rings in use but not configured: RingPlan orders them by name, with default gates
        RingGate gate;
        gate.ring = ring.name;
        gate.minSuccessPercent = ring.minSuccessPercent;
        gate.haltOnFailedVerification = ring.haltOnFailedVerification;
        gate.soakMinutes = ring.soakMinutes;
        gate.parallelism = ring.parallelism;
        gates.append(gate);
    }
    return gates;
}

Result<QStringList> RingPlan::stages(const QStringList &targetRings, const QList<RingGate> &configured,
                                     const QStringList &plan)
{
    const QSet<QString> inUse(targetRings.cbegin(), targetRings.cend());
    if (!plan.isEmpty()) {
        QStringList stages;
        for (const QString &ring : plan) {
            if (!inUse.contains(ring))
                return Error{tr("None of the change's assets is in ring %1.").arg(stageName(ring)),
                             tr("Check the assets' rings (asset list) or the ring named.")};
            if (!stages.contains(ring))
                stages.append(ring);
        }
        return stages;
    }
    QStringList stages;
    for (const RingGate &gate : configured) {
        if (inUse.contains(gate.ring) && !gate.ring.isEmpty())
            stages.append(gate.ring);
    }
    QStringList unconfigured;
    for (const QString &ring : inUse) {
        if (!ring.isEmpty() && !stages.contains(ring))
            unconfigured.append(ring);
    }
    std::sort(unconfigured.begin(), unconfigured.end());
    stages += unconfigured;
    if (inUse.contains(QString()))
        stages.append(QString());
    if (stages.isEmpty())
        return Error{tr("The change has no assets to deploy to."), {}};
    return stages;
}

RingGate RingPlan::gateFor(const QString &ring, const QList<RingGate> &configured)
{
    for (const RingGate &gate : configured) {
        if (gate.ring == ring)
            return gate;
    }
    RingGate defaults;
    defaults.ring = ring;
    return defaults;
}
